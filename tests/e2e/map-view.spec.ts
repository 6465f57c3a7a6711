// The map read as a place (issue 16): groups named by their place, zoom that moves by fractions
// of a level, outlines and place names at every zoom with no tile server (every request off
// localhost is aborted), and popups that stay inside the map on a phone.
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { blockOutsideHosts } from "./support/network";

test.beforeEach(({ page }) => blockOutsideHosts(page));

async function waitForMap(page: Page) {
  await expect(page.locator(".leaflet-basemap-pane path").first()).toBeAttached();
  await expect(page.locator(".atlas-cluster, .atlas-organization, .atlas-community").first()).toBeVisible();
}
const urlZoom = (page: Page) => Number(new URL(page.url()).searchParams.get("z"));

test("a group of listings is named by its place, on the map and in the list", async ({ page }) => {
  await page.goto("/en/map?layer=organizations&lat=52.52&lng=13.4&z=7");
  await waitForMap(page);
  // "Berlin and around, 12", or "Berlin, 12" when all are there: the place, then the count.
  await expect(page.getByRole("button", { name: /^Berlin( and around)?, \d+$/ })).toBeVisible();
  await expect(page.locator("#in-view")).toContainText(/Berlin( and around)?, \d+/);
  await expect(page.locator("#in-view")).not.toContainText("close together");

  await page.goto("/uk/map?layer=organizations&lat=52.52&lng=13.4&z=7");
  await waitForMap(page);
  await expect(page.getByRole("button", { name: /^Берлін( і околиці)?, \d+$/ })).toBeVisible();
});

test("a wheel notch zooms by less than two levels, a group by its own split", async ({ page }) => {
  await page.goto("/en/map?lat=50&lng=15&z=4");
  await waitForMap(page);
  const box = (await page.locator("#atlas-map").boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -100);
  await expect.poll(() => urlZoom(page)).not.toBe(4);
  expect(urlZoom(page) - 4).toBeGreaterThan(0);
  expect(urlZoom(page) - 4).toBeLessThan(2); // whole levels jumped 2 per notch, and a fast wheel 6

  // A group zooms to where it splits, not to the last zoom.
  const before = urlZoom(page);
  await page.locator(".atlas-cluster:not(.atlas-stack)").first().click();
  await expect.poll(() => urlZoom(page)).toBeGreaterThan(before);
  expect(urlZoom(page)).toBeLessThan(18);
});

test("zoomed in without tiles, outlines and place names still show", async ({ page }) => {
  await page.goto("/uk/map?lat=50.45&lng=30.6&z=11");
  await expect(page.locator(".leaflet-basemap-pane path").first()).toBeAttached();
  await expect(page.locator(".leaflet-tile-loaded")).toHaveCount(0); // really no tiles
  // The names themselves (their anchor is a zero-size marker at the place).
  const labels = page.locator(".atlas-place span");
  await expect(labels.filter({ hasText: /^Київ$/ })).toBeVisible();
  await expect(labels.filter({ hasText: /^Бровари$/ })).toBeVisible();
  expect(await labels.count()).toBeGreaterThan(3);

  // Capitals abroad at country zoom, in the reader's language.
  await page.goto("/en/map?lat=52&lng=13&z=6");
  await expect(page.locator(".atlas-place span").filter({ hasText: /^Berlin$/ })).toBeVisible();
});

test("a popup stays inside the map on a phone @phone", async ({ page }) => {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ lat: number; lng: number }>(
    `SELECT "publicLat" AS lat, "publicLng" AS lng FROM "Organization" WHERE slug = 'bridges-for-schools-berlin'`,
  );
  await client.end();
  await page.goto(`/en/map?layer=organizations&lat=${rows[0]!.lat}&lng=${rows[0]!.lng}&z=18`);
  const map = page.locator("#atlas-map");
  await expect(page.locator(".atlas-organization, .atlas-cluster").first()).toBeVisible();
  await map.scrollIntoViewIfNeeded(); // below the filters on a phone
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2); // the marker or stack at the centre
  const popup = page.locator(".leaflet-popup");
  await expect(popup).toBeVisible();
  await expect
    .poll(async () => {
      const [outer, inner] = await Promise.all([map.boundingBox(), popup.boundingBox()]);
      if (!outer || !inner) return false;
      return (
        inner.x >= outer.x - 1 &&
        inner.y >= outer.y - 1 &&
        inner.x + inner.width <= outer.x + outer.width + 1 &&
        inner.y + inner.height <= outer.y + outer.height + 1
      );
    })
    .toBe(true);
});
