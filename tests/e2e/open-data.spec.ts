// Issue 20 in the browser: a researcher reaches the observatory from the navigation, and its
// charts, tables and CSV say what the API says; the API page, the OpenAPI document, the data
// dictionary, robots.txt and the sitemap answer; a moderator's import of a bad file imports nothing.
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signInAsDemo } from "./fixtures";

type StatsApi = { charts: { id: string; groups: { key: string; count: number | null }[] }[] };

test("the observatory's charts, tables and CSV agree with the API", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("link", { name: "Statistics" }).first().click();
  await expect(page).toHaveURL(/\/en\/stats$/);
  await expect(page.getByRole("heading", { level: 1, name: "Diaspora observatory" })).toBeVisible();
  // After a client-side navigation the page's metadata streams in after its body.
  await expect(page).toHaveTitle(/Diaspora observatory/);
  await expectNoAxeViolations(page);

  const api = (await (await page.request.get("/api/v1/stats")).json()) as StatsApi;
  const byCountry = api.charts.find((chart) => chart.id === "organizationsByCountry")!;
  expect(byCountry.groups.length).toBeGreaterThan(0);

  // The table under the chart: one row per group, the same counts as the API, in order.
  const figure = page.locator("figure", { has: page.getByText("Organisations by country", { exact: true }) });
  await figure.getByText("Show the numbers as a table").click();
  const rows = figure.locator("table tbody tr");
  await expect(rows).toHaveCount(byCountry.groups.length);
  for (const [index, group] of byCountry.groups.entries()) {
    const shown = (await rows.nth(index).locator("td").first().textContent())!;
    expect(shown === "fewer than 5" ? null : Number(shown.replace(/\D/g, "")), `row ${index + 1} (${group.key})`).toBe(group.count);
  }

  // The chart's CSV, downloaded by its link: the same groups and counts.
  const downloading = page.waitForEvent("download");
  await figure.getByRole("link", { name: "Download as CSV" }).click();
  const csv = parse(await readFile((await (await downloading).path())!, "utf8"), { columns: true }) as Record<string, string>[];
  expect(csv.map((row) => row.key)).toEqual(byCountry.groups.map((group) => group.key));
  for (const [index, group] of byCountry.groups.entries())
    expect(csv[index]?.count).toBe(group.count === null ? "fewer than 5" : String(group.count));

  // The largest country's bar opens the directory filtered to it, with that many results.
  const largest = byCountry.groups.find((group) => group.count !== null)!;
  // (a bar is a link; its drawn bar is what a pointer lands on)
  await figure.locator("svg a rect").first().click();
  await expect(page).toHaveURL(new RegExp(`/en/organizations\\?.*country=${largest.key}`));
  await expect(page.locator("#results-heading")).toHaveText(new RegExp(`^${largest.count} organisations?`));
});

test("the API page, OpenAPI document, data dictionary, robots.txt and sitemap answer", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("link", { name: "Open data API (JSON, OpenAPI)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Open data API" })).toBeVisible();
  await expectNoAxeViolations(page);
  const openapi = await page.request.get("/api/v1/openapi.json");
  expect(openapi.status()).toBe(200);
  expect(((await openapi.json()) as { openapi: string }).openapi).toMatch(/^3\.1/);

  await page.getByRole("link", { name: "data dictionary" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Data dictionary" })).toBeVisible();
  await expectNoAxeViolations(page);

  const robots = await page.request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const sitemapUrl = /Sitemap: (\S+)/.exec(await robots.text())?.[1] ?? "missing";
  const sitemap = await page.request.get(new URL(sitemapUrl).pathname);
  expect(sitemap.status()).toBe(200);
  expect(await sitemap.text()).toContain("/en/organizations/bridges-for-schools-berlin");
});

test("a moderator checks a file with bad rows: each row's error is shown and nothing is imported", async ({ page }) => {
  await signInAsDemo(page, /\(moderator\)/);
  await page.goto("/en/admin");
  await page.getByRole("link", { name: "Import organisations from a file" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import organisations" })).toBeVisible();
  const header =
    "slug,url,name_uk,name_en,kind,country,city,sectors,languages,website,founded_year,verified,updated_at,latitude,longitude,is_demo";
  const file = [
    header,
    `e2e-formula,,"=HYPERLINK(""https://example.org"")",Formula,DIASPORA_ASSOCIATION,DE,Berlin,EDUCATION,uk,,,false,,52.5,13.4,false`,
  ].join("\n");
  await page.getByLabel("File (CSV, JSON or GeoJSON)").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText(/Starts with =, \+, - or @/).first()).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import \d+ organisation/ })).toHaveCount(0);
  expect((await page.request.get("/api/v1/organizations/e2e-formula")).status()).toBe(404);
});
