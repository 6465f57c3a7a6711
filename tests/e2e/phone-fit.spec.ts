// Issue 16: phones fit, the header holds one row, and it knows the session on the first paint.
//  - At 360 px (the "@phone" project) no public page scrolls sideways, in English and Ukrainian.
//  - On list pages the filters are a drawer opened from the top of the results; without
//    JavaScript they are still reachable.
//  - From 1024 to 1440 px the header is one row for a visitor and for a moderator.
//  - After signing in, the next page's first frame already has the account link: the hint
//    cookie read by the head script (lib/auth/viewer-hint.ts), not /api/v1/viewer, which is held.
import { expect, test, type Page } from "@playwright/test";
import { signInAsDemo, signOut } from "./fixtures";
import { blockOutsideHosts } from "./support/network";

const locales = ["en", "uk"] as const;

test.beforeEach(({ page }) => blockOutsideHosts(page));

/** Waits until React has hydrated the header (its menus carry a fiber), so late layout counts too. */
async function hydrated(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const details = document.querySelector("header details");
        return details !== null && Object.keys(details).some((key) => key.startsWith("__reactFiber$"));
      }),
    )
    .toBe(true);
  // One more frame for effects that change layout (the map, the filters' drawer).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
}

async function expectNoSidewaysScroll(page: Page, width: number, what: string): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `${what} is ${scrollWidth} px wide`).toBeLessThanOrEqual(width);
}

/** The first card's link (its heading's link) on the first of these list pages that has one. */
async function firstCardHref(page: Page, ...paths: string[]): Promise<string> {
  for (const path of paths) {
    await page.goto(path);
    const link = page.getByRole("main").locator("article :is(h2, h3) a").first();
    if ((await link.count()) === 0) continue;
    const href = await link.getAttribute("href");
    if (href) return href;
  }
  throw new Error(`no card on ${paths.join(", ")}`);
}

for (const locale of locales) {
  test(`no page scrolls sideways at 360 px (${locale}) @phone`, async ({ page }) => {
    test.setTimeout(120_000);
    const profiles = {
      organization: await firstCardHref(page, `/${locale}/organizations`),
      community: await firstCardHref(page, `/${locale}/communities`),
      event: await firstCardHref(page, `/${locale}/events`, `/${locale}/events?when=past`),
    };
    const paths = [
      `/${locale}`,
      `/${locale}/map`,
      `/${locale}/organizations`,
      profiles.organization,
      `/${locale}/communities`,
      profiles.community,
      `/${locale}/needs`,
      `/${locale}/events`,
      `/${locale}/events?view=calendar`,
      profiles.event,
      `/${locale}/partnerships`,
      `/${locale}/announcements`,
      `/${locale}/polls`,
      `/${locale}/stats`,
      `/${locale}/data`,
      `/${locale}/api`,
      `/${locale}/sign-in`,
    ];
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await hydrated(page);
      await expectNoSidewaysScroll(page, 360, path);
    }
  });
}

