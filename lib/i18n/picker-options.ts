// The choices of the country and language pickers, named in the reader's language (the
// gazetteer's names first, then the runtime's CLDR names, lib/i18n/display-names.ts) and found by
// the Ukrainian and English names too. Built on the server and handed to the client pickers, so the
// names on screen are the same before and after hydration whatever the browser's own Intl says.
import { countryName, languageName } from "./display-names";
import { COUNTRY_CODES, LANGUAGE_CODES } from "./iso-codes";
import type { PickerOption } from "./option-search";

/** "німецька" → "Німецька": a name standing alone in a list starts with a capital. */
const capitalized = (name: string, locale: string) => name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);

function options(codes: readonly string[], name: (code: string, locale: string) => string, locale: string): PickerOption[] {
  // Found also by its Ukrainian and English names (the languages every listing is likely to
  // use), not by all six: the options travel to the browser with every form.
  const others = (["uk", "en"] as const).filter((other) => other !== locale);
  return codes
    .map((code) => ({
      value: code,
      label: capitalized(name(code, locale), locale),
      names: others.map((other) => name(code, other)),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** Every assigned ISO 3166-1 country, by name in `locale`. */
export function countryOptions(locale: string): PickerOption[] {
  return options(COUNTRY_CODES, countryName, locale);
}

/** Every ISO 639-1 language, by name in `locale`. */
export function languageOptions(locale: string): PickerOption[] {
  return options(LANGUAGE_CODES, languageName, locale);
}
