// Builds the static basemap data in public/basemap/ (see public/basemap/README.md) from data the
// repository already has: Natural Earth 1:50m country outlines (the world-atlas package), the
// gazetteer (lib/geo/data) and the hromada centres (prisma/data/hromadas.csv). Run it again
// after either changes:  npx tsx lib/map/build-basemap-data.mts
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import type { GeometryCollection, Topology } from "topojson-specification";
import { cities } from "../geo/data/cities";
import { countries } from "../geo/data/countries";
import { oblasts } from "../geo/data/oblasts";
import { OUTLINE_REGION } from "./basemap-region";
import { PLACE_RANK, type PlaceRow } from "./place-labels";

const out = new URL("../../public/basemap/", import.meta.url);

// Outlines: Natural Earth 1:50m (world-atlas's TopoJSON, arcs and quantisation kept as they
// are) for the countries that reach into OUTLINE_REGION, where nearly all listings are (Europe,
// the Middle East, North Africa); elsewhere the map keeps the bundled 1:110m outlines. Only
// what draws is kept: each country's id (to swap it for the coarser one) and its arcs.
const topology = JSON.parse(
  readFileSync(new URL("../../node_modules/world-atlas/countries-50m.json", import.meta.url), "utf8"),
) as Topology<{
  countries: GeometryCollection;
}>;
const [west, south, east, north] = OUTLINE_REGION;
const { scale, translate } = topology.transform!;
const arcBoxes = topology.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [dx, dy] of arc) {
    const lng = (x += dx!) * scale[0] + translate[0];
    const lat = (y += dy!) * scale[1] + translate[1];
    box[0] = Math.min(box[0]!, lng);
    box[1] = Math.min(box[1]!, lat);
    box[2] = Math.max(box[2]!, lng);
    box[3] = Math.max(box[3]!, lat);
  }
  return box as [number, number, number, number];
});
const arcIndex = (i: number) => (i < 0 ? ~i : i);
type Shape = { type: string; id?: string | number; arcs?: number[][] | number[][][] };
const arcsOf = (g: Shape): number[] => (g.type === "Polygon" || g.type === "MultiPolygon" ? (g.arcs!.flat(2) as number[]) : []);
const kept = (topology.objects.countries.geometries as Shape[]).filter((g) =>
  arcsOf(g).some((i) => {
    const [w, s, e, n] = arcBoxes[arcIndex(i)]!;
    return e >= west && w <= east && n >= south && s <= north;
  }),
);
const newIndex = new Map<number, number>();
for (const g of kept) for (const i of arcsOf(g)) if (!newIndex.has(arcIndex(i))) newIndex.set(arcIndex(i), newIndex.size);
const reindex = (i: number) => (i < 0 ? ~newIndex.get(~i)! : newIndex.get(i)!);
const outlines = {
  type: "Topology",
  transform: topology.transform,
  objects: {
    countries: {
      type: "GeometryCollection",
      geometries: kept.map((g) => ({
        type: g.type,
        id: g.id,
        arcs:
          g.type === "Polygon"
            ? (g.arcs as number[][]).map((ring) => ring.map(reindex))
            : (g.arcs as number[][][]).map((polygon) => polygon.map((ring) => ring.map(reindex))),
      })),
    },
  },
  arcs: [...newIndex.keys()].map((i) => topology.arcs[i]),
};

// Places: [English, Ukrainian, lat, lng, rank], most important first (place-labels.ts keeps that
// order); coordinates at 3 decimals (~100 m).
const round = (value: number) => Math.round(value * 1000) / 1000;
const places: PlaceRow[] = [];
const seen = new Set<string>();
const add = (en: string, uk: string, lat: number, lng: number, rank: number) => {
  const key = `${Math.round(lat * 20)}|${Math.round(lng * 20)}|${en}`; // one label per place (~5 km)
  if (seen.has(key)) return;
  seen.add(key);
  places.push([en, uk, round(lat), round(lng), rank]);
};
for (const c of countries) add(c.en, c.uk, c.center.lat, c.center.lng, PLACE_RANK.country);
const capitals = new Set(countries.map((c) => `${c.code}|${c.capital.en}`));
for (const city of cities) if (capitals.has(`${city.country}|${city.en}`)) add(city.en, city.uk, city.lat, city.lng, PLACE_RANK.capital);
for (const city of cities) add(city.en, city.uk, city.lat, city.lng, PLACE_RANK.city);
for (const o of oblasts) add(o.center.en, o.center.uk, o.center.lat, o.center.lng, PLACE_RANK.city);

interface Hromada {
  type: string;
  center_uk: string;
  center_en: string;
  lat: string;
  lon: string;
  population: string;
}
const hromadas = (parse(readFileSync(new URL("../../prisma/data/hromadas.csv", import.meta.url)), { columns: true }) as Hromada[])
  .filter((h) => h.center_en && h.lat && h.lon)
  .sort((a, b) => (Number(b.population) || 0) - (Number(a.population) || 0));
for (const h of hromadas)
  add(h.center_en, h.center_uk, Number(h.lat), Number(h.lon), h.type === "urban" ? PLACE_RANK.town : PLACE_RANK.village);

for (const [name, data] of [
  ["outlines-50m.topo.json", outlines],
  ["places.json", { places }],
] as const) {
  const text = JSON.stringify(data);
  writeFileSync(new URL(name, out), text);
  console.log(name, text.length, "bytes,", gzipSync(text).length, "gzipped");
}
