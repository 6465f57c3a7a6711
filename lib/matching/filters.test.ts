import { describe, expect, it } from "vitest";
import { matchFiltersToQuery, parseMatchFilters } from "./filters";

describe("parseMatchFilters", () => {
  it("keeps known values, drops the rest", () => {
    expect(
      parseMatchFilters({ sector: ["SPECIAL_VEHICLES", "NOPE"], kind: "CIVIL_SOCIETY,X", country: "de", language: "UK", verified: "1" }),
    ).toEqual({
      sector: ["SPECIAL_VEHICLES"],
      kind: ["CIVIL_SOCIETY"],
      country: ["DE"],
      language: ["uk"],
      verified: true,
      page: 1,
    });
  });
  it("gives empty filters for nothing or nonsense", () => {
    expect(parseMatchFilters({ country: "<script>", verified: "maybe" })).toEqual({
      sector: [],
      kind: [],
      country: [],
      language: [],
      verified: false,
      page: 1,
    });
  });
  it("reads the page and leaves it out of the paging query", () => {
    const filters = parseMatchFilters({ sector: "HEATING", page: "3" });
    expect(filters.page).toBe(3);
    expect(matchFiltersToQuery(filters)).toEqual({ sector: ["HEATING"] });
  });
  it("follows the shared rules: yes is on, languages have two letters, lists read 40 items", () => {
    expect(parseMatchFilters({ verified: "yes", language: "de,deu" })).toMatchObject({ verified: true, language: ["de"] });
    const countries = Array.from({ length: 45 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)));
    expect(parseMatchFilters({ country: countries }).country).toHaveLength(40);
  });
});
