// The public partnerships directory: reached from the header, narrowed by form with counts next
// to each value, a partnership's page linking both sides to their profiles; odd links still
// open a normal page; and all of it on a 360 px phone. Uses the demo seed's hand-made active
// delegation exchange between Бережанська громада and Kryla Youth Initiative Berlin.
import { expect, test, type Locator } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures";
import { openSiteMenu } from "./support/site-menu";

const krylaSlug = "berezhanska-urban-and-kryla-youth-initiative-berlin";

/** The number a facet option shows after its label ("Delegation exchange" + "3"). */
async function optionCount(checkbox: Locator): Promise<number> {
  const text = await checkbox.evaluate((input) => input.closest("label")?.textContent ?? "");
  const match = /(\d+)\s*$/.exec(text);
  if (!match) throw new Error(`no count in "${text}"`);
  return Number(match[1]);
}

test("a visitor filters partnerships by form and opens one whose sides link to their profiles", async ({ page }) => {
  await page.goto("/en");
  // On a desktop, Partnerships sits in the header's "More" menu.
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByText("More", { exact: true }).click();
  await nav.getByRole("link", { name: "Partnerships" }).click();
  await expect(page).toHaveURL(/\/en\/partnerships$/);
  await expect(page.getByRole("heading", { level: 1, name: "Partnerships" })).toBeVisible();
  await expect(page.locator("#results-heading")).toHaveText(/^\d+ partnerships$/);
  await expectNoAxeViolations(page);

  // Every form that occurs shows its count; ticking one applies at once and the list agrees.
  const forms = page.getByRole("group", { name: "Form of partnership" });
  const delegation = forms.getByRole("checkbox", { name: /^Delegation exchange/ });
  const expected = await optionCount(delegation);
  expect(expected).toBeGreaterThan(0);
  await delegation.check();
  await expect(page).toHaveURL(/form=DELEGATION_EXCHANGE/);
  await expect(page.locator("#results-heading")).toHaveText(new RegExp(`^${expected} partnerships?$`));
  const cards = page.getByRole("article");
  await expect(cards).toHaveCount(Math.min(expected, 20));
  for (const card of await cards.all()) await expect(card.getByText("Delegation exchange", { exact: true })).toBeVisible();
  // Disjunctive: the other forms are still offered, to widen the list.
  await expect(forms.getByRole("checkbox", { name: /^Memorandum/ })).toBeVisible();
  await expect(forms.getByRole("checkbox", { name: /^Delegation exchange/ })).toBeChecked();

  const kryla = cards.filter({ has: page.getByRole("link", { name: "Kryla Youth Initiative Berlin", exact: true }) });
  await expect(kryla).toHaveCount(1);
  await kryla.getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/en/partnerships/${krylaSlug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  const sides = page.getByRole("complementary", { name: "Partners" });
  await expect(sides.getByText("Delegation exchange")).toBeVisible();
  await expect(sides.getByText("Active", { exact: true })).toBeVisible();
  await expect(sides.getByRole("link", { name: /Berezhanska/ })).toHaveAttribute("href", "/en/communities/berezhanska-urban");
  await expect(page.getByRole("region", { name: "Needs it addresses" }).getByRole("link").first()).toHaveAttribute(
    "href",
    "/en/communities/berezhanska-urban",
  );
  await sides.getByRole("link", { name: "Kryla Youth Initiative Berlin" }).click();
  await expect(page).toHaveURL(/\/en\/organizations\/kryla-youth-initiative-berlin$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kryla");
  // …and back to the directory from the profile's partnerships.
  await page
    .getByRole("region", { name: "Partnerships" })
    .getByRole("link", { name: /All partnerships/ })
    .click();
  await expect(page).toHaveURL(/\/en\/partnerships$/);
});

test("odd filter values give the normal page, a page past the end says so, an unknown partnership is 404", async ({ page }) => {
  await page.goto("/en/partnerships");
  const all = await page.locator("#results-heading").textContent();
  const response = await page.goto("/en/partnerships?form=NOPE&status=PROPOSED&country=Germany&oblast=UA0&sector=%00&page=-3");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Partnerships" })).toBeVisible();
  await expect(page.locator("#results-heading")).toHaveText(all!);
  await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(0);

  const pastEnd = await page.goto("/uk/partnerships?page=50");
  expect(pastEnd?.status()).toBe(200);
  await expect(page.getByRole("link", { name: "Перейти на першу сторінку" })).toBeVisible();

  const missing = await page.goto("/en/partnerships/no-such-partnership");
  expect(missing?.status()).toBe(404);
});

test("the partnerships directory and a partnership work on a 360 px phone @phone", async ({ page }) => {
  await page.goto("/uk");
  await openSiteMenu(page);
  await page.getByRole("link", { name: "Партнерства" }).first().click();
  await expect(page).toHaveURL(/\/uk\/partnerships$/);
  await expect(page.getByRole("heading", { level: 1, name: "Партнерства" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoAxeViolations(page);

  await page.getByRole("article").first().getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(/\/uk\/partnerships\/[^/?]+$/);
  await expect(page.getByRole("complementary", { name: "Сторони" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoAxeViolations(page);
});
