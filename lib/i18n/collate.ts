// Alphabetical order of LocalizedText values in one UI language, with that language's
// collation (Ukrainian: а б в г ґ д е є ж з и і ї й ...). Done in the app rather than in SQL
// because the database collation may be "C" (і, ї, є, ґ would sort after я) and the embedded
// PGlite has no ICU collations, so SQL could not give the same order on both stores.
import { pickText } from "./localized-text";

const collators = new Map<string, Intl.Collator>();

export function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}

/** The ids of `rows` ordered by the text `pick` gives, in `locale` (with pickText's fallback); ties by id. */
export function sortIdsByText<T extends { id: string }>(rows: readonly T[], pick: (row: T) => unknown, locale: string): string[] {
  const collator = collatorFor(locale);
  return rows
    .map((row) => ({ id: row.id, key: pickText(pick(row), locale)?.text ?? "" }))
    .sort((a, b) => collator.compare(a.key, b.key) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((row) => row.id);
}
