// Country outlines with Ukraine's internationally recognised borders. Natural Earth's "de facto"
// countries, which world-atlas ships and our bundled outlines come from, draw Crimea inside Russia.
// This atlas shows Crimea as part of Ukraine (UN General Assembly resolution 68/262), as every
// Ukrainian source does. The fix moves the polygon holding Simferopol from Russia's geometry into
// Ukraine's. The two are merged at the arc level, so no border is drawn across the Perekop isthmus.
// Client-safe and pure: the maps call it when they load the outlines (components/map/basemap.ts).
import type { FeatureCollection } from "geojson";
import { feature, mergeArcs } from "topojson-client";
import type { GeometryCollection, GeometryObject, MultiPolygon, Polygon, Topology } from "topojson-specification";

export type Countries = Topology<{ countries: GeometryCollection }>;

const UKRAINE = "804";
const RUSSIA = "643";
/** Simferopol, in the middle of the peninsula: the polygon around it is Crimea. */
export const SIMFEROPOL: [lng: number, lat: number] = [34.1, 44.95];

/** Whether a point lies inside a ring (ray casting; the rings here are small and simple). */
export function insideRing([x, y]: [number, number], ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

/** The countries as GeoJSON, Crimea drawn as part of Ukraine. */
export function countriesWithRecognisedBorders(topology: Countries): FeatureCollection {
  const geometries = topology.objects.countries.geometries;
  const russia = geometries.find((g) => String(g.id) === RUSSIA);
  const ukraine = geometries.find((g) => String(g.id) === UKRAINE);
  if (russia?.type !== "MultiPolygon" || !ukraine || (ukraine.type !== "Polygon" && ukraine.type !== "MultiPolygon")) {
    return feature(topology, topology.objects.countries) as FeatureCollection;
  }
  // feature() keeps the polygons in the order of the arcs: index k is the same polygon in both.
  const polygons = (feature(topology, russia) as GeoJSON.Feature<GeoJSON.MultiPolygon>).geometry.coordinates;
  const k = polygons.findIndex((polygon) => insideRing(SIMFEROPOL, polygon[0]!));
  if (k < 0) return feature(topology, topology.objects.countries) as FeatureCollection;
  const crimea: Polygon = { type: "Polygon", arcs: russia.arcs[k]! };
  const whole: MultiPolygon = {
    ...mergeArcs(topology, [ukraine as Polygon | MultiPolygon, crimea]),
    id: ukraine.id,
    properties: ukraine.properties,
  };
  const rest: MultiPolygon = { ...russia, arcs: russia.arcs.filter((_, i) => i !== k) };
  const replaced: GeometryObject[] = geometries.map((g) => (g === ukraine ? whole : g === russia ? rest : g));
  return feature(topology, { type: "GeometryCollection", geometries: replaced }) as FeatureCollection;
}
