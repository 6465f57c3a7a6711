// Exactly once from the browser (issue 21): a create form submitted twice in a row (a double
// click that beats the busy button, a form sent again while the first is under way) creates one
// record and shows the same confirmation. The busy button would swallow a second click from
// Playwright, so the form is submitted twice from one script turn, as a slow page would do;
// both requests go out with the form's one idempotency key (lib/actions/idempotency.ts).
import { expect, test, type Locator, type Page } from "@playwright/test";
import { signInAsDemo, signOut } from "./fixtures";
import { fillOrganizationForm } from "./support/listings";
import { blockOutsideHosts } from "./support/network";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test.beforeEach(({ page }) => blockOutsideHosts(page));

/** The bodies of the server-action requests the page sends from now on. */
function recordActionPosts(page: Page): string[] {
  const bodies: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) bodies.push(request.postData() ?? "");
  });
  return bodies;
}

/** Waits until the form has its key (made after hydration), submits it twice at once, returns the key. */
async function submitTwice(form: Locator): Promise<string> {
  const field = form.locator('input[name="idempotencyKey"]');
  await expect(field).toHaveValue(UUID);
  const key = await field.inputValue();
  await form.evaluate((element: HTMLFormElement) => {
    element.requestSubmit();
    element.requestSubmit();
  });
  return key;
}

test("a member's organisation registration sent twice creates one listing", async ({ page }) => {
  const name = `Double Submit Society ${Date.now().toString(36)}`;
  await signInAsDemo(page, /\(member\)/);
  await fillOrganizationForm(page, { nameEn: name, country: "PT", city: "Porto" });
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Send for approval" }) });
  await submitTwice(form);

  await expect(page).toHaveURL(/\/en\/account\?registered=/);
  await expect(page.getByText("waiting for approval", { exact: true }).first()).toBeVisible();
  // Reloaded from the server: one listing by that name, not two.
  await page.goto("/en/account");
  await expect(page.getByRole("region", { name: "Listings I manage" }).getByText(name, { exact: true })).toHaveCount(1);
});

test("a report sent twice is one report, and both answers are the same thank-you", async ({ page }) => {
  const details = `Double submit check ${Date.now().toString(36)}`;
  await signInAsDemo(page, /\(organisation representative\)/);
  await page.goto("/en/report?type=organization&slug=friends-of-kyiv-toronto");
  await page.getByLabel("Wrong or outdated information").check();
  await page.getByLabel("Details", { exact: true }).fill(details);
  const posts = recordActionPosts(page);
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Send the report" }) });
  const key = await submitTwice(form);

  // Both requests reached the server with the one key; the second was answered from the first.
  await expect.poll(() => posts.filter((body) => body.includes(key)).length).toBe(2);
  await expect(page.getByText("Thank you. A moderator will look at this listing.")).toBeVisible();
  await expect(page.getByText("You have already reported this listing")).toHaveCount(0);

  await signOut(page);
  await signInAsDemo(page, /\(moderator\)/);
  await page.goto("/en/admin?queue=reports");
  await expect(page.getByText(details, { exact: true })).toHaveCount(1);
});
