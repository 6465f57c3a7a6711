// No tile server or other outside host in tests: only the app under test answers.
import type { Page } from "@playwright/test";

/** Aborts every request the page makes to a host other than localhost. */
export async function blockOutsideHosts(page: Page): Promise<void> {
  await page.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
}
