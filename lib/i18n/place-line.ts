// The one place line: "Cultural centre, Берлін, Німеччина". Venue, city and country are typed
// separately, and people repeat the town in the venue ("Cultural centre, Berlin"), so a line
// built by joining them read "Berlin, Berlin". Here every place is named once, and the city and
// country in the reader's language when the gazetteer knows them. Pure: server and client.
import { findCity, placeKey } from "@/lib/geo/places";
import { cityName, countryName } from "./display-names";

/** A piece of the line, with its language when it differs from the page's. */
export interface PlacePart {
  text: string;
  lang?: string;
}

/** Drops empty pieces and any piece that names a place already named ("Berlin" after "Berlin"). */
export function placeParts(parts: readonly (PlacePart | string | null | undefined)[]): PlacePart[] {
  const seen = new Set<string>();
  const out: PlacePart[] = [];
  for (const part of parts) {
    const piece = typeof part === "string" ? { text: part } : part;
    const text = piece?.text.trim();
    if (!piece || !text || seen.has(placeKey(text))) continue;
    seen.add(placeKey(text));
    out.push({ ...piece, text });
  }
  return out;
}

/** The pieces joined: "Berlin, Germany". */
export function placeLine(parts: readonly (PlacePart | string | null | undefined)[]): string {
  return placeParts(parts)
    .map((part) => part.text)
    .join(", ");
}

/**
 * Venue, city and country as one line in the reader's language. The venue keeps its own words
 * (it is typed once, in whatever language), less any part that only repeats the city or the
 * country, which follow in the reader's language.
 */
export function venuePlaceLine(place: { venue?: string | null; city?: string | null; country?: string | null }, locale: string): string {
  const { venue, city, country } = place;
  const known = findCity(country, city);
  const cityKeys = new Set([city, known?.en, known?.uk, ...(known?.aliases ?? [])].filter(Boolean).map((name) => placeKey(name!)));
  const countryKeys = new Set(country ? [country, countryName(country, "en"), countryName(country, "uk")].map(placeKey) : []);
  const venueParts = (venue ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter((part) => !cityKeys.has(placeKey(part)) && !countryKeys.has(placeKey(part)));
  return placeLine([
    ...venueParts,
    city && country ? cityName(country, city, locale) : city,
    country ? countryName(country, locale) : null,
  ]);
}
