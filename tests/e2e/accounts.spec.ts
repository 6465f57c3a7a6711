// Issue 6 journeys in the browser: sign-in by email link through a real SMTP capture, and a new
// association that stays invisible until a moderator approves it, with both steps audited.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signInAsDemo, signOut } from "./fixtures";
import { queueEntry, registerOrganization } from "./support/listings";
import { blockOutsideHosts } from "./support/network";
import { signInUrl, startSmtpCapture } from "./support/smtp-capture";

const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2526);

test.beforeEach(({ page }) => blockOutsideHosts(page));

test("a sign-in link arrives by email and signs the person in", async ({ page }) => {
  const smtp = await startSmtpCapture(smtpPort);
  try {
    const email = `new.person.${Date.now()}@example.org`;
    await page.goto("/en/sign-in");
    await expectNoAxeViolations(page);
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    const mail = await smtp.waitFor(email);
    expect(mail.subject).toContain("Sign in to Diaspora Atlas");
    expect(mail.text).toContain("To sign in to Diaspora Atlas, open this link");
    await page.goto(signInUrl(mail.text));
    await expect(page).toHaveURL(/\/en\/account/);
    await expect(page.getByText(`Signed in as ${email}.`)).toBeVisible();
  } finally {
    await smtp.close();
  }
});

test("a bad address is refused with a message next to the field", async ({ page }) => {
  await page.goto("/en/sign-in");
  await page.getByLabel("Email address").fill("not-an-address");
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page.getByText("This does not look like an email address.")).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
});

test("a new association is invisible until a moderator approves it; the audit trail shows both steps", async ({ page }) => {
  const name = `Ukrainian Society of Porto ${Date.now().toString(36)}`;
  await signInAsDemo(page, /\(member\)/);
  const slug = await registerOrganization(page, { nameEn: name, nameUk: "Українське товариство Порту", country: "PT", city: "Porto" });
  await expect(page.getByText("waiting for approval", { exact: true }).first()).toBeVisible();

  // Not public yet: 404 on its page, absent from search and the API.
  expect((await page.request.get(`/en/organizations/${slug}`)).status()).toBe(404);
  const api = await (await page.request.get(`/api/v1/organizations?q=${encodeURIComponent(name)}`)).json();
  expect(JSON.stringify(api)).not.toContain(slug);

  await signOut(page);
  await signInAsDemo(page, /\(moderator\)/);
  const item = await queueEntry(page, "ORGANIZATION", name);
  await item.getByRole("button", { name: "Reject" }).click();
  await expect(item.getByText("Say why: the author will read it.")).toBeVisible();
  await item.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: name })).toHaveCount(0);

  // Public now, and found by the directory search.
  expect((await page.request.get(`/en/organizations/${slug}`)).status()).toBe(200);
  await page.goto(`/en/organizations?q=${encodeURIComponent("Porto")}`);
  await expect(page.getByRole("link", { name })).toBeVisible();
  // …and on the map: the profile's small map links to the big one, whose list of what is in
  // view names it.
  await page.getByRole("link", { name }).click();
  await page.getByRole("link", { name: "Open on the big map" }).click();
  await expect(page).toHaveURL(/\/en\/map\?/);
  // Tiles are not reachable in tests; wait until the map script runs (outlines drawn).
  await expect(page.locator(".leaflet-basemap-pane path").first()).toBeAttached();
  const inView = page.getByRole("region", { name: "In view" });
  // Listings at one public place are one stack (Porto has another): its list opens on the map.
  const stack = inView.getByRole("button", { name: "List them" });
  if (await stack.count()) await stack.first().click();
  await expect(page.getByRole("link", { name }).first()).toBeVisible();

  // Sentences, not keys: who (with their role), what, which listing (a link), and the reason.
  await page.goto("/en/admin?queue=audit");
  const entries = page.getByTestId("audit-entry").filter({ has: page.getByRole("link", { name }) });
  await expect(entries.filter({ hasText: `Submitted the organisation ${name}` })).toHaveCount(1);
  await expect(entries.filter({ hasText: `Approved the organisation ${name}` })).toContainText("moderator");
  await expect(page.getByText("organization.approved")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("moderation is closed to members, and the account page to visitors", async ({ page }) => {
  expect((await page.request.get("/en/admin", { maxRedirects: 0 })).status()).toBe(307);
  await signInAsDemo(page, /\(member\)/);
  expect((await page.goto("/en/admin"))?.status()).toBe(404);
  await expect(page.getByRole("link", { name: "Moderation" })).toHaveCount(0);
});

test("a member reports a listing and asks to represent a community @phone", async ({ page }) => {
  await signInAsDemo(page, /\(member\)/);
  await page.goto("/en/organizations/friends-of-kyiv-toronto");
  await page.getByRole("link", { name: "Report this listing" }).click();
  await page.getByLabel("Spam or advertising").check();
  await page.getByRole("button", { name: "Send the report" }).click();
  await expect(page.getByText("Thank you. A moderator will look at this listing.")).toBeVisible();

  await page.goto("/en/communities/lvivska-urban");
  await expect(page.getByText("Is this your community?")).toBeVisible();
  await page.getByRole("link", { name: "Ask to represent it" }).click();
  await page.getByLabel("Your position").fill("Head of international cooperation");
  await page.getByLabel("Your work email address").fill("someone@kyivcity.gov.ua");
  await page.getByRole("button", { name: "Send the request" }).click();
  await expect(page.getByText(/A moderator will check your request/)).toBeVisible();
  await page.goto("/en/communities/lvivska-urban");
  await expect(page.getByText("Your request is waiting for a moderator.")).toBeVisible();
});
