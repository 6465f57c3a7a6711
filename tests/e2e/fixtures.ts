// Shared end-to-end helpers: an axe scan that fails on any violation; demo sign-in and sign-out.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export async function expectNoAxeViolations(page: Page): Promise<void> {
  // After a client-side navigation Next streams the new page's metadata after its content: the
  // old <title> is gone before the new one arrives. Scan the page once it has its title (a page
  // without one still fails here, by the timeout).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Signs in through "sign in as a demo account" (DEMO_SIGN_IN is on for the e2e server) as the
 * account whose button matches `role`, e.g. /\(community official\)/; lands on /en/account.
 */
export async function signInAsDemo(page: Page, role: RegExp, email?: string): Promise<void> {
  await page.goto("/en/sign-in");
  await page.getByRole("button", { name: role }).click();
  await expect(page).toHaveURL(/\/en\/account$/);
  if (email) await expect(page.getByText(`Signed in as ${email}.`)).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.goto("/en/account");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
}
