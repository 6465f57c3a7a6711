// Issue 16, "notices that say nothing": an official's /account lists what waits for them with
// counts, links the proposals inbox in one click and counts their community among the listings
// they manage; the notifications page reads in the page's language; nothing scrolls sideways at 360 px.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signInAsDemo } from "./fixtures";
import { blockOutsideHosts } from "./support/network";

test.beforeEach(({ page }) => blockOutsideHosts(page));

test("an official's account names what waits for them and opens the proposals inbox in one click", async ({ page }) => {
  await signInAsDemo(page, /\(community official\)/);
  const todo = page.getByRole("region", { name: "Waiting for you" });
  await expect(todo).toBeVisible();
  await expect(page.getByRole("region", { name: "Listings I manage" }).getByRole("link", { name: /Berezhan/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await todo.getByRole("link", { name: /Partnership proposals to answer/ }).click();
  await expect(page).toHaveURL(/\/en\/partnerships\/proposals$/);
});

test("the notifications page reads in the page's language, with an empty state or notices to open", async ({ page }) => {
  await signInAsDemo(page, /\(community official\)/);
  await page.goto("/en/account/notifications");
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expect(page.getByText(/unread|Nothing unread/).first()).toBeVisible();
  await page.goto("/uk/account/notifications");
  await expect(page.getByRole("heading", { level: 1, name: "Сповіщення" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the account page fits a 360 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await signInAsDemo(page, /\(community official\)/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
