// Text people read is stored as one JSON object per field, keyed by locale:
// {"uk": "Бережанська громада", "en": "Berezhanska hromada"}. Adding a language adds keys,
// not columns or migrations (docs/decisions/0002-localized-text-as-json.md).
export const locales = ["uk", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "uk";

export type LocalizedText = Partial<Record<string, string>>;

/** Reads a LocalizedText value from a Prisma Json column, tolerating null and odd shapes. */
export function asLocalizedText(value: unknown): LocalizedText {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const out: LocalizedText = {};
  for (const [key, text] of Object.entries(value)) if (typeof text === "string" && text.trim()) out[key] = text;
  return out;
}

/**
 * The text in the wanted locale, else in the other UI locales, else any: a listing written
 * only in Ukrainian still shows in English rather than vanishing. `lang` says which one was
 * used, so the page can mark it with a `lang` attribute for screen readers.
 */
export function pickText(value: unknown, locale: string): { text: string; lang: string } | null {
  const text = asLocalizedText(value);
  const order = [locale, ...locales.filter((l) => l !== locale), ...Object.keys(text)];
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
