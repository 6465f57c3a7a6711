// Look-ups in the gazetteer (lib/geo/data). Pure and synchronous: imported by the app, the
// seed and scripts alike, so no `server-only` and no database.
import { cities, type CityRecord } from "./data/cities";
import { countries, type CountryRecord } from "./data/countries";
import { oblasts, type OblastRecord } from "./data/oblasts";
import { placeKey, type LatLng } from "./place-key";

export type { CityRecord, CountryRecord, LatLng, OblastRecord };
export { cities, countries, oblasts, placeKey };

const countryByCode = new Map(countries.map((c) => [c.code, c]));
const oblastByCode = new Map(oblasts.map((o) => [o.code, o]));
const cityById = new Map(cities.map((c) => [c.id, c]));

// "<country>|<key>" for every spelling of every city. Cyrillic keys keep their letters
// (placeKey only drops combining marks), so "Київ" and "Kyiv" are both found.
const cityByKey = new Map<string, CityRecord>();
for (const city of cities) {
  for (const name of [city.en, city.uk, ...(city.aliases ?? [])]) {
    const key = `${city.country}|${placeKey(name)}`;
    if (!cityByKey.has(key)) cityByKey.set(key, city);
  }
}

/** A city by country code and any of its names (English, Ukrainian, native, older). */
export function findCity(country: string | null | undefined, name: string | null | undefined): CityRecord | undefined {
  if (!country || !name) return undefined;
  return cityByKey.get(`${country.toUpperCase()}|${placeKey(name)}`);
}

/** A city by its gazetteer id, e.g. "de-berlin". */
export function getCity(id: string): CityRecord | undefined {
  return cityById.get(id);
}

export function citiesIn(country: string): CityRecord[] {
  const code = country.toUpperCase();
  return cities.filter((c) => c.country === code);
}

export function getCountry(code: string | null | undefined): CountryRecord | undefined {
  return code ? countryByCode.get(code.toUpperCase()) : undefined;
}

/** The country's reference point (a point inside it, near its middle), or undefined. */
export function countryCenter(code: string | null | undefined): LatLng | undefined {
  const country = getCountry(code);
  return country ? { lat: country.center.lat, lng: country.center.lng } : undefined;
}

/** Countries with their names in both UI languages, sorted by English name. */
export function listCountries(): { code: string; name: { uk: string; en: string } }[] {
  return [...countries].sort((a, b) => a.en.localeCompare(b.en, "en")).map((c) => ({ code: c.code, name: { uk: c.uk, en: c.en } }));
}

export function getOblast(code: string | null | undefined): OblastRecord | undefined {
  return code ? oblastByCode.get(code) : undefined;
}

/** The reference point of an oblast (its administrative centre) by KATOTTG code. */
export function oblastCenter(code: string | null | undefined): LatLng | undefined {
  const oblast = getOblast(code);
  return oblast ? { lat: oblast.center.lat, lng: oblast.center.lng } : undefined;
}
