// The viewport of a map request, parsed forgivingly like the directory's filters: a hand-edited
// or hostile bbox gives a bounded answer, never an error or an unbounded payload.
import { MAP_MAX_ZOOM } from "./filters";

export type BBox = [west: number, south: number, east: number, north: number];

/** The widest viewport answered, in screen pixels at the requested zoom (a 4K screen). */
export const MAX_VIEWPORT_PIXELS = { width: 4096, height: 2560 };
const MAX_LAT = 85.0511; // Web Mercator's limit

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);
const wrapLng = (lng: number) => ((((lng + 180) % 360) + 360) % 360) - 180;

/** Web Mercator y of a latitude in world pixels at `zoom` (256-pixel tiles). */
function mercatorY(lat: number, zoom: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  return (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 256 * 2 ** zoom;
}
function latitudeOf(y: number, zoom: number): number {
  const n = Math.PI - (2 * Math.PI * y) / (256 * 2 ** zoom);
  return (180 / Math.PI) * Math.atan(Math.sinh(n));
}

export function parseZoom(value: string | null | undefined): number {
  const zoom = Number.parseInt(value ?? "", 10);
  return Number.isFinite(zoom) ? clamp(zoom, 0, MAP_MAX_ZOOM) : 4;
}

/**
 * `w,s,e,n` in degrees. Longitudes may run past ±180 (a map panned across the antimeridian)
 * and are wrapped; a viewport wider or taller than MAX_VIEWPORT_PIXELS at `zoom` is cut down
 * around its centre, so the number of clusters in an answer stays bounded whatever is asked.
 */
export function parseBbox(value: string | null | undefined, zoom: number): BBox | null {
  const parts = (value ?? "").split(",").map((part) => Number(part.trim()));
  if (parts.length !== 4 || parts.some((part) => !Number.isFinite(part))) return null;
  let [west, south, east, north] = parts as BBox;
  if (south > north) [south, north] = [north, south];
  south = clamp(south, -MAX_LAT, MAX_LAT);
  north = clamp(north, -MAX_LAT, MAX_LAT);
  if (east < west) east += 360;
  const worldPixels = 256 * 2 ** zoom;
  const maxLngSpan = (MAX_VIEWPORT_PIXELS.width / worldPixels) * 360;
  if (east - west > maxLngSpan) {
    const middle = (west + east) / 2;
    west = middle - maxLngSpan / 2;
    east = middle + maxLngSpan / 2;
  }
  const top = mercatorY(north, zoom);
  const bottom = mercatorY(south, zoom);
  if (bottom - top > MAX_VIEWPORT_PIXELS.height) {
    const middle = (top + bottom) / 2;
    north = latitudeOf(middle - MAX_VIEWPORT_PIXELS.height / 2, zoom);
    south = latitudeOf(middle + MAX_VIEWPORT_PIXELS.height / 2, zoom);
  }
  if (east - west >= 360) return [-180, south, 180, north];
  // supercluster reads west > east as a box across the antimeridian.
  return [wrapLng(west), south, wrapLng(east) === -180 && east > west ? 180 : wrapLng(east), north];
}

/** `lat,lng` of the "near me" request, or null. */
export function parsePoint(value: string | null | undefined): { lat: number; lng: number } | null {
  const parts = (value ?? "").split(",").map((part) => Number(part.trim()));
  if (parts.length !== 2 || parts.some((part) => !Number.isFinite(part))) return null;
  const [lat, lng] = parts as [number, number];
  if (lat < -90 || lat > 90 || lng < -180 || lng > 180) return null;
  return { lat, lng };
}

/** The bbox of a `width`×`height` pixel viewport centred on a point at `zoom` (Web Mercator). */
export function viewportAround(lat: number, lng: number, zoom: number, width: number, height: number): BBox {
  const world = 256 * 2 ** zoom;
  const x = ((lng + 180) / 360) * world;
  const y = mercatorY(lat, zoom);
  return [
    ((x - width / 2) / world) * 360 - 180,
    latitudeOf(y + height / 2, zoom),
    ((x + width / 2) / world) * 360 - 180,
    latitudeOf(y - height / 2, zoom),
  ];
}
