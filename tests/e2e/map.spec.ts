// The map with no tile server reachable: every request off localhost is aborted, so what shows
// is the bundled country outlines, the clusters and markers from /api/v1/map, and the list.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures";
import { query } from "./support/database";
import { blockOutsideHosts } from "./support/network";

test.beforeEach(({ page }) => blockOutsideHosts(page));

async function waitForMap(page: Page) {
  await expect(page.locator(".leaflet-basemap-pane path").first()).toBeAttached();
  await expect(page.locator(".atlas-cluster").first()).toBeVisible();
}

test("shows outlines and clusters without tiles; a cluster zooms in to markers with popups", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Map" }).click();
  await expect(page).toHaveURL(/\/en\/map/);
  await waitForMap(page);
  // The outlines are drawn in batches (components/map/outlines-layer.tsx): wait for all of them.
  await expect.poll(() => page.locator(".leaflet-basemap-pane path").count()).toBeGreaterThan(100);
  await expect(page.locator(".leaflet-tile-loaded")).toHaveCount(0); // really no tiles
  await expectNoAxeViolations(page);

  // Zoom into Germany's groups until single listings appear (stacks, one place's listings, open a list instead).
  await page.goto("/en/map?country=DE&lat=51&lng=10&z=5");
  await waitForMap(page);
  for (let step = 0; step < 8 && (await page.locator(".atlas-organization").count()) === 0; step++) {
    const zoom = Number(new URL(page.url()).searchParams.get("z"));
    await page.locator(".atlas-cluster:not(.atlas-stack)").first().click();
    await expect.poll(() => Number(new URL(page.url()).searchParams.get("z"))).toBeGreaterThan(zoom);
  }
  const marker = page.locator("path.atlas-organization").first();
  await expect(marker).toBeVisible();
  await marker.click();
  const popup = page.locator(".leaflet-popup-content");
  await expect(popup).toBeVisible();
  const link = popup.getByRole("link").first();
  const name = (await link.textContent())!;
  await link.click();
  await expect(page).toHaveURL(/\/en\/organizations\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
});

test("a filter changes what is shown and the URL, and the view is kept", async ({ page }) => {
  await page.goto("/en/map?lat=50&lng=15&z=4");
  await waitForMap(page);
  const count = page.locator("#in-view p[aria-live]");
  const before = await count.textContent();
  await page.getByLabel("Country").selectOption("DE");
  await expect(page).toHaveURL(/country=DE/);
  await expect(page).toHaveURL(/z=4/);
  await expect(count).not.toHaveText(before!);
  await page.getByRole("checkbox", { name: "Communities" }).uncheck();
  await expect(page).toHaveURL(/layer=organizations/);
  // A shared link reopens the same filters.
  await page.reload();
  await expect(page.getByLabel("Country")).toHaveValue("DE");
  await expect(page.locator(".atlas-community")).toHaveCount(0);
});

test("a popup of a known organisation links to its profile, and partnership lines toggle", async ({ page }) => {
  const [org] = await query<{ lat: number; lng: number; name: { en: string } }>(
    `SELECT "publicLat" AS lat, "publicLng" AS lng, name FROM "Organization" WHERE slug = 'bridges-for-schools-berlin'`,
  );
  await page.goto(`/en/map?layer=organizations&lat=${org!.lat}&lng=${org!.lng}&z=18`);
  const box = (await page.locator("#atlas-map").boundingBox())!;
  await expect(page.locator(".atlas-organization, .atlas-cluster").first()).toBeVisible();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2); // the marker or stack at the centre
  const link = page.locator(".leaflet-popup-content").getByRole("link", { name: org!.name.en });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/en\/organizations\/bridges-for-schools-berlin$/);

  await page.goto("/en/map?lat=50&lng=15&z=4");
  await waitForMap(page);
  await page.getByRole("checkbox", { name: "Show partnerships" }).check();
  await expect(page).toHaveURL(/lines=1/);
  await expect(page.locator("path.atlas-partnership").first()).toBeAttached();
});

