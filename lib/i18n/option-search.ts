// Finding a country or a language by what a person types: a name in either UI language, the
// Ukrainian name in Latin letters ("Nimechchyna"), or the code ("DE"). Pure and small, so the
// pickers (components/forms/code-picker.tsx) run it in the browser on every keystroke.
import { placeKey } from "@/lib/geo/place-key";
import { transliterate } from "@/lib/search/transliterate";

/** One choice of a picker: the code it posts, its name in the reader's language, and other names it answers to. */
export interface PickerOption {
  value: string;
  label: string;
  /** Names in the other UI language (and any other spelling) that find it too. */
  names: readonly string[];
}

export interface SearchEntry {
  option: PickerOption;
  code: string;
  keys: string[];
}

/** The keys each option is found by, computed once per list. */
export function searchIndex(options: readonly PickerOption[]): SearchEntry[] {
  return options.map((option) => {
    const names = [option.label, ...option.names];
    const keys = new Set<string>();
    for (const name of names) {
      keys.add(placeKey(name));
      if (/[\u0400-\u04ff]/.test(name)) keys.add(placeKey(transliterate(name)));
    }
    keys.delete("");
    return { option, code: option.value.toLowerCase(), keys: [...keys] };
  });
}

/** How well a key fits the typed text: lower is better, null is no fit. */
function fit(entry: SearchEntry, query: string): number | null {
  if (entry.code === query) return 0;
  let best: number | null = null;
  for (const key of entry.keys) {
    const score = key.startsWith(query) ? 1 : key.includes(` ${query}`) ? 2 : key.includes(query) ? 3 : null;
    if (score !== null && (best === null || score < best)) best = score;
  }
  return best;
}

/**
 * The options that fit the typed text, best first (the code itself, then names that start with
 * it, then a word that does, then names that contain it), in list order within each; at most
 * `limit`. Empty text lists them all (up to `limit`).
 */
export function matchOptions(index: readonly SearchEntry[], typed: string, limit = 60): PickerOption[] {
  const query = placeKey(typed);
  if (!query) return index.slice(0, limit).map((entry) => entry.option);
  const scored: { option: PickerOption; score: number; order: number }[] = [];
  index.forEach((entry, order) => {
    const score = fit(entry, query);
    if (score !== null) scored.push({ option: entry.option, score, order });
  });
  return scored
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map((entry) => entry.option);
}

/**
 * The one option the text names exactly (its code, or one of its names, whatever the case and
 * accents), or undefined: a field left with "Germany" or "de" typed in it takes that choice rather
 * than dropping it, while anything less certain is left for the person to pick.
 */
export function exactOption(index: readonly SearchEntry[], typed: string): PickerOption | undefined {
  const query = placeKey(typed);
  if (!query) return undefined;
  const found = index.filter((entry) => entry.code === query || entry.keys.includes(query));
  return found.length === 1 ? found[0]!.option : undefined;
}
