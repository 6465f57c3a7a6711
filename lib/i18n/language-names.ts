// A language's name in the reader's language ("uk" → "Ukrainisch" on a German page), from the
// runtime's CLDR data. Apart from lib/i18n/display-names.ts, which also knows places: forms and
// labels in the browser need only this, not the gazetteer.
const displayNames = new Map<string, Intl.DisplayNames>();

/** "uk" → "українська" / "Ukrainian"; the code itself when the runtime does not know it. */
export function languageName(code: string, locale: string): string {
  let names = displayNames.get(locale);
  if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([locale], { type: "language", fallback: "code" })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
