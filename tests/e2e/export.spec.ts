// Journey 6 in the browser: a researcher filters the directory, follows "Download these
// results" to a CSV of every match (not one page), and the GeoJSON link answers with the same
// organisations as features.
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { expect, test } from "@playwright/test";

const header =
  "slug,url,name_uk,name_en,kind,country,city,sectors,languages,website,founded_year,verified,updated_at,latitude,longitude,is_demo";

test("a researcher downloads the filtered organisations as CSV and GeoJSON", async ({ page }) => {
  await page.goto("/en/organizations?country=DE");
  const heading = page.locator("#results-heading");
  await expect(heading).toHaveText(/^\d+ organisations?/);
  const total = Number((await heading.textContent())!.replace(/\D/g, ""));
  expect(total).toBeGreaterThan(0);

  const csvLink = page.getByRole("link", { name: "CSV", exact: true });
  await expect(csvLink).toHaveAttribute("href", /^\/api\/v1\/organizations\.csv\?.*country=DE/);
  const downloading = page.waitForEvent("download");
  await csvLink.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^organizations-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await download.path())!, "utf8");
  expect(text.split("\n")[0]).toBe(header);
  const rows = parse(text, { columns: true }) as Record<string, string>[];
  expect(rows.length).toBe(total); // every match, not the first page of 20
  for (const row of rows) expect(row.country).toBe("DE");
  expect(rows.map((row) => row.slug)).toContain("bridges-for-schools-berlin");

  const geojsonHref = await page.getByRole("link", { name: "GeoJSON", exact: true }).getAttribute("href");
  expect(geojsonHref).toMatch(/^\/api\/v1\/organizations\.geojson\?.*country=DE/);
  const response = await page.request.get(geojsonHref!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/geo+json");
  const body = (await response.json()) as {
    type: string;
    features: { geometry: { coordinates: number[] }; properties: { country: string } }[];
  };
  expect(body.type).toBe("FeatureCollection");
  expect(body.features.length).toBe(total);
  for (const feature of body.features) {
    expect(feature.properties.country).toBe("DE");
    expect(feature.geometry.coordinates).toHaveLength(2);
  }

  await expect(page.getByRole("link", { name: "JSON", exact: true })).toHaveAttribute("href", /^\/api\/v1\/organizations\?.*country=DE/);
});
