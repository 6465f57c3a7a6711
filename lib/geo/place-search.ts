// Finding a town of the gazetteer (./data/cities.ts) by what a person types, in either UI
// language or a native spelling ("Leip", "Лейп", "München"): the place search of the
// registration and event forms, through GET /api/v1/places. In memory, like the gazetteer.
import { matchOptions, searchIndex, type SearchEntry } from "@/lib/i18n/option-search";
import { cities } from "./data/cities";
import { placeKey } from "./place-key";
import { getCountry } from "./places";

export const MAX_PLACE_RESULTS = 10;
/** Longer text names no town of the gazetteer; it is cut before matching. */
export const MAX_PLACE_QUERY = 100;

export interface PlaceHit {
  /** The gazetteer's id, e.g. "de-leipzig". */
  id: string;
  name: string;
  country: string;
  countryName: string;
  lat: number;
  lng: number;
}

type Locale = "uk" | "en";
const indexes = new Map<Locale, SearchEntry[]>();

function indexFor(locale: Locale): SearchEntry[] {
  let index = indexes.get(locale);
  if (!index) {
    index = searchIndex(
      cities.map((city) => ({
        value: city.id,
        label: locale === "uk" ? city.uk : city.en,
        names: [locale === "uk" ? city.en : city.uk, ...(city.aliases ?? [])],
      })),
    );
    indexes.set(locale, index);
  }
  return index;
}

const byId = new Map(cities.map((city) => [city.id, city]));

/** Towns whose names fit the text, best first, at most MAX_PLACE_RESULTS; only in `country` when given. */
export function searchPlaces(text: string, { locale, country }: { locale: Locale; country?: string }): PlaceHit[] {
  const typed = text.slice(0, MAX_PLACE_QUERY);
  // Punctuation alone names no town (and would list the first few of all of them).
  if (!placeKey(typed)) return [];
  const index = country ? indexFor(locale).filter((entry) => byId.get(entry.option.value)?.country === country) : indexFor(locale);
  return matchOptions(index, typed, MAX_PLACE_RESULTS).map((option) => {
    const city = byId.get(option.value)!;
    const known = getCountry(city.country);
    return {
      id: city.id,
      name: option.label,
      country: city.country,
      countryName: known ? (locale === "uk" ? known.uk : known.en) : city.country,
      lat: city.lat,
      lng: city.lng,
    };
  });
}
