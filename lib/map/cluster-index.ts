// Clusters of the public map points, in memory (docs/decisions/0008-map-clustering.md). Pure:
// the server cache (lib/map/index-cache.ts), the benchmark and the unit tests build indexes
// from arrays of points; nothing here reads the database.
import Supercluster from "supercluster";
import type { MapFilters } from "./filters";
import { MAP_MAX_ZOOM } from "./filters";
import { clusterPlace, mergeTallies, PlaceNames, tallyOf, type PlaceTallies } from "./cluster-place";
import { haversineKm } from "./haversine";
import type { BBox } from "./viewport";

/** One public listing on the map. Coordinates are the public point (publicLat/publicLng) only. */
export interface MapPoint {
  /** "o" organisation, "c" community */
  type: "o" | "c";
  slug: string;
  lat: number;
  lng: number;
  name: { uk: string; en: string };
  /** Organisation kind or community type (an enum code). */
  kind: string;
  /** "City, Country" or "Centre, Oblast" in both UI languages. */
  place: { uk: string; en: string };
  country: string | null;
  oblast: string | null;
  /** An organisation's sectors, a community's open-need sectors. */
  sectors: string[];
  languages: string[];
  /** Where it is, to name the clusters it falls in ("Berlin and around"); see cluster-place.ts. */
  area?: MapArea;
}

/** A place a listing is in: a key unique to the place, and its name in both UI languages. */
export interface AreaName {
  key: string;
  name: { uk: string; en: string };
}
/** The listing's city (a community's centre), region (a community's oblast) and country. */
export interface MapArea {
  city: AreaName | null;
  region: AreaName | null;
  country: AreaName | null;
}

/**
 * Cluster radius in pixels of a 512-pixel tile, i.e. 40 screen pixels on Leaflet's 256-pixel
 * tiles: a marker per ~40 px square at most, which bounds a viewport's features (and payload).
 * Supercluster's default (40, i.e. 20 screen px) gave 192 KB of GeoJSON at country zoom.
 */
export const CLUSTER_RADIUS = 80;
/**
 * Clusters are kept up to the map's last zoom: points at one public place (every CITY-precision
 * listing of a city shares its centre) stay one cluster there instead of hundreds of markers
 * on top of each other. Such a "stack" (expansion zoom past the last) opens a list instead.
 */
export const CLUSTER_MAX_ZOOM = MAP_MAX_ZOOM;

type Props = { i: number };
type ClusterProps = { o: number } & PlaceTallies;

export interface MapIndex {
  points: MapPoint[];
  clusters: Supercluster<Props, ClusterProps>;
  /** The names behind the ids in the clusters' place tallies. */
  places: PlaceNames;
}

export function matchesMapFilters(point: MapPoint, filters: MapFilters): boolean {
  if (filters.layer.length && !filters.layer.includes(point.type === "o" ? "organizations" : "communities")) return false;
  if (filters.kind.length && (point.type !== "o" || !filters.kind.includes(point.kind as never))) return false;
  if (filters.country.length && !filters.country.includes(point.country ?? "")) return false;
  if (filters.oblast.length && !filters.oblast.includes(point.oblast ?? "")) return false;
  if (filters.sector.length && !point.sectors.some((s) => (filters.sector as string[]).includes(s))) return false;
  if (filters.language.length && !point.languages.some((l) => filters.language.includes(l))) return false;
  return true;
}

export function buildMapIndex(all: MapPoint[], filters: MapFilters): MapIndex {
  const points = all.filter((point) => matchesMapFilters(point, filters));
  const places = new PlaceNames();
  const id = (area: AreaName | null | undefined) => places.id(area?.key ?? null, area?.name);
  const areas = points.map((point) => [id(point.area?.city), id(point.area?.region), id(point.area?.country)] as const);
  const clusters = new Supercluster<Props, ClusterProps>({
    radius: CLUSTER_RADIUS,
    maxZoom: CLUSTER_MAX_ZOOM,
    map: (props) => {
      const [city, region, country] = areas[props.i]!;
      return { o: points[props.i]!.type === "o" ? 1 : 0, c: tallyOf(city), r: tallyOf(region), y: tallyOf(country) };
    },
    // New tallies, never changed in place: supercluster's copies of cluster properties are shallow.
    reduce: (sum, props) => {
      sum.o += props.o;
      sum.c = mergeTallies(sum.c, props.c);
      sum.r = mergeTallies(sum.r, props.r);
      sum.y = mergeTallies(sum.y, props.y);
    },
  });
  clusters.load(
    points.map((point, i) => ({ type: "Feature", properties: { i }, geometry: { type: "Point", coordinates: [point.lng, point.lat] } })),
  );
  return { points, clusters, places };
}

/** Decimals a coordinate needs at a zoom: about a tenth of a screen pixel, never finer than 1 m. */
export function coordinateDecimals(zoom: number): number {
  return zoom <= 5 ? 3 : zoom <= 11 ? 4 : 5;
}
const rounder = (decimals: number) => {
  const factor = 10 ** decimals;
  return (value: number) => Math.round(value * factor) / factor + 0;
};

