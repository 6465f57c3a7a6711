// Issue 18's walk by clicks: the organisation's representative records a milestone with a pledge,
// a disbursement and a photo on a partnership with the official's community and marks it
// delivered; the official confirms it; a visitor then finds it, confirmed, on the community's and
// the country's recovery pages and in /api/v1/recovery, whose totals the page repeats.
import sharp from "sharp";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signInAsDemo, signOut } from "./fixtures";
import { query } from "./support/database";
import { blockOutsideHosts } from "./support/network";

test.beforeEach(({ page }) => blockOutsideHosts(page));

const COMMUNITY = "berezhanska-urban";

/** The agreed partnership of Bridges for Schools Berlin with Бережанська, made by clicks when there is none yet. */
async function bridgesAndBerezhany(page: Page): Promise<string> {
  const find = () =>
    query<{ slug: string }>(
      `SELECT p.slug FROM "Partnership" p JOIN "Organization" o ON o.id = p."organizationId" JOIN "Community" c ON c.id = p."communityId"
        WHERE o.slug = 'bridges-for-schools-berlin' AND c.slug = $1 AND p."partnershipStatus" = 'ACTIVE' AND p.status = 'PUBLISHED'`,
      [COMMUNITY],
    );
  const existing = await find();
  if (existing[0]) return existing[0].slug;
  // As in journey 3: the official proposes to the representative's organisation, who accepts.
  await signInAsDemo(page, /\(community official\)/);
  await page.goto(`/en/communities/${COMMUNITY}/matches`);
  const bridges = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Bridges for Schools Berlin" }) })
    .first();
  await bridges.getByText("Propose a partnership").click();
  await bridges.getByLabel("Form of partnership").selectOption("AGREEMENT");
  await bridges.getByLabel("Message to the other side").fill("A recovery plan for the lyceum's bus.");
  await bridges.getByRole("button", { name: "Send the proposal" }).click();
  await expect(bridges.getByText("Proposal sent", { exact: true })).toBeVisible();
  await signOut(page);
  await signInAsDemo(page, /\(organisation representative\)/);
  await page.goto("/en/partnerships/proposals");
  const proposal = page.getByRole("listitem").filter({ hasText: "A recovery plan for the lyceum's bus." });
  await proposal.getByRole("button", { name: "Accept" }).click();
  await expect(proposal.getByRole("button", { name: "Accept" })).toHaveCount(0);
  await signOut(page);
  const made = await find();
  expect(made).toHaveLength(1);
  return made[0]!.slug;
}

