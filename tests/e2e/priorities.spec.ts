// Issue 19's residents' priorities by clicks: a member ranks the ideas of the demo round in the
// ranking phase on a 360 px phone (the ballot must not scroll sideways) and is told they have
// ranked; the official of the community whose round has closed turns a top idea into a need,
// which then shows on the community's page as a residents' priority.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signInAsDemo } from "./fixtures";
import { query } from "./support/database";
import { blockOutsideHosts } from "./support/network";

test.beforeEach(({ page }) => blockOutsideHosts(page));

/** The community of a demo round, by the round's slug (prisma/seed/demo/priorities.ts). */
async function communityOf(roundSlug: string): Promise<string> {
  const rows = await query<{ slug: string }>(
    `SELECT c.slug FROM "PriorityRound" r JOIN "Community" c ON c.id = r."communityId" WHERE r.slug = $1`,
    [roundSlug],
  );
  expect(rows, `the demo round ${roundSlug}`).toHaveLength(1);
  return rows[0]!.slug;
}

test("a member ranks the priorities once, on a 360 px phone", async ({ page }) => {
  const community = await communityOf("shatska-what-first-this-year");
  await signInAsDemo(page, /\(member\)/, "member@demo.example");
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`/en/communities/${community}`);
  await page.getByRole("link", { name: "Residents' priorities" }).click();
  await page.getByRole("link", { name: "What should the community do first this year?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "What should the community do first this year?" })).toBeVisible();
  const ballot = page.getByRole("region", { name: "Rank the ideas" });
  await expect(ballot).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await ballot.getByLabel("Очисні споруди для сіл біля озера Світязь").fill("6");
  await ballot.getByLabel("Heat pumps for the kindergarten").fill("4");
  await expect(ballot.getByText("0 of 10 points left")).toBeVisible();
  await ballot.getByRole("radio", { name: "I live abroad" }).check();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoAxeViolations(page);
  await ballot.getByRole("button", { name: "Send my ballot" }).click();
  await expect(ballot.getByRole("status").filter({ hasText: /you have ranked/i })).toBeVisible();

  // Once only: back on the page, the ballot is gone and says so.
  await page.reload();
  await expect(page.getByRole("region", { name: "Rank the ideas" }).getByText(/you have ranked/i)).toBeVisible();
  await expect(page.getByRole("button", { name: "Send my ballot" })).toHaveCount(0);
});

test("the official turns a top idea of a closed round into a need", async ({ page }) => {
  const community = await communityOf("berezhanska-urban-what-to-rebuild-first");
  await signInAsDemo(page, /\(community official\)/);
  await page.goto(`/en/communities/${community}`);
  await page.getByRole("link", { name: "Residents' priorities" }).first().click();
  await page.getByRole("link", { name: "What should our community rebuild first?" }).click();
  const results = page.getByRole("region", { name: "Results" });
  await expect(results.getByText("Became a need").first()).toBeVisible();
  const turn = results.getByRole("link", { name: /^Turn into a need/ }).first();
  // The link names its idea for screen readers: "Turn into a need: <title>".
  const title = ((await turn.getAttribute("aria-label")) ?? (await turn.innerText())).replace(/^Turn into a need\s*:?\s*/, "").trim();
  expect(title).not.toBe("");
  await turn.click();

  // The need form, filled from the idea.
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(/From the residents' priority/)).toBeVisible();
  const filled = [await page.getByLabel("Title in Ukrainian").inputValue(), await page.getByLabel("Title in English").inputValue()];
  expect(filled).toContain(title);
  await page.getByRole("button", { name: "Publish the need" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/communities/${community}/matches`));

  await page.goto(`/en/communities/${community}`);
  // The innermost article holding the heading: the need's card, not the page.
  const need = page
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: title }) })
    .last();
  await expect(need).toBeVisible();
  await expect(need.getByText("Residents' priority")).toBeVisible();
});