/** A point as the API sends it: short keys, one language, so a viewport stays small. */
export interface PointProperties {
  t: "o" | "c";
  /** slug */
  s: string;
  /** name */
  n: string;
  /** kind or community type */
  k: string;
  /** place */
  p: string;
  /** sectors */
  e: string[];
}
export interface ClusterPropertiesOut {
  /** listings in the cluster */
  n: number;
  /** of which organisations */
  o: number;
  /** zoom at which it splits; past CLUSTER_MAX_ZOOM it is a stack of one place */
  x: number;
  /** the place it is named by, in the request's language ("Berlin"); absent when none is known */
  m?: string;
  /** 1 when every listing of it is in that place ("Berlin", not "Berlin and around") */
  w?: 1;
}
export type MapFeature =
  | { type: "Feature"; id: number; geometry: { type: "Point"; coordinates: [number, number] }; properties: ClusterPropertiesOut }
  | { type: "Feature"; geometry: { type: "Point"; coordinates: [number, number] }; properties: PointProperties };

export interface MapFeatureCollection {
  type: "FeatureCollection";
  features: MapFeature[];
  /** GeoJSON foreign member: listings in view (clusters counted by their size). */
  meta: { zoom: number; total: number; organizations: number };
}

const pickName = (text: { uk: string; en: string }, locale: string) => (locale === "uk" ? text.uk || text.en : text.en || text.uk);

export function pointProperties(point: MapPoint, locale: string): PointProperties {
  return {
    t: point.type,
    s: point.slug,
    n: pickName(point.name, locale),
    k: point.kind,
    p: pickName(point.place, locale),
    e: point.sectors,
  };
}

function pointFeature(point: MapPoint, locale: string, round: (v: number) => number): MapFeature {
  return {
    type: "Feature",
    geometry: { type: "Point", coordinates: [round(point.lng), round(point.lat)] },
    properties: pointProperties(point, locale),
  };
}

export function viewportFeatures(index: MapIndex, bbox: BBox, zoom: number, locale: string): MapFeatureCollection {
  const round = rounder(coordinateDecimals(zoom));
  let total = 0;
  let organizations = 0;
  const features = index.clusters.getClusters(bbox, zoom).map((feature): MapFeature => {
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    const props = feature.properties;
    if ("cluster" in props && props.cluster) {
      total += props.point_count;
      organizations += props.o;
      const place = clusterPlace(props, props.point_count, index.places.name, locale);
      return {
        type: "Feature",
        id: props.cluster_id,
        geometry: { type: "Point", coordinates: [round(lng), round(lat)] },
        properties: {
          n: props.point_count,
          o: props.o,
          x: index.clusters.getClusterExpansionZoom(props.cluster_id),
          ...(place && { m: place.name, ...(place.all && { w: 1 as const }) }),
        },
      };
    }
    const point = index.points[(props as Props).i]!;
    total += 1;
    if (point.type === "o") organizations += 1;
    return pointFeature(point, locale, round);
  });
  return { type: "FeatureCollection", features, meta: { zoom, total, organizations } };
}

export const LEAVES_PAGE = 50;

/** The listings of a cluster, a page at a time (a stack's list); null for an unknown id. */
export function clusterLeaves(
  index: MapIndex,
  clusterId: number,
  offset: number,
  locale: string,
): { type: "FeatureCollection"; features: MapFeature[]; meta: { offset: number; more: boolean } } | null {
  let leaves;
  try {
    // One more than a page tells whether another page follows.
    leaves = index.clusters.getLeaves(clusterId, LEAVES_PAGE + 1, offset);
  } catch {
    return null; // supercluster throws for an id it does not know (e.g. after a rebuild)
  }
  const round = rounder(5);
  return {
    type: "FeatureCollection",
    features: leaves.slice(0, LEAVES_PAGE).map((leaf) => pointFeature(index.points[leaf.properties.i]!, locale, round)),
    meta: { offset, more: leaves.length > LEAVES_PAGE },
  };
}

export interface NearbyListing {
  properties: PointProperties;
  coordinates: [number, number];
  km: number;
}

/** The organisations closest to a point, by great-circle distance, over the filtered points. */
export function nearestOrganizations(index: MapIndex, lat: number, lng: number, limit: number, locale: string): NearbyListing[] {
  const best: { point: MapPoint; km: number }[] = [];
  for (const point of index.points) {
    if (point.type !== "o") continue;
    const km = haversineKm(lat, lng, point.lat, point.lng);
    if (best.length === limit && km >= best[limit - 1]!.km) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]!.km > km) at--;
    best.splice(at, 0, { point, km });
    if (best.length > limit) best.pop();
  }
  return best.map(({ point, km }) => ({
    properties: pointProperties(point, locale),
    coordinates: [point.lng, point.lat],
    km: Math.round(km * 10) / 10,
  }));
}
