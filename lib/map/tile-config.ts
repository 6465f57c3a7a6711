// The raster tile layer, from configuration: NEXT_PUBLIC_MAP_TILE_URL (a Leaflet URL template;
// "none" for no tiles, only the bundled outlines) and NEXT_PUBLIC_MAP_TILE_ATTRIBUTION (HTML).
// OpenStreetMap's standard tiles by default; heavy use should point at one's own tile server
// (https://operations.osmfoundation.org/policies/tiles/).
const OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

export function tileLayerConfig(): { url: string; attribution: string } | null {
  // Written out in full: Next.js inlines NEXT_PUBLIC_ variables only where they appear literally.
  const url = process.env.NEXT_PUBLIC_MAP_TILE_URL?.trim() || OSM_URL;
  if (url === "none") return null;
  const attribution = process.env.NEXT_PUBLIC_MAP_TILE_ATTRIBUTION?.trim() || (url === OSM_URL ? OSM_ATTRIBUTION : "");
  return { url, attribution };
}
