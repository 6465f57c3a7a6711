import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import world from "world-atlas/countries-50m.json";
import { cities, citiesIn, countries, countryCenter, findCity, getCity, listCountries, oblastCenter, oblasts, placeKey } from "./places";

// ISO alpha-2 → the numeric code world-atlas uses as feature id.
const numeric: Record<string, string> = {
  AR: "032",
  AT: "040",
  AU: "036",
  BE: "056",
  BR: "076",
  CA: "124",
  CH: "756",
  CZ: "203",
  DE: "276",
  DK: "208",
  EE: "233",
  ES: "724",
  FI: "246",
  FR: "250",
  GB: "826",
  GE: "268",
  HU: "348",
  IE: "372",
  IT: "380",
  LT: "440",
  LV: "428",
  MD: "498",
  NL: "528",
  NO: "578",
  PL: "616",
  PT: "620",
  RO: "642",
  SE: "752",
  SK: "703",
  TR: "792",
  UA: "804",
  US: "840",
};

type Ring = number[][];
const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const shapes = new Map<string, Ring[][]>();
for (const f of feature(topology, topology.objects.countries).features) {
  const g = f.geometry;
  if (!g || f.id === undefined) continue;
  const polygons = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
  // Some territories share their country's id (Ashmore and Cartier Is. are "036" too): merge.
  shapes.set(String(f.id), [...(shapes.get(String(f.id)) ?? []), ...(polygons as Ring[][])]);
}

function inRing(ring: Ring, lng: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the 1:50m outline, or within ~0.1° of its coast (the outline cuts off harbours). */
function onLand(code: string, lat: number, lng: number): boolean {
  const polygons = shapes.get(numeric[code] ?? "") ?? [];
  for (const [outer, ...holes] of polygons) {
    if (outer && inRing(outer, lng, lat) && !holes.some((h) => inRing(h, lng, lat))) return true;
  }
  return polygons.some((p) => p.some((ring) => distanceToRing(ring, lng, lat) < 0.1));
}

function distanceToRing(ring: Ring, x: number, y: number): number {
  let best = Infinity;
  for (let i = 1; i < ring.length; i++) {
    const [ax, ay] = ring[i - 1] as [number, number];
    const [bx, by] = ring[i] as [number, number];
    const dx = bx - ax;
    const dy = by - ay;
    const t = dx || dy ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy))) : 0;
    best = Math.min(best, Math.hypot(ax + t * dx - x, ay + t * dy - y));
  }
  return best;
}

describe("gazetteer", () => {
  it("covers at least 15 countries and 80 cities, with unique ids", () => {
    expect(new Set(cities.map((c) => c.country)).size).toBeGreaterThanOrEqual(15);
    expect(cities.length).toBeGreaterThanOrEqual(80);
    expect(new Set(cities.map((c) => c.id)).size).toBe(cities.length);
  });

  it("knows every city's country, and every country has a world-atlas outline", () => {
    const codes = new Set(countries.map((c) => c.code));
    for (const city of cities) expect(codes.has(city.country), city.id).toBe(true);
    for (const country of countries) expect(shapes.has(numeric[country.code] ?? ""), country.code).toBe(true);
  });

  it("puts every city and every country reference point inside its country", () => {
    const misplaced = [
      ...cities.filter((c) => !onLand(c.country, c.lat, c.lng)).map((c) => c.id),
      ...countries.filter((c) => !onLand(c.code, c.center.lat, c.center.lng)).map((c) => c.code),
    ];
    expect(misplaced).toEqual([]);
  });

  it("stores coordinates with at most 5 decimals and valid time zones", () => {
    for (const city of cities) {
      expect(Math.round(city.lat * 1e5) / 1e5).toBe(city.lat);
      expect(Math.round(city.lng * 1e5) / 1e5).toBe(city.lng);
      expect(() => new Intl.DateTimeFormat("en", { timeZone: city.timeZone })).not.toThrow();
    }
  });

  it("finds cities by English, Ukrainian, native and older names", () => {
    expect(findCity("DE", "Berlin")?.uk).toBe("Берлін");
    expect(findCity("de", "München")?.en).toBe("Munich");
    expect(findCity("DE", "Мюнхен")?.en).toBe("Munich");
    expect(findCity("PL", "krakow")?.en).toBe("Kraków");
    expect(findCity("UA", "Kiev")?.uk).toBe("Київ");
    expect(findCity("UA", "Київ")?.en).toBe("Kyiv");
    expect(findCity("FR", "Berlin")).toBeUndefined();
    expect(findCity(null, "Berlin")).toBeUndefined();
    expect(getCity("de-berlin")?.en).toBe("Berlin");
    expect(citiesIn("CA").map((c) => c.en)).toContain("Winnipeg");
    expect(placeKey("  Kraków ")).toBe("krakow");
  });

  it("lists countries in both languages and gives their reference points", () => {
    const list = listCountries();
    expect(list.find((c) => c.code === "DE")?.name).toEqual({ uk: "Німеччина", en: "Germany" });
    expect(countryCenter("pl")).toEqual({ lat: 51.91944, lng: 19.14514 });
    expect(countryCenter("XX")).toBeUndefined();
  });

  it("places oblast centres on the same points as the hromada table", () => {
    const csv = readFileSync(path.join(__dirname, "../../prisma/data/hromadas.csv"), "utf8");
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    const codes = new Set(rows.map((r) => r.oblast_katottg));
    for (const code of codes) expect(oblastCenter(code), code).toBeDefined();
    expect(oblasts).toHaveLength(codes.size + 2); // + Kyiv and Sevastopol
    for (const oblast of oblasts) {
      const match = rows.find((r) => r.oblast_katottg === oblast.code && r.center_uk === oblast.center.uk && r.type === "urban");
      if (!match) continue; // Kyiv (oblast centre outside the oblast's hromadas), Sevastopol
      expect([Number(match.lat), Number(match.lon)], oblast.code).toEqual([oblast.center.lat, oblast.center.lng]);
    }
  });
});
