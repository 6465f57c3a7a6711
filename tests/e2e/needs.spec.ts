// The needs list: open needs across communities, filtered by sector and approximate cost.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures";

test("a partner finds the school bus need by sector and cost, and reaches its community", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Needs" }).click();
  await expect(page).toHaveURL(/\/en\/needs$/);
  await expectNoAxeViolations(page);
  await page.goto("/en/needs?sector=SPECIAL_VEHICLES&minEur=50000&maxEur=70000");
  const bus = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: /school bus/i }) })
    .first();
  await expect(bus).toBeVisible();
  await bus.getByRole("link", { name: /Berezhanska/ }).click();
  await expect(page).toHaveURL(/\/en\/communities\/berezhanska-urban$/);
});

test("filters that match nothing say so, and odd values are ignored", async ({ page }) => {
  const response = await page.goto("/uk/needs?sector=HEATING&minEur=999999999&maxEur=abc&urgency=NOPE&page=-2");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("link", { name: "Очистити фільтри" })).toBeVisible();
});
