import { describe, expect, it } from "vitest";
import { DEFAULT_MAP_VIEW, mapFiltersKey, mapSearchParams, parseMapFilters, parseMapLines, parseMapView } from "./filters";

describe("parseMapFilters", () => {
  it("reads the directory's facets, sorted, and both layers as no layer filter", () => {
    const filters = parseMapFilters(
      new URLSearchParams(
        "layer=communities,organizations&kind=NETWORK,BUSINESS&country=pl,DE&language=de&oblast=UA61000000000060328&sector=NOPE",
      ),
    );
    expect(filters).toEqual({
      layer: [],
      kind: ["BUSINESS", "NETWORK"],
      sector: [],
      country: ["DE", "PL"],
      language: ["de"],
      oblast: ["UA61000000000060328"],
    });
    expect(mapFiltersKey(filters)).toBe(
      mapFiltersKey(
        parseMapFilters({ country: ["DE", "PL"], kind: ["BUSINESS", "NETWORK"], language: "de", oblast: "UA61000000000060328" }),
      ),
    );
  });
});

describe("the map's view", () => {
  it("reads plain decimals in range, rounds the zoom, and falls back to the default view", () => {
    expect(parseMapView({ lat: "50.45", lng: "30.52", z: "7.6" })).toEqual({ lat: 50.45, lng: 30.52, zoom: 8 });
    expect(parseMapView({ lat: "1e1", lng: "30", z: "40" })).toEqual(DEFAULT_MAP_VIEW);
    expect(parseMapView({ lat: ["50", "10"], lng: "30" })).toEqual({ lat: 50, lng: 30, zoom: DEFAULT_MAP_VIEW.zoom });
    expect(parseMapLines({ lines: "1" })).toBe(true);
    expect(parseMapLines({})).toBe(false);
  });

  it("writes filters, then lines, then the view at four decimals", () => {
    const filters = parseMapFilters({ layer: "organizations", sector: "HEATING" });
    expect(mapSearchParams(filters, { lat: 50.450123, lng: 30.523456, zoom: 9 }, { lines: true }).toString()).toBe(
      "layer=organizations&sector=HEATING&lines=1&lat=50.4501&lng=30.5235&z=9",
    );
    expect(mapSearchParams(parseMapFilters({})).toString()).toBe("");
  });
});
