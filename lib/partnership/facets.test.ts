import { describe, expect, it } from "vitest";
import { countPartnershipFacets, matchesPartnershipFilters, partnershipSectors, type PartnershipFacetRow } from "./facets";
import { parsePartnershipFilters } from "./filters";

const rows: PartnershipFacetRow[] = [
  { id: "a", form: "MEMORANDUM", status: "ACTIVE", country: ["DE"], oblast: ["UA61000000000060328"], sector: ["EDUCATION_YOUTH"] },
  { id: "b", form: "MEMORANDUM", status: "COMPLETED", country: ["PL"], oblast: ["UA61000000000060328"], sector: ["HEATING"] },
  { id: "c", form: "AGREEMENT", status: "ACTIVE", country: ["DE"], oblast: ["UA46000000000026241"], sector: ["HEATING", "HOUSING"] },
  // An organisation pair: two countries, no oblast.
  { id: "d", form: "JOINT_PROJECT", status: "ACTIVE", country: ["DE", "AT"], oblast: [], sector: ["ADVOCACY"] },
];
const ids = (filters: ReturnType<typeof parsePartnershipFilters>) =>
  rows.filter((row) => matchesPartnershipFilters(row, filters)).map((row) => row.id);

describe("matchesPartnershipFilters", () => {
  it("narrows across facets and widens within one", () => {
    expect(ids(parsePartnershipFilters({}))).toEqual(["a", "b", "c", "d"]);
    expect(ids(parsePartnershipFilters({ form: "MEMORANDUM" }))).toEqual(["a", "b"]);
    expect(ids(parsePartnershipFilters({ form: ["MEMORANDUM", "AGREEMENT"] }))).toEqual(["a", "b", "c"]);
    expect(ids(parsePartnershipFilters({ form: ["MEMORANDUM", "AGREEMENT"], sector: "HEATING" }))).toEqual(["b", "c"]);
    expect(ids(parsePartnershipFilters({ country: "AT" }))).toEqual(["d"]);
    expect(ids(parsePartnershipFilters({ oblast: "UA61000000000060328", status: "COMPLETED" }))).toEqual(["b"]);
  });
});

describe("countPartnershipFacets", () => {
  it("counts each facet under the other filters only (disjunctive)", () => {
    const counts = countPartnershipFacets(rows, parsePartnershipFilters({ form: "MEMORANDUM", country: "DE" }));
    // Forms counted without the form filter, but with country=DE: a, c, d.
    expect(counts.form).toEqual([
      { value: "AGREEMENT", count: 1 },
      { value: "JOINT_PROJECT", count: 1 },
      { value: "MEMORANDUM", count: 1 },
    ]);
    // Countries counted without the country filter, but with form=MEMORANDUM: a (DE), b (PL).
    expect(counts.country).toEqual([
      { value: "DE", count: 1 },
      { value: "PL", count: 1 },
    ]);
    // Other facets: under both filters, i.e. only "a".
    expect(counts.status).toEqual([{ value: "ACTIVE", count: 1 }]);
    expect(counts.sector).toEqual([{ value: "EDUCATION_YOUTH", count: 1 }]);
  });

  it("counts a partnership once per value, most first", () => {
    const counts = countPartnershipFacets(rows, parsePartnershipFilters({}));
    expect(counts.country).toEqual([
      { value: "DE", count: 3 },
      { value: "AT", count: 1 },
      { value: "PL", count: 1 },
    ]);
    expect(counts.sector[0]).toEqual({ value: "HEATING", count: 2 });
    expect(counts.oblast.reduce((sum, f) => sum + f.count, 0)).toBe(3);
  });
});

describe("partnershipSectors", () => {
  it("takes the needs' sectors, else the organisations'", () => {
    expect(partnershipSectors(["HEATING", "HEATING"], [["HEATING", "CULTURE_IDENTITY"]])).toEqual(["HEATING"]);
    expect(partnershipSectors([], [["ADVOCACY"], ["ADVOCACY", "HOUSING"]])).toEqual(["ADVOCACY", "HOUSING"]);
    expect(partnershipSectors([], [])).toEqual([]);
  });
});
