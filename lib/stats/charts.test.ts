import { describe, expect, it } from "vitest";
import { chartIds, foundingPeriod, splitCityKey, statsCsvRecords, SUPPRESSED_CELL, toObservatory, type ObservatoryCounts } from "./charts";

const empty = Object.fromEntries(chartIds.map((id) => [id, []])) as unknown as ObservatoryCounts;
const chart = (counts: Partial<ObservatoryCounts>, id: keyof ObservatoryCounts) =>
  toObservatory({ ...empty, ...counts }).charts.find((c) => c.id === id);
/** The rows of one chart given its groups as [key, count] pairs. */
const rowsOf = (id: keyof ObservatoryCounts, groups: [string, number][]) =>
  chart({ [id]: groups.map(([key, count]) => ({ key, count })) }, id)?.rows ?? [];

describe("toObservatory", () => {
  it("shows 5 and more, and fewer than 5 as null, its cost with it", () => {
    const needs = chart(
      {
        openNeedsBySector: [
          { key: "ENERGY", count: 4, costEur: 1000 },
          { key: "WATER_SANITATION", count: 5, costEur: 250_000 },
        ],
      },
      "openNeedsBySector",
    );
    expect(needs?.rows).toEqual([
      { key: "WATER_SANITATION", count: 5, costEur: 250_000, href: "/needs?sector=WATER_SANITATION" },
      { key: "ENERGY", count: null, costEur: null, href: "/needs?sector=ENERGY" },
    ]);
    expect(statsCsvRecords(needs ? [needs] : [])[1]).toEqual({
      chart: "openNeedsBySector",
      key: "ENERGY",
      count: SUPPRESSED_CELL,
      cost_eur: null,
    });
  });

  it("suppresses the open needs' total too when it is under 5", () => {
    expect(toObservatory({ ...empty, openNeedsBySector: [{ key: "ENERGY", count: 3, costEur: 9 }] }).openNeeds).toEqual({
      count: null,
      costEur: null,
    });
    expect(
      toObservatory({
        ...empty,
        openNeedsBySector: [
          { key: "ENERGY", count: 3, costEur: 9 },
          { key: "HEALTH", count: 2, costEur: 1 },
        ],
      }).openNeeds,
    ).toEqual({ count: 5, costEur: 10 });
  });

  it("orders months and founding periods in time, the rest largest first", () => {
    const months = rowsOf("organizationsPublishedByMonth", [
      ["2026-03", 9],
      ["2025-12", 6],
    ]);
    expect(months.map((row) => row.key)).toEqual(["2025-12", "2026-03"]);
    expect(months[0]?.href).toBeNull(); // the directory has no date filter
    const periods = rowsOf("organizationsByFounding", [
      ["unknown", 9],
      ["after2022", 7],
      ["before2022", 6],
    ]);
    expect(periods.map((row) => row.key)).toEqual(["before2022", "after2022", "unknown"]);
    const kinds = rowsOf("organizationsByKind", [
      ["MEDIA", 6],
      ["BUSINESS", 8],
    ]);
    expect(kinds.map((row) => row.key)).toEqual(["BUSINESS", "MEDIA"]);
  });

  it("links each bar to the directory filtered by the noun's own serializer", () => {
    expect(rowsOf("organizationsByCity", [["DE:Frankfurt am Main", 5]])[0]?.href).toBe("/organizations?country=DE&city=Frankfurt+am+Main");
    expect(rowsOf("partnershipsByCountryPair", [["PL-UA", 5]])[0]?.href).toBe("/partnerships?country=PL");
    expect(rowsOf("communitiesByOblast", [["UA46000000000026241", 73]])[0]?.href).toBe("/communities?oblast=UA46000000000026241");
  });
});

describe("foundingPeriod", () => {
  it("puts 2022 apart: only the year is known, the invasion began on 24 February", () => {
    expect([2021, 2022, 2023, null].map(foundingPeriod)).toEqual(["before2022", "in2022", "after2022", "unknown"]);
  });
});

describe("splitCityKey", () => {
  it("splits at the first colon only", () => {
    expect(splitCityKey("US:Washington: D.C.")).toEqual(["US", "Washington: D.C."]);
  });
});