test("near me lists the nearest organisations with distances", async ({ page, context }) => {
  await context.grantPermissions(["geolocation"]);
  await context.setGeolocation({ latitude: 52.52, longitude: 13.405 });
  await page.goto("/en/map");
  await waitForMap(page);
  await page.getByRole("button", { name: "Near me" }).click();
  const nearest = page.getByRole("region", { name: "Nearest organisations" }).getByRole("listitem");
  await expect(nearest).toHaveCount(10);
  await expect(nearest.first()).toContainText(/\d+(\.\d)? km/);
  await expect(nearest.first()).toContainText("Berlin");
});

test("exact coordinates of a city-precision listing appear in no page or response", async ({ page, request }) => {
  const [org] = await query<{ slug: string; lat: number; lng: number; publicLat: number; publicLng: number }>(
    `SELECT slug, lat, lng, "publicLat", "publicLng" FROM "Organization"
     WHERE "locationPrecision" = 'CITY' AND status = 'PUBLISHED' AND "hiddenAt" IS NULL AND lat <> "publicLat" ORDER BY slug LIMIT 1`,
  );
  const forms = [org!.lat, org!.lng].flatMap((v) => [String(v), v.toFixed(5), v.toFixed(4)]);
  const bodies: string[] = [];
  for (const path of [
    `/en/organizations/${org!.slug}`,
    `/uk/organizations/${org!.slug}`,
    `/en/map?lat=${org!.publicLat}&lng=${org!.publicLng}&z=18`,
    `/en/map?lat=${org!.publicLat}&lng=${org!.publicLng}&z=10`,
    `/api/v1/organizations?q=${org!.slug.split("-")[0]}`,
  ]) {
    bodies.push(await (await request.get(path)).text());
  }
  // And what the browser fetches while the map runs.
  page.on("response", async (response) => {
    if (response.url().includes("/api/")) bodies.push(await response.text().catch(() => ""));
  });
  await page.goto(`/en/map?lat=${org!.publicLat}&lng=${org!.publicLng}&z=17`);
  await expect(page.locator(".atlas-organization, .atlas-cluster").first()).toBeVisible();
  const all = bodies.join("\n") + (await page.content());
  expect(all).toContain(org!.slug);
  for (const form of forms) expect(all, `exact coordinate ${form}`).not.toContain(form);
});

test("works on a phone @phone", async ({ page }) => {
  await page.goto("/en/map");
  await waitForMap(page);
  const map = (await page.locator("#atlas-map").boundingBox())!;
  expect(map.width).toBeLessThanOrEqual(360);
  await page.getByLabel("Country").selectOption("PL");
  await expect(page).toHaveURL(/country=PL/);
  await expect(page.getByRole("heading", { name: "In view" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a profile's small map puts the pin in its middle, over the bundled outlines", async ({ page }) => {
  await page.goto("/en/communities/berezhanska-urban");
  // The small map starts when it comes near the screen (components/map/mini-map.tsx).
  await page.getByRole("link", { name: "Open on the big map" }).scrollIntoViewIfNeeded();
  const map = page.getByRole("region", { name: /^Map: / });
  await expect(map.locator(".leaflet-basemap-pane path").first()).toBeAttached();
  const pin = map.locator(".atlas-community");
  await expect(pin).toBeVisible();
  // The pin sits at the centre: a CSS rotation on the icon once turned its placement by 45°.
  await expect
    .poll(async () => {
      const [box, pinBox] = await Promise.all([map.boundingBox(), pin.boundingBox()]);
      if (!box || !pinBox) return Infinity;
      const dx = pinBox.x + pinBox.width / 2 - (box.x + box.width / 2);
      const dy = pinBox.y + pinBox.height / 2 - (box.y + box.height / 2);
      return Math.round(Math.hypot(dx, dy));
    })
    .toBeLessThan(12);
});
