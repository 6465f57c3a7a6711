// Matching people understand and a need's life (issue 16): fit shown as a share with what made it,
// ten matches a page; an official withdraws a need from its edit page and reopens it.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signInAsDemo } from "./fixtures";
import { blockOutsideHosts } from "./support/network";

test.beforeEach(({ page }) => blockOutsideHosts(page));

test("a community's matches show fit as a share with its reasons, ten a page @phone", async ({ page }) => {
  await page.goto("/en/communities/berezhanska-urban/matches");
  await expect(page.getByRole("heading", { name: /\d+ matches, best fit first/ })).toBeVisible();
  await expect(page.getByText(/^Fit is how close a match comes/)).toBeVisible();
  const cards = page.getByRole("listitem").filter({ has: page.getByText("Why this match") });
  await expect(cards).toHaveCount(10);
  await expect(cards.first().getByText(/^Fit \d{1,3}%$/)).toBeVisible();
  await expect(
    cards
      .first()
      .getByText(/\(\+\d{1,3}%\)/)
      .first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page
    .getByRole("navigation", { name: "Pages" })
    .getByRole("link", { name: /Next page/ })
    .click();
  await expect(page).toHaveURL(/page=2/);
  await expect(cards.first().getByText("11.")).toBeVisible();
});

test("the Ukrainian matches page says fit as a share too", async ({ page }) => {
  await page.goto("/uk/communities/berezhanska-urban/matches");
  await expect(page.getByText(/^Відповідність \d{1,3}\s?%$/).first()).toBeVisible();
});

test("an official withdraws a need and reopens it; withdrawn, it leaves the public needs list", async ({ page }) => {
  await signInAsDemo(page, /\(community official\)/);
  await page.goto("/en/communities/berezhanska-urban");
  const needs = page.getByRole("region", { name: /needs/i });
  const firstNeed = needs.getByRole("listitem").first();
  const title = (await firstNeed.getByRole("heading").first().textContent())!.trim();
  await firstNeed.getByRole("link", { name: /Edit/ }).click();

  await page.getByLabel(/Why \(optional/).fill("Bought with our own budget");
  await page.getByRole("button", { name: "Withdraw the need" }).click();
  await expect(page.getByRole("heading", { name: "This need is withdrawn" })).toBeVisible();

  await page.goto("/en/needs");
  await expect(page.getByRole("heading", { name: title, exact: true })).toHaveCount(0);

  await page.goBack();
  await page.getByRole("button", { name: "Reopen the need" }).click();
  await expect(page.getByRole("heading", { name: "Withdraw this need" })).toBeVisible();
});
