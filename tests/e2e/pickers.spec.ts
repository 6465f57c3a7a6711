// Issue 16, item 2 in the browser: countries and languages are picked by name, never typed as
// codes, and a new organisation's place comes from a town search and a pin, not coordinates.
// "Germany" typed as the country used to be stored as GE, and the public page said Georgia.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signInAsDemo } from "./fixtures";
import { picker } from "./support/listings";
import { blockOutsideHosts } from "./support/network";

test.beforeEach(({ page }) => blockOutsideHosts(page));

test("registering an organisation: the town search fills in the country and the pin; the language is picked by name", async ({ page }) => {
  const name = `Leipzig Bridges ${Date.now().toString(36)}`;
  await signInAsDemo(page, /\(member\)/);
  await page.goto("/en/organizations/new");
  await page.getByLabel("Kind of organisation").selectOption("DIASPORA_ASSOCIATION");
  await page.getByLabel("Name in English").fill(name);

  // No coordinates to type: a town from the list, by the keyboard.
  await expect(page.getByLabel("Latitude")).toHaveCount(0);
  const city = page.getByRole("combobox", { name: "City" });
  await city.fill("Leip");
  await expect(page.getByRole("option", { name: /Leipzig/ })).toBeVisible();
  await city.press("Enter");
  await expect(city).toHaveValue("Leipzig");
  await expect(page.getByRole("combobox", { name: "Country" })).toHaveValue("Germany");
  await expect(page.getByText(/^Pin: 51\.\d+, 12\.\d+/)).toBeVisible();

  // Languages: the chip of the default, and one more found by its Ukrainian name.
  const languages = page.getByRole("combobox", { name: "Languages" });
  await languages.fill("нім");
  await expect(page.getByRole("option", { name: "German" })).toBeVisible();
  await languages.press("ArrowDown");
  await languages.press("ArrowUp");
  await languages.press("Enter");
  await expect(page.getByRole("button", { name: "Remove German" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove Ukrainian" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Send for approval" }).click();
  await expect(page).toHaveURL(/\/en\/account\?registered=/);
});

test("the country picker finds Germany by its start, its Ukrainian name and its code, and never posts a typed name", async ({ page }) => {
  await signInAsDemo(page, /\(member\)/);
  await page.goto("/uk/organizations/new");
  const country = picker(page, "Країна");
  for (const typed of ["нім", "Germ", "DE"]) {
    await country.fill(typed);
    await expect(page.getByRole("listbox").getByRole("option").first()).toHaveText("Німеччина");
  }
  await country.press("Escape");
  await country.press("Escape");
  await expect(country).toHaveValue("");
  // Typed and not picked: the field does not keep it.
  await country.fill("Germ");
  await page.getByLabel("Назва англійською").click();
  await expect(country).toHaveValue("");
  // A whole name left in the field is taken.
  await country.fill("Germany");
  await page.getByLabel("Назва англійською").click();
  await expect(country).toHaveValue("Німеччина");
});

test("the matches filter narrows by countries picked by name", async ({ page }) => {
  await signInAsDemo(page, /\(community official\)/);
  await page.goto("/en/communities/berezhanska-urban/matches");
  const country = page.getByRole("combobox", { name: "Country" });
  await country.fill("Germ");
  await country.press("Enter");
  await expect(page.getByRole("button", { name: "Remove Germany" })).toBeVisible();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/country=DE/);
  await expect(page.getByRole("button", { name: "Remove Germany" })).toBeVisible();
});
