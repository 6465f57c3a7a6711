// Which place names the map writes on its own outlines (public/basemap/places.json), so a view
// without a tile server still says where it is at every zoom: countries when the whole of
// Europe is in view, capitals from the continent on, the gazetteer's cities and oblast centres
// at country zoom, hromada centres inside Ukraine as one zooms in. Pure: unit-tested, and run
// by the Leaflet layer on every move.
import type { BBox } from "./viewport";

export const PLACE_RANK = { country: 0, capital: 1, city: 2, town: 3, village: 4 } as const;
export type PlaceRank = (typeof PLACE_RANK)[keyof typeof PLACE_RANK];

/** [English, Ukrainian, lat, lng, rank]: the static file's row, most important first. */
export type PlaceRow = [en: string, uk: string, lat: number, lng: number, rank: number];

/** The zooms at which a rank is written: [from, below]. A country's name leaves once one is inside it. */
export const RANK_ZOOMS: Record<number, [number, number]> = {
  [PLACE_RANK.country]: [3, 6],
  [PLACE_RANK.capital]: [4, 99],
  [PLACE_RANK.city]: [6, 99],
  [PLACE_RANK.town]: [8, 99],
  [PLACE_RANK.village]: [10, 99],
};

/** At most this many labels in one view: enough to orient, few enough to read and to draw. */
export const MAX_LABELS = 120;

export interface PlaceLabel {
  name: string;
  lat: number;
  lng: number;
  rank: number;
}

const worldPixels = (zoom: number) => 256 * 2 ** zoom;
const pixelX = (lng: number, zoom: number) => ((lng + 180) / 360) * worldPixels(zoom);
function pixelY(lat: number, zoom: number): number {
  const sin = Math.sin((Math.max(Math.min(lat, 85), -85) * Math.PI) / 180);
  return (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * worldPixels(zoom);
}

function inBox(lat: number, lng: number, [west, south, east, north]: BBox): boolean {
  if (lat < south || lat > north) return false;
  return west <= east ? lng >= west && lng <= east : lng >= west || lng <= east; // across the antimeridian
}

/**
 * The labels to write in `bbox` at `zoom`, in `locale`: ranks shown at that zoom, in the file's
 * order of importance, skipping any whose text box would overlap one already placed (a rough
 * box: 7 px a letter, the label written to the right of its point).
 */
export function selectPlaceLabels(places: readonly PlaceRow[], bbox: BBox, zoom: number, locale: string): PlaceLabel[] {
  const z = Math.round(zoom);
  const boxes: [number, number, number, number][] = [];
  const chosen: PlaceLabel[] = [];
  for (const [en, uk, lat, lng, rank] of places) {
    const zooms = RANK_ZOOMS[rank];
    if (!zooms || z < zooms[0] || z >= zooms[1] || !inBox(lat, lng, bbox)) continue;
    const name = locale === "uk" ? uk || en : en || uk;
    const x = pixelX(lng, z);
    const y = pixelY(lat, z);
    const box: [number, number, number, number] = [x - 4, y - 10, x + 12 + name.length * 7, y + 10];
    if (boxes.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])) continue;
    boxes.push(box);
    chosen.push({ name, lat, lng, rank });
    if (chosen.length === MAX_LABELS) break;
  }
  return chosen;
}
