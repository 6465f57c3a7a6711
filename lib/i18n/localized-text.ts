// Text people read is stored as one JSON object per field, keyed by locale:
// {"uk": "Бережанська громада", "en": "Berezhanska hromada"}. Adding a language adds keys,
// not columns or migrations (docs/decisions/0002-localized-text-as-json.md).
// The UI's languages: Ukrainian and English, and the languages of the partners and of the
// largest diaspora communities (Germany, France, Poland, Italy). Content may be written in any
// of them (docs/decisions/0024-six-languages.md).
export const locales = ["uk", "en", "de", "fr", "pl", "it"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "uk";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** "uk|en|de|fr|pl|it", for patterns that match a locale prefix of a path. */
export const localeAlternation = locales.join("|");

/** Each language's name in itself, for the language switch and the language pickers of forms. */
export const localeNames: Record<Locale, string> = {
  uk: "Українська",
  en: "English",
  de: "Deutsch",
  fr: "Français",
  pl: "Polski",
  it: "Italiano",
};

/** The six languages as the options of a language picker, each named in itself. */
export const localeOptions = locales.map((value) => ({ value, label: localeNames[value] }));

export type LocalizedText = Partial<Record<string, string>>;

/** Reads a LocalizedText value from a Prisma Json column, tolerating null and odd shapes. */
export function asLocalizedText(value: unknown): LocalizedText {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const out: LocalizedText = {};
  for (const [key, text] of Object.entries(value)) if (typeof text === "string" && text.trim()) out[key] = text;
  return out;
}

/**
 * Where to look when a text is not in the reader's language: English first (the partners'
 * common language), then Ukrainian (most listings are written in it first), then the rest.
 */
const fallbackOrder: readonly string[] = ["en", "uk", ...locales.filter((l) => l !== "en" && l !== "uk")];

/**
 * The text in the wanted locale, else in English, Ukrainian or another UI locale, else any: a
 * listing written only in Ukrainian still shows in German rather than vanishing. `lang` says
 * which one was used, so the page can mark it with a `lang` attribute for screen readers and
 * label it with the language's name (components/i18n/localized.tsx).
 */
export function pickText(value: unknown, locale: string): { text: string; lang: string } | null {
  const text = asLocalizedText(value);
  const order = [locale, ...fallbackOrder, ...Object.keys(text)];
  for (const lang of order) {
    const found = text[lang];
    if (found) return { text: found, lang };
  }
  return null;
}

/** Shorthand when only the string matters. */
export function t(value: unknown, locale: string): string {
  return pickText(value, locale)?.text ?? "";
}

/** A listing's name where no reader's language applies (notices, slugs): Ukrainian first, else any; a dash when it has none. */
export function listingName(value: unknown): string {
  return pickText(value, defaultLocale)?.text ?? "—";
}
