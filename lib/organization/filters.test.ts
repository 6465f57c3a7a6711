import { describe, expect, it } from "vitest";
import { organizationFiltersToQuery, organizationFiltersToSearchParams, parseOrganizationFilters } from "./filters";

describe("parseOrganizationFilters", () => {
  it("keeps valid facets, drops the rest, and picks the sort from the words", () => {
    expect(
      parseOrganizationFilters({ country: "de,Germany", kind: "BUSINESS,NOPE", language: "UK,ukr", verified: "yes", page: "2" }),
    ).toEqual({
      q: "",
      country: ["DE"],
      city: [],
      kind: ["BUSINESS"],
      sector: [],
      language: ["uk"],
      verified: true,
      sort: "name",
      page: 2,
    });
    expect(parseOrganizationFilters({ q: "Berlin" }).sort).toBe("relevance");
    expect(parseOrganizationFilters({ q: "Berlin", sort: "updated" }).sort).toBe("updated");
  });

  it("keeps a text query with commas whole (it used to stop at the first comma)", () => {
    expect(parseOrganizationFilters(new URLSearchParams("q=Kyiv%2C+Lviv")).q).toBe("Kyiv, Lviv");
  });

  it("applies at most ten cities of at most 80 characters", () => {
    const cities = Array.from({ length: 30 }, (_, i) => `City ${i} ${"x".repeat(100)}`);
    const { city } = parseOrganizationFilters({ city: cities });
    expect(city).toHaveLength(10);
    expect(city.every((name) => name.length === 80)).toBe(true);
  });
});

describe("organizationFiltersToSearchParams", () => {
  it("writes the canonical query: defaults left out, lists repeated, the switch as 1", () => {
    const filters = parseOrganizationFilters(
      new URLSearchParams("page=3&verified=on&language=de&sector=HEATING,HOUSING&q=%20Berlin%20&sort=relevance&bogus=1"),
    );
    expect(organizationFiltersToSearchParams(filters).toString()).toBe(
      "q=Berlin&sector=HEATING&sector=HOUSING&language=de&verified=1&page=3",
    );
    expect(organizationFiltersToQuery(filters)).toEqual({
      q: ["Berlin"],
      sector: ["HEATING", "HOUSING"],
      language: ["de"],
      verified: ["1"],
    });
    expect(organizationFiltersToSearchParams({ ...filters, q: "", sort: "relevance" }).get("sort")).toBe("relevance");
  });
});
