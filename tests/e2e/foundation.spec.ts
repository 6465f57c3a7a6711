// The shell a new user meets: both languages from the first page, redirects by browser
// language, seeded organisations visible, not-found pages, health, and no axe violations.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures";
import { openLanguageSwitch, openSiteMenu } from "./support/site-menu";

test("/ redirects by the browser's language", async ({ browser }) => {
  for (const [language, expected] of [
    ["en-GB,en;q=0.9", "/en"],
    ["uk-UA,uk;q=0.9", "/uk"],
    ["de-DE", "/de"],
    ["fr-FR,fr;q=0.9", "/fr"],
    ["pl-PL", "/pl"],
    ["it-IT", "/it"],
    // A language the site does not have: Ukrainian.
    ["cs-CZ", "/uk"],
  ] as const) {
    const context = await browser.newContext({ locale: language.split(",")[0], extraHTTPHeaders: { "Accept-Language": language } });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`${expected}$`));
    await context.close();
  }
});

test("the home page shows counts and seeded organisations in English and Ukrainian", async ({ page }) => {
  await page.goto("/en");
  await expect(page).toHaveTitle(/Diaspora Atlas/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Organisations" })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main).toContainText("1,774");
  await expect(main.getByRole("link").filter({ hasText: /\S/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await (await openLanguageSwitch(page)).getByRole("link", { name: "Українська" }).click();
  await expect(page).toHaveURL(/\/uk$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  // The client-side navigation sets the new title a moment after the page content.
  await expect(page).toHaveTitle(/Атлас/);
  await expect(page.getByRole("main")).toContainText("1774".replace(/(\d)(?=(\d{3})+$)/, "$1\u00a0"));
  await expectNoAxeViolations(page);
});

/** Opens `path`, checks what it shows, then scans it for accessibility violations. */
async function visit(page: Page, path: string, check: () => Promise<void>): Promise<void> {
  await page.goto(path);
  await check();
  await expectNoAxeViolations(page);
}

test("organisations list and profile, in both languages", async ({ page }) => {
  const heading = page.getByRole("heading", { level: 1 });
  await visit(page, "/en/organizations", () => expect(heading).toBeVisible());
  await visit(page, "/en/organizations/bridges-for-schools-berlin", async () => {
    await expect(heading).toContainText(/Bridges/i);
    await expect(page.getByRole("main")).toContainText("Berlin");
  });
  await visit(page, "/uk/organizations/bridges-for-schools-berlin", () => expect(page.getByRole("main")).toContainText("Берлін"));
});

test("communities list and an official community profile", async ({ page }) => {
  const heading = page.getByRole("heading", { level: 1 });
  await visit(page, "/uk/communities", () => expect(heading).toBeVisible());
  await visit(page, "/uk/communities/berezhanska-urban", async () => {
    await expect(heading).toContainText("Бережанська");
    await expect(page.getByRole("main")).toContainText("UA61040030000060956");
  });
  await visit(page, "/en/communities/berezhanska-urban", () => expect(heading).toContainText("Berezhanska"));
});

test("unknown pages and unpublished listings answer 404 with a helpful page", async ({ page }) => {
  for (const path of ["/en/no-such-page", "/en/organizations/no-such-organisation", "/uk/communities/no-such-community"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("link", { name: /home|головн/i }).first()).toBeVisible();
  }
  await expectNoAxeViolations(page);
});

test("GET /api/health reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { state: "up", mode: "postgresql" } });
});

test("the shell works on a 360 px phone @phone", async ({ page }) => {
  await page.goto("/uk");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await openSiteMenu(page);
  await expect(page.getByRole("link", { name: "Організації" }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});
