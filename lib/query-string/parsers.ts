// The one query-string layer: every list page's filters (directory, map, events, needs,
// partnerships, announcements, matches) are nuqs parser maps built from the pieces below, read
// with nuqs's `createLoader` and written back with its `createSerializer`, so a key means the
// same on every page, in the JSON API and in every link. From "nuqs/server": no hooks, so the
// map's client component and the proxy can share it.
//
// Forgiving by design: a hand-edited, stale or hostile URL gives a normal page, never an error.
// The rules, said once here (they used to differ between pages):
// - A list key takes repeated keys and "a,b" alike; items are trimmed, at most 40 raw items are
//   read (MAX_LIST_VALUES; the matches list used to read 30), invalid ones are dropped one by
//   one, duplicates removed, order kept.
// - A single-valued key reads its first occurrence, whole (a text query may contain commas).
// - Page numbers are clamped to 1…MAX_PAGE; anything unreadable is page 1.
// - Language codes are ISO 639-1, two letters, the only form listings store (lib/forms/fields.ts).
// - Country codes (ISO 3166-1 alpha-2) and oblast codes (KATOTTG) are read in any letter case.
// - "verified" is on for 1, true, yes or on.
// - A text query loses control and bidi characters and is cut at 200 characters.
import {
  createLoader,
  createMultiParser,
  createParser,
  createSerializer,
  type inferParserType,
  type Nullable,
  type ParserMap,
} from "nuqs/server";

/** A page's `searchParams`, a request's URLSearchParams, or a link's query object. */
export type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

export const PAGE_SIZE = 20;
export const MAX_PAGE = 500;
export const MAX_LIST_VALUES = 40;
export const MAX_QUERY_LENGTH = 200;

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((value, index) => value === b[index]);

/** A list of values, each read by `item` (null drops it). Absent means []. */
export function listOf<T>(item: (value: string) => T | null) {
  return createMultiParser<T[]>({
    parse: (raw) => {
      const items = raw
        .flatMap((value) => value.split(","))
        .map((value) => value.trim())
        .filter(Boolean)
        .slice(0, MAX_LIST_VALUES);
      return [
        ...new Set(
          items.flatMap((value) => {
            const parsed = item(value);
            return parsed === null ? [] : [parsed];
          }),
        ),
      ];
    },
    serialize: (values) => values.map(String),
    // nuqs compares with === by default; a list equal to the default ([]) must leave the URL.
    eq: sameList,
  }).withDefault([]);
}

/**
 * A list of values of a closed vocabulary (a Prisma enum or a const array). Own values only:
 * `value in Sector` would also accept "constructor" or "toString".
 */
export function enumList<T extends string>(vocabulary: Readonly<Record<string, T>> | readonly T[]) {
  const allowed = new Set<string>(Array.isArray(vocabulary) ? vocabulary : Object.values(vocabulary));
  return listOf((value): T | null => (allowed.has(value) ? (value as T) : null));
}

/** Matches a pattern after a case change; anything else is dropped. */
const codeList = (pattern: RegExp, letterCase: "upper" | "lower") =>
  listOf((value) => {
    const code = letterCase === "upper" ? value.toUpperCase() : value.toLowerCase();
    return pattern.test(code) ? code : null;
  });

export const COUNTRY_CODE = /^[A-Z]{2}$/;
export const LANGUAGE_CODE = /^[a-z]{2}$/;
export const OBLAST_CODE = /^UA\d{17}$/;

export const countryCodes = () => codeList(COUNTRY_CODE, "upper");
export const languageCodes = () => codeList(LANGUAGE_CODE, "lower");
/** KATOTTG codes of oblasts ("UA61000000000060328"). */
export const oblastCodes = () => codeList(OBLAST_CODE, "upper");

/** Free text without control or bidi characters, spaces folded, at most MAX_QUERY_LENGTH long. */
export function cleanText(value: string): string {
  return value
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}

/** The text query ("q"); absent means "". */
export const textQuery = () => createParser({ parse: cleanText, serialize: String }).withDefault("");

/** 1…MAX_PAGE; absent or unreadable means 1, so the first page's links carry no `page`. */
export const pageNumber = () =>
  createParser({
    parse: (value) => {
      // A run of digits too long for a number parses as Infinity: clamped like any large page.
      const page = Number.parseInt(value.trim(), 10);
      return Number.isNaN(page) ? null : Math.min(Math.max(page, 1), MAX_PAGE);
    },
    serialize: String,
  }).withDefault(1);

const yes = new Set(["1", "true", "yes", "on"]);

/** A checkbox-like switch: on for 1/true/yes/on, written as "1"; absent means off. */
export const flag = () => createParser({ parse: (value) => yes.has(value.trim()), serialize: () => "1" }).withDefault(false);

/** A plain decimal within the bounds (no exponent, at most 8 decimals, as in "50.4501"), else null. */
export const decimalIn = (min: number, max: number) =>
  createParser({
    parse: (value) => {
      const text = value.trim();
      if (!/^-?\d{1,3}(\.\d{1,8})?$/.test(text)) return null;
      const number = Number(text);
      return number >= min && number <= max ? number : null;
    },
    serialize: String,
  });

/** A single value matching the pattern (trimmed), else null. */
export const textMatching = (pattern: RegExp) =>
  createParser({
    parse: (value) => {
      const text = value.trim();
      return pattern.test(text) ? text : null;
    },
    serialize: String,
  });

/** One of a few words (trimmed); anything else is null, or the default when given. */
export function oneOf<T extends string>(values: readonly T[]) {
  return createParser({
    parse: (value): T | null => {
      const word = value.trim();
      return (values as readonly string[]).includes(word) ? (word as T) : null;
    },
    serialize: String,
  });
}

/** The URL shape of one filter set, read and written from the same parser map. */
export function queryString<P extends ParserMap>(parsers: P) {
  const load = createLoader(parsers);
  const serialize = createSerializer(parsers);
  /** Values as a URL query, in the map's key order; defaults and nulls are left out. */
  const write = (values: Partial<Nullable<inferParserType<P>>>) => new URLSearchParams(serialize(values));
  return {
    read: (params: RawParams): inferParserType<P> => {
      const values: Record<string, unknown> = load(params);
      // An absent list is the parser's one default array: hand out copies, so sorting or
      // pushing into one page's filters cannot change the next page's.
      for (const key in values) if (Array.isArray(values[key])) values[key] = [...values[key]];
      return values as inferParserType<P>;
    },
    write,
    /** The same as a link's query object, each key with its values (next-intl's Link). */
    query: (values: Partial<Nullable<inferParserType<P>>>) => {
      const query: Record<string, string[]> = {};
      for (const [key, value] of write(values)) (query[key] ??= []).push(value);
      return query;
    },
  };
}
