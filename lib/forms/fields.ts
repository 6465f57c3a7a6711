// Form fields that several listing forms share (organisations, communities, events, polls…), parsed once with
// zod-form-data so "a web address" or "a list of language codes" means the same everywhere.
// Error messages are keys under `forms.errors` in messages/*.json.
import type { Prisma } from "@/generated/prisma/client";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { defaultLocale, locales } from "@/lib/i18n/localized-text";
import { isHttpUrl, MAX_URL_LENGTH } from "./http-url";

/** Optional free text, trimmed, at most `max` characters; empty means absent. */
export const optionalText = (max: number) => zfd.text(z.string().trim().max(max, { error: "tooLong" }).optional());

/**
 * An optional absolute http(s) address with a host, trimmed (./http-url.ts): zod's own `.url()`
 * accepts `javascript:` and `data:`. Every URL field of every form uses this one.
 */
export const httpUrl = zfd.text(
  z.string().trim().max(MAX_URL_LENGTH, { error: "tooLong", abort: true }).refine(isHttpUrl, { error: "invalidUrl" }).optional(),
);

/** An optional email address, stored in lower case. */
export const emailAddress = zfd.text(
  z.string().trim().toLowerCase().max(200, { error: "tooLong" }).email({ error: "invalidEmail" }).optional(),
);

/** Splits "uk, en de;pl" into distinct codes in the given case. */
export function splitCodes(value: string | undefined, letterCase: "lower" | "upper"): string[] {
  const text = letterCase === "lower" ? (value ?? "").toLowerCase() : (value ?? "").toUpperCase();
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}

// Lists are checked as a whole, not item by item: an item's error would sit at a path like
// ["languages", 1], and a form shows the messages of ["languages"] next to the field.

/** A typed list of two-letter codes (one text input, separated by commas or spaces). */
const codeList = (pattern: RegExp, letterCase: "lower" | "upper") =>
  zfd.text(
    z
      .string()
      .optional()
      .transform((value) => splitCodes(value, letterCase))
      .pipe(
        z
          .array(z.string())
          .max(20, { error: "tooLong" })
          .refine((codes) => codes.every((code) => pattern.test(code)), { error: "invalid" }),
      ),
  );

/** Languages as ISO 639-1 codes: "uk, en, de". */
export const languageCodes = codeList(/^[a-z]{2}$/, "lower");

/** Countries as ISO 3166-1 alpha-2 codes: "DE, PL, AT". */
export const countryCodes = codeList(/^[A-Z]{2}$/, "upper");

/** Ticked checkboxes of one vocabulary (a Prisma enum), each once, in the vocabulary's order. */
export function enumList<T extends string>(vocabulary: Record<string, T>) {
  const values: readonly string[] = Object.values(vocabulary);
  return zfd.repeatable(
    z
      .array(z.string())
      .refine((picked) => picked.every((value) => values.includes(value)), { error: "invalid" })
      .transform((picked) => (values as readonly T[]).filter((value) => picked.includes(value))),
  );
}

/** An optional wall-clock time from `<input type="datetime-local">` ("2027-03-28T18:30"), in a zone the form names. */
export const wallClockTime = zfd.text(
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "invalid" })
    .optional(),
);

/** The two language inputs of one text ("…Uk", "…En") as the LocalizedText JSON a column stores. */
export function localizedInput(uk: string | undefined, en: string | undefined): Prisma.InputJsonObject {
  return { ...(uk ? { uk } : {}), ...(en ? { en } : {}) };
}

/** The page's language, posted by a form that sends the person on to a page in it. */
export const pageLocale = zfd.text(z.enum(locales).catch(defaultLocale));

/** The id (or slug) of the record a form acts on, as the page rendered it. */
export const recordKey = zfd.text(z.string().min(1));
