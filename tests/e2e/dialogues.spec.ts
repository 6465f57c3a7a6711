// Issue 19's dialogue walk by clicks in Chromium: a visitor without an account answers statements
// and adds one; the community's official approves it on the facilitation page; another visitor
// (a new browser) is asked about it first. Once on a desktop and once on a 360 px phone, where the
// page must not scroll sideways. The report of a closed dialogue shows its groups and prints.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations, signInAsDemo } from "./fixtures";
import { blockOutsideHosts } from "./support/network";

const QUESTION = "What should the youth centre in Berezhany be?";

async function newVisitor(browser: Browser, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: width < 500 ? 740 : 900 } });
  const page = await context.newPage();
  await blockOutsideHosts(page);
  return page;
}

async function fitsWidth(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

for (const width of [1280, 360]) {
  test(`at ${width} px: a visitor answers and adds a statement, the official approves it, the next visitor is asked it`, async ({
    browser,
  }) => {
    const statement = `A quiet room for homework with good Wi-Fi (${width}-${Date.now().toString(36)})`;
    const visitor = await newVisitor(browser, width);
    await visitor.goto("/en/dialogues");
    await visitor.getByRole("link", { name: QUESTION }).click();
    await expect(visitor.getByRole("heading", { level: 1, name: QUESTION })).toBeVisible();
    await expect(visitor.getByTestId("dialogue-progress")).toContainText("You answered 0 of");
    await fitsWidth(visitor, width);

    const first = await visitor.getByTestId("statement-text").textContent();
    await visitor.getByRole("button", { name: "Agree", exact: true }).click();
    await expect(visitor.getByTestId("dialogue-progress")).toContainText("You answered 1 of");
    await expect(visitor.getByTestId("statement-text")).not.toHaveText(first!);
    await visitor.getByRole("button", { name: "Disagree" }).click();
    await expect(visitor.getByTestId("dialogue-progress")).toContainText("You answered 2 of");

    await visitor.getByLabel("Abroad").check();
    await visitor.getByRole("button", { name: "Save" }).click();
    await expect(visitor.getByText("Where do you stand?")).toHaveCount(0);

    await visitor.getByLabel("Your statement").fill(statement);
    await visitor.getByRole("button", { name: "Send statement" }).click();
    await expect(visitor.getByText("A facilitator will read your statement before others see it.")).toBeVisible();
    await expect(visitor.getByText("1 of your statements is waiting for a facilitator.")).toBeVisible();
    await expectNoAxeViolations(visitor);
    await visitor.context().close();

    const official = await newVisitor(browser, width);
    await signInAsDemo(official, /\(community official\)/);
    await official.goto("/en/dialogues");
    await official.getByRole("link", { name: QUESTION }).click();
    await official.getByRole("link", { name: "Facilitate" }).click();
    const waiting = official.getByTestId("pending-statement").filter({ hasText: statement });
    await waiting.getByRole("button", { name: "Approve" }).click();
    await expect(official.getByTestId("pending-statement").filter({ hasText: statement })).toHaveCount(0);
    await fitsWidth(official, width);
    await official.context().close();

    // It has the fewest answers (its author's), so a newcomer reads it first.
    const next = await newVisitor(browser, width);
    await next.goto("/en/dialogues");
    await next.getByRole("link", { name: QUESTION }).click();
    await expect(next.getByTestId("statement-text")).toHaveText(statement);
    await fitsWidth(next, width);
    await next.context().close();
  });
}

test("a closed dialogue's report names its groups, what unites and what divides, and prints without the site's frame", async ({ page }) => {
  await blockOutsideHosts(page);
  await page.goto("/en/dialogues");
  const closed = page.getByRole("region", { name: "Closed" });
  await closed.getByRole("link", { name: "Read the report" }).first().click();
  await expect(page.getByText("Dialogue report")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Opinion groups" })).toBeVisible();
  await expect(page.getByText("Group A", { exact: false }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Statements that unite" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Facilitators' summary" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
});
