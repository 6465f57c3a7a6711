// Forms that forgive (issue 16): the need form reads a cost as people write it, asks for the
// sector instead of assuming "Heating", and a refusal keeps every field as typed or chosen with
// the message beside the field; moderators read words, not codes, in the queues.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signInAsDemo } from "./fixtures";
import { blockOutsideHosts } from "./support/network";

test.beforeEach(({ page }) => blockOutsideHosts(page));

test("a need with '~60,000' and no sector is refused at the sector only, keeping what was typed", async ({ page }) => {
  const title = "Generators for the lyceum";
  await signInAsDemo(page, /\(community official\)/);
  await page.goto("/en/communities/berezhanska-urban");
  await page.getByRole("link", { name: "+ Add a need" }).click();

  // Nothing is chosen for the person: the sector starts at "Choose…".
  await expect(page.getByLabel("Sector")).toHaveValue("");
  await expect(page.getByText("For example 60 000, ~60,000 or 60 000,50")).toBeVisible();
  await page.getByLabel("Title in English").fill(title);
  await page.getByLabel("Approximate cost").fill("~60,000");
  await page.getByLabel("Currency").selectOption("PLN");
  await page.getByLabel("Urgency").selectOption("HIGH");
  await page.getByRole("button", { name: "Publish the need" }).click();

  await expect(page.getByText("Choose one from the list.")).toBeVisible();
  await expect(page.getByText("This value is not accepted.")).toHaveCount(0);
  await expect(page.getByLabel("Title in English")).toHaveValue(title);
  await expect(page.getByLabel("Approximate cost")).toHaveValue("~60,000");
  await expect(page.getByLabel("Currency")).toHaveValue("PLN");
  await expect(page.getByLabel("Urgency")).toHaveValue("HIGH");
  await expectNoAxeViolations(page);

  // An ambiguous amount says which format is expected, beside the field.
  await page.getByLabel("Sector").selectOption("HOUSING");
  await page.getByLabel("Approximate cost").fill("60,000.000,5");
  await page.getByRole("button", { name: "Publish the need" }).click();
  await expect(page.getByText(/Write the amount like 60 000/)).toBeVisible();
  await expect(page.getByLabel("Sector")).toHaveValue("HOUSING");

  await page.getByLabel("Approximate cost").fill("60 000 zł");
  await page.getByRole("button", { name: "Publish the need" }).click();
  await expect(page).toHaveURL(/\/en\/communities\/berezhanska-urban\/matches/);
});

test("the Ukrainian need form asks for the sector in Ukrainian and reads '60 000,50'", async ({ page }) => {
  await signInAsDemo(page, /\(community official\)/);
  await page.goto("/uk/communities/berezhanska-urban/needs/new");
  await expect(page.getByLabel("Сектор")).toHaveValue("");
  await expect(page.getByLabel("Сектор").locator("option").first()).toHaveText("Виберіть…");
  await page.getByLabel("Назва українською").fill("Генератори для ліцею");
  await page.getByLabel("Орієнтовна вартість").fill("60 000,50");
  await page.getByRole("button", { name: /Опублікувати/ }).click();
  await expect(page.getByText("Виберіть варіант зі списку.")).toBeVisible();
  await expect(page.getByLabel("Орієнтовна вартість")).toHaveValue("60 000,50");
});

test("moderators read the listing queue's kinds and countries as words", async ({ page }) => {
  await signInAsDemo(page, /\(moderator\)/);
  await page.goto("/en/admin?queue=listings");
  const queue = page.getByRole("region", { name: "Pending listings" });
  // Enum values (DIASPORA_ASSOCIATION, SPECIAL_VEHICLES) are codes, not words.
  await expect(queue).not.toContainText(/\b[A-Z]{2,}_[A-Z_]+\b/);
});