test("a pledge, a payment and a photo, confirmed by the other side, seen by a visitor on both recovery pages and in the API", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const slug = await bridgesAndBerezhany(page);
  const title = `Bus for the lyceum ${Date.now().toString(36)}`;

  // The representative writes the plan.
  await signInAsDemo(page, /\(organisation representative\)/);
  await page.goto(`/en/partnerships/${slug}`);
  const plan = page.getByRole("region", { name: "Recovery plan" });
  await plan.getByText("Add a milestone").click();
  await plan.getByLabel("Title in English").fill(title);
  await plan.getByLabel("Title in Ukrainian").fill(`Автобус для ліцею ${title.slice(-6)}`);
  await plan.getByLabel("Planned date").fill("2026-09-01");
  await plan.getByRole("button", { name: "Add milestone" }).click();
  const milestone = plan.getByTestId("milestone").filter({ has: page.getByRole("heading", { name: title }) });
  await expect(milestone).toBeVisible();
  await expect(milestone.getByText("Planned", { exact: true })).toBeVisible();

  const record = async (flow: string, amount: string) => {
    const form = milestone.getByTestId("record-money");
    if (!(await form.evaluate((details) => (details as HTMLDetailsElement).open))) await form.getByText("Record money or goods").click();
    await form.getByLabel("What happened").selectOption({ label: flow });
    await form.getByLabel("Who gave it").selectOption({ label: "the organisation" });
    await form.getByLabel("Amount").fill(amount);
    await form.getByLabel("Date").fill("2026-08-01");
    await form.getByRole("button", { name: "Record" }).click();
    await expect(form.getByRole("status")).toHaveText("Saved.");
  };
  await record("Pledged", "42,000");
  await expect(milestone.locator('li[data-flow="COMMITMENT"]')).toContainText("€42,000");
  await record("Paid out", "20 000");
  await expect(milestone.locator('li[data-flow="DISBURSEMENT"]')).toContainText("€20,000");

  const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#e0a030" } })
    .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "49/1 27/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "24/1 56/1 0/1" } })
    .jpeg()
    .toBuffer();
  const evidence = milestone.getByTestId("add-evidence");
  await evidence.getByText("Attach a photo or document").click();
  await evidence.getByLabel("File").setInputFiles({ name: "bus.jpg", mimeType: "image/jpeg", buffer: photo });
  await evidence.getByLabel("Caption (optional)").fill("The bus at the lyceum");
  await evidence.getByRole("button", { name: "Attach" }).click();
  await expect(milestone.getByRole("img", { name: "The bus at the lyceum" })).toBeVisible();

  await milestone.getByRole("button", { name: "Mark as delivered" }).click();
  await expect(milestone.getByText("Waiting for the community to confirm.")).toBeVisible();
  // The side that delivered is not offered the confirmation.
  await expect(milestone.getByRole("button", { name: "Confirm delivery" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await signOut(page);

  // The official, on the other side, confirms.
  await signInAsDemo(page, /\(community official\)/);
  await page.goto(`/en/partnerships/${slug}`);
  const theirs = page.getByTestId("milestone").filter({ has: page.getByRole("heading", { name: title }) });
  await theirs.getByRole("button", { name: "Confirm delivery" }).click();
  await expect(theirs.getByText("Confirmed", { exact: true })).toBeVisible();
  await signOut(page);

  // A visitor: the community's recovery page…
  await page.context().clearCookies();
  await page.goto(`/en/communities/${COMMUNITY}/recovery`);
  const onCommunity = page.getByTestId("milestone").filter({ has: page.getByRole("heading", { name: title }) });
  await expect(onCommunity.getByText("Confirmed", { exact: true })).toBeVisible();
  await expect(onCommunity.getByRole("img", { name: "The bus at the lyceum" })).toBeVisible();
  await expectNoAxeViolations(page);

  // …the same totals as the API…
  const api = (await (await page.request.get(`/api/v1/recovery?community=${COMMUNITY}`)).json()) as {
    totals: Record<string, { byCurrency: { currency: string; amount: number }[] }>;
    milestones: { title: { en?: string }; status: string; evidence: { url: string }[] }[];
  };
  const inApi = api.milestones.find((m) => m.title.en === title);
  expect(inApi?.status).toBe("CONFIRMED");
  expect(inApi?.evidence).toHaveLength(1);
  const totals = page.getByTestId("recovery-totals").first();
  for (const flow of ["COMMITMENT", "DISBURSEMENT"]) {
    const eur = api.totals[flow]!.byCurrency.find((c) => c.currency === "EUR")!;
    await expect(totals.locator(`tr[data-flow="${flow}"] [data-currency="EUR"]`)).toHaveAttribute(
      "data-minor",
      String(Math.round(eur.amount * 100)),
    );
  }

  // …the photo without its GPS…
  const served = Buffer.from(await (await page.request.get(inApi!.evidence[0]!.url.replace(/^https?:\/\/[^/]+/, ""))).body());
  expect((await sharp(served).metadata()).exif).toBeUndefined();

  // …and the country's page, reached from the menu, filtered to confirmed steps.
  await page.goto("/en");
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByText("More", { exact: true }).click();
  await nav.getByRole("link", { name: "Recovery" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Where the help went" })).toBeVisible();
  await page.getByRole("group", { name: "Milestone status" }).getByRole("checkbox", { name: "Confirmed" }).check();
  await expect(page).toHaveURL(/status=CONFIRMED/);
  await expect(page.getByTestId("milestone").filter({ has: page.getByRole("heading", { name: title }) })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the recovery pages fit a 360 px phone @phone", async ({ page }) => {
  for (const path of ["/uk/recovery", `/uk/communities/${COMMUNITY}/recovery`, "/en/recovery"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
});
