// One or two letters are no word to search for: as a prefix of every word they match most of the
// directory ("a": 73,660 of 100,204 organisations) and cost a scan of all of it. Such a query asks
// for names that begin with it instead, an A–Z index read as a range of the sort keys
// (lib/search/sort-key.ts), which the (targetType, sortEn|sortUk) indexes of SearchFacet answer.
import { searchWords } from "./normalize";
import { sortKeyBytes } from "./sort-key";

/** Shorter words than this are read as the beginning of a name. */
export const SHORTEST_WORD = 3;

export interface NamePrefixRange {
  /** The query's sort key: names whose key is at least this… */
  from: Uint8Array<ArrayBuffer>;
  /** …and below this (the key with its last byte raised by one) begin with it. */
  below: Uint8Array<ArrayBuffer>;
  /** Cyrillic letters: the Ukrainian names' keys (sortUk) hold them, the English names' (sortEn) the others. */
  cyrillic: boolean;
}

/**
 * The sort-key range of names beginning with `q`, when every word of `q` is shorter than
 * SHORTEST_WORD; null when `q` has a real word to search for (or none at all).
 */
export function namePrefixRange(q: string): NamePrefixRange | null {
  const words = searchWords(q);
  if (words.length === 0 || words.some((word) => word.length >= SHORTEST_WORD)) return null;
  const from = sortKeyBytes(q);
  if (from.length === 0) return null;
  // UTF-8 never has a 0xff byte, so raising the last byte never carries.
  const below = new Uint8Array(from);
  below[below.length - 1]! += 1;
  return { from, below, cyrillic: /\p{Script=Cyrillic}/u.test(q) };
}
