import { readFileSync } from "node:fs";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { countriesWithRecognisedBorders, insideRing, SIMFEROPOL, type Countries } from "./recognised-borders";

const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Countries;

const holds = (country: Feature | undefined, point: [number, number]) => {
  const geometry = country?.geometry as Polygon | MultiPolygon | undefined;
  if (!geometry) return false;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((polygon) => insideRing(point, polygon[0]!));
};
const country = (collection: FeatureCollection, id: string) => collection.features.find((f) => String(f.id) === id);
const SEVASTOPOL: [number, number] = [33.52, 44.6];
const KYIV: [number, number] = [30.52, 50.45];
const MOSCOW: [number, number] = [37.62, 55.75];

describe.each([
  ["the bundled 1:110m outlines", "node_modules/world-atlas/countries-110m.json"],
  ["the 1:50m outlines in public/basemap", "public/basemap/outlines-50m.topo.json"],
])("%s", (_, path) => {
  const topology = read(path);
  const countries = countriesWithRecognisedBorders(topology);

  it("draw Crimea inside Ukraine, not Russia (the source data does the opposite)", () => {
    for (const point of [SIMFEROPOL, SEVASTOPOL]) {
      expect(holds(country(countries, "804"), point)).toBe(true);
      expect(holds(country(countries, "643"), point)).toBe(false);
    }
  });

  it("keep the rest of both countries, and every other country", () => {
    expect(holds(country(countries, "804"), KYIV)).toBe(true);
    expect(holds(country(countries, "643"), MOSCOW)).toBe(true);
    expect(countries.features).toHaveLength(topology.objects.countries.geometries.length);
  });
});
