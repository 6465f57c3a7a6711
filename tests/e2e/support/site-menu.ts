// The header's menu on a narrow screen (components/layout/mobile-menu.tsx): a <details> that
// opens natively, and whose script closes it when React mounts it. A click before the header
// has hydrated is therefore undone (or lost) a moment later, and a test that clicked it then
// waits for a link that never shows. So: wait until React owns the element, then open it until
// its panel is really shown.
import { expect, type Locator, type Page } from "@playwright/test";

/** Opens the site menu once it works, and gives its panel (the sections' links, the account's). */
export async function openSiteMenu(page: Page): Promise<Locator> {
  return openDisclosure(page, page.locator("#site-menu"));
}

/**
 * Opens the header's language switch (components/layout/language-switch.tsx) and gives its
 * list of languages, each link named in its own language.
 */
export async function openLanguageSwitch(page: Page): Promise<Locator> {
  const panel = await openDisclosure(page, page.locator("#language-switch"));
  return panel.getByRole("navigation");
}

async function openDisclosure(page: Page, menu: Locator): Promise<Locator> {
  const panel = menu.locator(":scope > div");
  // React keeps its fiber on each DOM node it has hydrated: the menu's mount effect runs next.
  await expect
    .poll(() => menu.evaluate((element) => Object.keys(element).some((key) => key.startsWith("__reactFiber$"))), {
      message: "the header is hydrated",
    })
    .toBe(true);
  await expect(async () => {
    if (!(await menu.evaluate((element: HTMLDetailsElement) => element.open))) await menu.locator("summary").click();
    // An effect still pending from hydration would close it within a frame: look after one.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
    await expect(panel).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  return panel;
}
