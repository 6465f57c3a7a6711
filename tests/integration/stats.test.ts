// The observatory on real PostgreSQL with the seeded data: the page's reads and the API's JSON
// and CSV say the same numbers; only public rows count; groups of fewer than 5 are never shown
// as their number.
import { parse } from "csv-parse/sync";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import * as statsJson from "@/app/api/v1/stats/route";
import * as statsCsv from "@/app/api/v1/stats/[file]/route";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/internal-headers";
import { publicOrganizationWhere } from "@/lib/listing/public-where";
import { SUPPRESSED_CELL } from "@/lib/stats/charts";
import { getObservatory, getObservatoryCounts } from "@/lib/stats/queries";
import { organizationRow, organizationsByVisibility } from "./support/factories";
import { fileDatabase } from "./support/file-database";

const { prisma } = fileDatabase({ demo: true, searchIndex: false });

// Iceland: no demo organisation is there, so the group is this file's alone.
const COUNTRY = "IS";
const icelandic = { country: COUNTRY, city: "Reykjavík" };
const publishedIcelandic = (slug: string) => organizationRow({ slug, name: { uk: slug, en: slug }, publishedAt: new Date(), ...icelandic });

beforeAll(async () => {
  expect((await getObservatoryCounts()).organizationsByCountry.find((group) => group.key === COUNTRY)).toBeUndefined();
  // Three public, and two that must not count: pending and hidden.
  const data = [...organizationsByVisibility("stats-is", icelandic), publishedIcelandic("stats-is-2"), publishedIcelandic("stats-is-3")];
  await prisma.organization.createMany({ data });
});

let caller = 0;
const request = (path: string) =>
  new NextRequest(`http://atlas.test${path}`, { headers: { [SOCKET_ADDRESS_HEADER]: `203.0.113.${++caller}` } });
const csvOf = async (file: string) => {
  const response = await statsCsv.GET(request(`/api/v1/stats/${file}`), { params: Promise.resolve({ file }) });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  return parse(await response.text(), { columns: true }) as Record<string, string>[];
};

type JsonChart = { id: string; groups: { key: string; count: number | null; suppressed: boolean }[] };

describe("the observatory", () => {
  it("counts public rows only, and suppresses a group of fewer than 5 everywhere", async () => {
    const raw = await getObservatoryCounts();
    expect(raw.organizationsByCountry.find((group) => group.key === COUNTRY)?.count).toBe(3);
    const total = raw.organizationsByCountry.reduce((sum, group) => sum + group.count, 0);
    expect(total).toBe(await prisma.organization.count({ where: publicOrganizationWhere }));

    const page = await getObservatory();
    const row = page.charts.find((chart) => chart.id === "organizationsByCountry")?.rows.find((r) => r.key === COUNTRY);
    expect(row).toMatchObject({ count: null, href: "/organizations?country=IS" });

    const json = (await (await statsJson.GET(request("/api/v1/stats"))).json()) as { charts: JsonChart[] };
    const group = json.charts.find((chart) => chart.id === "organizationsByCountry")?.groups.find((g) => g.key === COUNTRY);
    expect(group).toEqual({ key: COUNTRY, count: null, suppressed: true });

    const csv = await csvOf("organizationsByCountry.csv");
    expect(csv.find((r) => r.key === COUNTRY)).toEqual({
      chart: "organizationsByCountry",
      key: COUNTRY,
      count: SUPPRESSED_CELL,
      cost_eur: "",
    });
    // The same rule in every chart: no number below 5 is ever served.
    for (const chart of json.charts) for (const g of chart.groups) if (g.count !== null) expect(g.count).toBeGreaterThanOrEqual(5);
  });

  it("shows the group's number once it reaches 5", async () => {
    await prisma.organization.createMany({ data: [publishedIcelandic("stats-is-4"), publishedIcelandic("stats-is-5")] });
    const json = (await (await statsJson.GET(request("/api/v1/stats"))).json()) as { charts: JsonChart[] };
    const group = json.charts.find((chart) => chart.id === "organizationsByCountry")?.groups.find((g) => g.key === COUNTRY);
    expect(group).toEqual({ key: COUNTRY, count: 5, suppressed: false });
  });

  it("gives the page, the JSON and the CSV the same numbers, chart by chart", async () => {
    const page = await getObservatory();
    const json = (await (await statsJson.GET(request("/api/v1/stats"))).json()) as { charts: JsonChart[]; openNeeds: unknown };
    const csv = await csvOf("all.csv");
    expect(json.openNeeds).toEqual(page.openNeeds);
    expect(json.charts.map((chart) => chart.id)).toEqual(page.charts.map((chart) => chart.id));
    for (const chart of page.charts) {
      const fromPage = chart.rows.map((row) => [row.key, row.count]);
      expect(json.charts.find((c) => c.id === chart.id)?.groups.map((g) => [g.key, g.count])).toEqual(fromPage);
      const fromCsv = csv.filter((r) => r.chart === chart.id).map((r) => [r.key, r.count === SUPPRESSED_CELL ? null : Number(r.count)]);
      expect(fromCsv).toEqual(fromPage);
    }
    // The seeded demo has enough to chart: organisations in several countries and open needs.
    expect(
      page.charts.find((chart) => chart.id === "organizationsByCountry")?.rows.filter((row) => row.count !== null).length,
    ).toBeGreaterThan(1);
    expect(page.openNeeds.count).toBeGreaterThan(0);
  });

  it("answers 404 for a chart it does not have", async () => {
    const response = await statsCsv.GET(request("/api/v1/stats/nothing.csv"), { params: Promise.resolve({ file: "nothing.csv" }) });
    expect(response.status).toBe(404);
  });
});
