// Names of places and languages in the UI language. The project gazetteer (lib/geo) knows the
// Ukrainian forms we chose for the countries and cities where organisations work; anything
// else falls back to the names the JavaScript runtime ships (CLDR), then to the code itself.
import { findCity, getCountry, getOblast } from "@/lib/geo/places";
import { pickText } from "@/lib/i18n/localized-text";

const displayNames = new Map<string, Intl.DisplayNames>();

function names(locale: string, type: "region" | "language"): Intl.DisplayNames {
  const key = `${locale}:${type}`;
  let found = displayNames.get(key);
  if (!found) {
    found = new Intl.DisplayNames([locale], { type, fallback: "code" });
    displayNames.set(key, found);
  }
  return found;
}

function inLocale(record: { uk: string; en: string }, locale: string): string {
  return locale === "uk" ? record.uk : record.en;
}

/** "DE" → "Німеччина" / "Germany" / "Deutschland". */
export function countryName(code: string, locale: string): string {
  const known = getCountry(code);
  // The gazetteer's own forms in Ukrainian and English; CLDR's in the partners' languages.
  if (known && (locale === "uk" || locale === "en")) return inLocale(known, locale);
  try {
    return names(locale, "region").of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export { languageName } from "./language-names";

/** The city as entered, in the UI language when the gazetteer knows it ("Berlin" → "Берлін"). */
export function cityName(country: string, city: string, locale: string): string {
  const known = findCity(country, city);
  return known ? inLocale(known, locale) : city;
}

/**
 * The oblast's name: the gazetteer's English ("Kyiv Oblast") reads better than the codifier's
 * transliteration ("Kyivska oblast"); the stored name is the fallback.
 */
export function oblastName(code: string, stored: unknown, locale: string): { text: string; lang: string } {
  const known = getOblast(code);
  if (known) return { text: inLocale(known, locale), lang: locale };
  return pickText(stored, locale) ?? { text: code, lang: locale };
}
