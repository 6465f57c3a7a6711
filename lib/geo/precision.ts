// The public point of a located listing (docs/decisions/0003-location-privacy.md). The exact
// point an owner enters never leaves the server; this function decides what may, once, at
// write time. Pure: the app, the seed and scripts all call it.
import { LocationPrecision } from "@/generated/prisma/enums";
import { countryCenter, findCity, type LatLng } from "./places";

/** Cell size for CITY precision when the city is not in the gazetteer: ~5.5 km north–south. */
export const CITY_GRID_DEGREES = 0.05;
/** Cell size for REGION precision when neither an oblast nor a known country is given: ~55 km. */
export const REGION_GRID_DEGREES = 0.5;

export interface PublicPointInput {
  lat: number;
  lng: number;
  precision: LocationPrecision;
  /** ISO 3166-1 alpha-2 */
  country?: string | null;
  city?: string | null;
  /** For listings in Ukraine: the oblast's reference point (lib/geo/places.ts `oblastCenter`). */
  oblastCenter?: LatLng | null;
}

export function round5(value: number): number {
  // Adding 0 turns -0 into 0, so a point on the equator or meridian serialises as "0".
  return Math.round(value * 1e5) / 1e5 + 0;
}

/**
 * The centre of the grid cell holding the point. Cells are aligned to 0°/0°, so the result
 * depends only on the cell, never on where inside it the point lies: nothing of the exact
 * position survives beyond "somewhere in this cell".
 */
export function snapToGrid(lat: number, lng: number, step: number): LatLng {
  const rows = Math.round(180 / step);
  const cols = Math.round(360 / step);
  // Latitude 90 would open a row above the pole; clamp it into the last one.
  const row = Math.min(Math.max(Math.floor((lat + 90) / step), 0), rows - 1);
  // Longitudes wrap: 180 and -180 are the same meridian.
  const col = ((Math.floor((lng + 180) / step) % cols) + cols) % cols;
  return { lat: round5(-90 + (row + 0.5) * step), lng: round5(-180 + (col + 0.5) * step) };
}

function assertFinitePoint(lat: number, lng: number): void {
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || lat < -90 || lat > 90 || lng < -180 || lng > 180) {
    throw new RangeError(`not a WGS84 point: ${lat}, ${lng}`);
  }
}

/**
 * What the public may see of a point, by the precision its owner chose:
 * - EXACT: the point, rounded to 5 decimals (about 1 m);
 * - CITY: the gazetteer's centre of `city` in `country`, else the centre of the 0.05° cell;
 * - REGION: `oblastCenter` when given (Ukraine), else the country's reference point, else the
 *   centre of the 0.5° cell.
 */
export function publicPoint(input: PublicPointInput): LatLng {
  const { lat, lng, precision } = input;
  assertFinitePoint(lat, lng);
  switch (precision) {
    case LocationPrecision.EXACT:
      return { lat: round5(lat), lng: round5(lng) };
    case LocationPrecision.CITY: {
      const city = findCity(input.country, input.city);
      if (city) return { lat: city.lat, lng: city.lng };
      return snapToGrid(lat, lng, CITY_GRID_DEGREES);
    }
    case LocationPrecision.REGION: {
      if (input.oblastCenter) return { lat: round5(input.oblastCenter.lat), lng: round5(input.oblastCenter.lng) };
      const center = countryCenter(input.country);
      if (center) return center;
      return snapToGrid(lat, lng, REGION_GRID_DEGREES);
    }
    default: {
      const unknown: never = precision;
      throw new RangeError(`unknown location precision: ${String(unknown)}`);
    }
  }
}
