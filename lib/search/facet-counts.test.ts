import { describe, expect, it } from "vitest";
import { ALL, fromStoredCounts, type StoredCount } from "./facet-counts";

// Three listings: DE/verified/[A], DE/[A,B], PL/verified/[B].
const listings = [
  { country: "DE", verified: "true", sector: ["A"] },
  { country: "DE", verified: "false", sector: ["A", "B"] },
  { country: "PL", verified: "true", sector: ["B"] },
];
const entries = (l: (typeof listings)[number]) => [
  [ALL, ""],
  ["country", l.country],
  ["verified", l.verified],
  ...l.sector.map((s) => ["sector", s]),
];
// The pairs facetCountDelta stores, built here by hand.
const stored: StoredCount[] = [];
for (const l of listings)
  for (const [filterFacet, filterValue] of entries(l))
    for (const [facet, value] of entries(l)) {
      const row = stored.find(
        (r) => r.filterFacet === filterFacet && r.filterValue === filterValue && r.facet === facet && r.value === value,
      );
      if (row) row.n++;
      else stored.push({ filterFacet: filterFacet!, filterValue: filterValue!, facet: facet!, value: value!, n: 1 });
    }
const facets = [{ name: "country" }, { name: "verified" }, { name: "sector" }];
const counts = (rows: ReturnType<typeof fromStoredCounts>, facet: string) =>
  Object.fromEntries(rows.filter((r) => r.facet === facet).map((r) => [r.value, r.n]));

describe("fromStoredCounts", () => {
  it("gives every facet and the total without filters", () => {
    const rows = fromStoredCounts(stored, { filter: null, facets });
    expect(counts(rows, "_total")).toEqual({ null: 3 });
    expect(counts(rows, "sector")).toEqual({ A: 2, B: 2 });
  });

  it("counts disjunctively under one filter: its own facet as without it, the others under it", () => {
    const rows = fromStoredCounts(stored, { filter: { facet: "country", values: ["DE"] }, facets });
    expect(counts(rows, "_total")).toEqual({ null: 2 });
    expect(counts(rows, "country")).toEqual({ DE: 2, PL: 1 });
    expect(counts(rows, "sector")).toEqual({ A: 2, B: 1 });
    expect(counts(rows, "verified")).toEqual({ true: 1, false: 1 });
  });

  it("adds the values of a one-value-a-listing facet, and keeps a facet's limit", () => {
    const rows = fromStoredCounts(stored, { filter: { facet: "country", values: ["DE", "PL"] }, facets: [{ name: "sector", limit: 1 }] });
    expect(counts(rows, "_total")).toEqual({ null: 3 });
    expect(rows.filter((r) => r.facet === "sector")).toHaveLength(1);
  });
});