test("the needs' filters open in a drawer from the top of the results, by keyboard too @phone", async ({ page }) => {
  await page.goto("/en/needs");
  await hydrated(page);
  const button = page.getByRole("button", { name: /^Filters/ });
  const results = page.locator("#results-heading");
  await expect(button).toBeVisible();
  // Above the results, and the filters themselves are not on the page until asked for.
  expect((await button.boundingBox())!.y).toBeLessThan((await results.boundingBox())!.y);
  const drawer = page.getByRole("dialog", { name: "Filters" });
  await expect(drawer).toBeHidden();

  await button.focus();
  await page.keyboard.press("Enter");
  await expect(drawer).toBeVisible();
  await expectNoSidewaysScroll(page, 360, "the open drawer");
  const box = (await drawer.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  // Ticking a filter applies it and counts it on the button.
  await drawer.getByRole("checkbox").first().check();
  await expect(page).toHaveURL(/\/en\/needs\?.+/);
  await expect(button).toHaveAccessibleName(/Filters in use: 1/);
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
  await expect(button).toBeFocused();

  // The close button in the drawer, too.
  await button.click();
  await drawer.getByRole("button", { name: "Close filters" }).click();
  await expect(drawer).toBeHidden();
  await expect(button).toBeFocused();
});

test("the directory's filters are a drawer on a phone, and reachable without JavaScript @phone", async ({ browser, page }) => {
  await page.goto("/uk/communities");
  await hydrated(page);
  const button = page.getByRole("button", { name: /^Фільтри/ });
  await button.click();
  const drawer = page.getByRole("dialog", { name: "Фільтри" });
  await expect(drawer).toBeVisible();
  await drawer.getByRole("button", { name: "Показати результати" }).click();
  await expect(drawer).toBeHidden();

  const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const plain = await noScript.newPage();
  await plain.goto("/uk/communities");
  await expect(plain.getByRole("button", { name: /^Фільтри/ })).toBeHidden();
  await plain.getByRole("link", { name: /^Фільтри/ }).click();
  await expect(plain.getByRole("complementary", { name: "Фільтри" }).getByRole("checkbox").first()).toBeInViewport();
  expect(await plain.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await noScript.close();
});

/** The header's bar holds one row: every visible control on one line, nothing past the window. */
async function expectOneRow(page: Page, width: number, what: string): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  await hydrated(page);
  const tops = await page
    .getByRole("banner")
    .locator("a:visible, summary:visible")
    .evaluateAll((elements) => elements.map((element) => Math.round(element.getBoundingClientRect().top)));
  expect(tops.length, what).toBeGreaterThan(3);
  expect(Math.max(...tops) - Math.min(...tops), `${what}: controls on more than one line (${tops.join(", ")})`).toBeLessThanOrEqual(4);
  const height = await page.getByRole("banner").evaluate((header) => header.getBoundingClientRect().height);
  expect(height, `${what}: header height`).toBeLessThanOrEqual(72);
  await expectNoSidewaysScroll(page, width, what);
}

const widths = [1024, 1280, 1440];

test("the header is one row from 1024 to 1440 px for a visitor, in both languages", async ({ page }) => {
  for (const locale of locales) {
    await page.goto(`/${locale}/organizations`);
    for (const width of widths) await expectOneRow(page, width, `visitor, ${locale}, ${width} px`);
    await expect(page.getByRole("banner").getByRole("link", { name: locale === "en" ? "Sign in" : "Увійти" })).toBeVisible();
  }
});

test("the header is one row from 1024 to 1440 px for a moderator, in both languages", async ({ page }) => {
  await signInAsDemo(page, /\(moderator\)/);
  for (const locale of locales) {
    await page.goto(`/${locale}/needs`);
    const banner = page.getByRole("banner");
    for (const width of widths) {
      await expectOneRow(page, width, `moderator, ${locale}, ${width} px`);
      await expect(banner.getByRole("link", { name: locale === "en" ? "Moderation" : "Модерація" })).toBeVisible();
      await expect(banner.getByRole("link", { name: new RegExp(`^${locale === "en" ? "My account" : "Мій кабінет"}`) })).toBeVisible();
    }
    // The sections that do not fit the row are one click away under "More".
    await page.setViewportSize({ width: 1024, height: 800 });
    await banner.getByText(locale === "en" ? "More" : "Більше", { exact: true }).click();
    await expect(banner.getByRole("link", { name: locale === "en" ? "Statistics" : "Статистика" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(banner.getByRole("link", { name: locale === "en" ? "Statistics" : "Статистика" })).toBeHidden();
  }
});

/**
 * Loads `path` with /api/v1/viewer held unanswered and gives what the first frame with a body
 * saw: <html data-viewer> then, and whether the scripts marked <html data-js>.
 */
async function firstFrame(page: Page, path: string): Promise<{ viewer: string | null; js: boolean }> {
  await page.route("**/api/v1/viewer", () => undefined); // never answered: only the hint can tell
  await page.addInitScript(() => {
    const w = window as unknown as { __firstFrame?: { viewer: string | null; js: boolean } };
    const look = () => {
      if (!document.body) return void requestAnimationFrame(look);
      const html = document.documentElement;
      w.__firstFrame = { viewer: html.getAttribute("data-viewer"), js: html.hasAttribute("data-js") };
    };
    requestAnimationFrame(look);
  });
  await page.goto(path, { waitUntil: "domcontentloaded" });
  await expect.poll(() => page.evaluate(() => (window as unknown as { __firstFrame?: unknown }).__firstFrame ?? null)).not.toBeNull();
  return page.evaluate(() => (window as unknown as { __firstFrame: { viewer: string | null; js: boolean } }).__firstFrame);
}

test("after signing in, the next page's first paint already shows the account link", async ({ browser, page }) => {
  const problems: string[] = [];
  const watch = (p: Page) =>
    p.on("console", (message) => {
      if (/hydrat|#418|#423|Content Security Policy|Refused to execute/i.test(message.text())) problems.push(message.text());
    });
  watch(page);
  await signInAsDemo(page, /\(member\)/);

  // A new tab: no sessionStorage, no answer from /api/v1/viewer; the hint cookie alone.
  const tab = await page.context().newPage();
  watch(tab);
  expect(await firstFrame(tab, "/en/organizations")).toEqual({ viewer: "member", js: true });
  const banner = tab.getByRole("banner");
  await expect(banner.getByRole("link", { name: /^My account/ })).toBeVisible();
  await expect(banner.getByRole("link", { name: "Sign in" })).toBeHidden();
  await expect(banner.getByRole("link", { name: "Moderation" })).toBeHidden();
  await tab.close();

  // A visitor's cached copy of the same page is the same HTML for everyone, and shows "Sign in";
  // the head script runs under the hash policy of cached pages as under the nonce one.
  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  watch(visitorPage);
  expect(await firstFrame(visitorPage, "/en/organizations")).toEqual({ viewer: null, js: true });
  await expect(visitorPage.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(visitorPage.getByRole("banner").getByRole("link", { name: /^My account/ })).toBeHidden();
  await visitor.close();

  // Signing out clears the hint: the next first paint says "Sign in" again.
  await signOut(page);
  const after = await page.context().newPage();
  watch(after);
  expect(await firstFrame(after, "/en/needs")).toEqual({ viewer: null, js: true });
  await expect(after.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await after.close();

  expect(problems).toEqual([]);
});

test("a moderator's hint shows moderation on the first paint, and the hint grants nothing", async ({ browser, page }) => {
  await signInAsDemo(page, /\(moderator\)/);
  const tab = await page.context().newPage();
  expect(await firstFrame(tab, "/uk")).toEqual({ viewer: "moderator", js: true });
  await expect(tab.getByRole("banner").getByRole("link", { name: "Модерація" })).toBeVisible();
  await tab.close();

  // A forged hint without a session: the header may say "Moderation", the server still refuses.
  const forger = await browser.newContext();
  await forger.addCookies([{ name: "atlas-viewer", value: "moderator", domain: "localhost", path: "/" }]);
  const forged = await forger.newPage();
  const response = await forged.request.get("/en/admin", { maxRedirects: 0 });
  expect(response.status()).toBe(307); // to sign-in, as for any visitor
  expect(response.headers()["location"]).toMatch(/\/sign-in/);
  await forged.goto("/en/admin");
  expect(forged.url()).toMatch(/\/en\/sign-in/);
  // And /api/v1/viewer puts the hint right.
  await forged.evaluate(() => fetch("/api/v1/viewer").then((r) => r.json()));
  expect((await forger.cookies()).find((cookie) => cookie.name === "atlas-viewer")).toBeUndefined();
  await forger.close();
});
