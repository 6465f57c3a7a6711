// Form fields that several listing forms share (organisations, communities, events, polls…), parsed once with
// zod-form-data so "a web address" or "a list of language codes" means the same everywhere.
// Error messages are keys under `forms.errors` in messages/*.json.
import type { Prisma } from "@/generated/prisma/client";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { defaultLocale, locales } from "@/lib/i18n/localized-text";
import { parseTypedAmount } from "@/lib/money/typed-amount";
import { isHttpUrl, MAX_URL_LENGTH } from "./http-url";
import { localizedFieldName, localizedFieldNames, type LocalizedFieldName, type LocalizedInput } from "./localized-fields";

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

// ── Numbers as people type them (lib/money/typed-amount.ts): "~60 000 €", "60,000", "25 000" ──

/** A typed number with its bounds, read by the one parser; each refusal is a key under forms.errors. */
function typedNumber({ decimals, min, max, money }: { decimals: 0 | 2; min: number; max: number; money: boolean }) {
  const formatError = decimals ? "amount" : "wholeNumber";
  return z.string().transform((text, ctx) => {
    const read = parseTypedAmount(text, decimals);
    const refuse = (message: string) => {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    };
    if (!read.ok || (read.currency && !money)) return refuse(formatError);
    if (read.value < min) return refuse(min > 0 ? "aboveZero" : "notNegative");
    if (read.value > max) return refuse("tooLarge");
    return { value: read.value, ...(read.currency ? { currency: read.currency } : {}) };
  });
}

/**
 * An optional amount of money, at most two decimals, zero or more: `value` in units, and
 * `currency` when the text names one ("₴60 000", "60 000 грн"). A form with a currency list
 * takes the named one over the list's choice (see `withTypedCurrency`): a sign typed into the
 * amount is deliberate, while the list may still show the default nobody looked at.
 */
export const typedMoney = (max: number) => zfd.text(typedNumber({ decimals: 2, min: 0, max, money: true }).optional());

/** An optional whole number of at least `min` ("25 000", "25,000"), such as a population. */
export const typedWholeNumber = (min: number, max: number) =>
  zfd.text(
    typedNumber({ decimals: 0, min, max, money: false })
      .transform((read) => read.value)
      .optional(),
  );

/** The currency a form stores: the one typed with an amount, else the list's. */
export function withTypedCurrency(listed: string, ...amounts: ({ currency?: string } | undefined)[]): string {
  return amounts.find((amount) => amount?.currency)?.currency ?? listed;
}

/** An optional wall-clock time from `<input type="datetime-local">` ("2027-03-28T18:30"), in a zone the form names. */
export const wallClockTime = zfd.text(
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "invalid" })
    .optional(),
);

/**
 * The two language inputs of a text that stays in Ukrainian and English ("…Uk", "…En": a
 * dialogue's report summary) as the LocalizedText JSON a column stores. Texts an author may
 * write in any UI language use `localizedTexts` and `localizedFrom`.
 */
export function localizedInput(uk: string | undefined, en: string | undefined): Prisma.InputJsonObject {
  return { ...(uk ? { uk } : {}), ...(en ? { en } : {}) };
}

/**
 * The inputs of one translatable text, one per UI language (`${name}Uk`, `${name}En`, `${name}De`…,
 * from `locales`), each optional free text of at most `max` characters: spread into
 * `zfd.formData({ ...localizedTexts("title", 200) })`. An author may write in any of the languages
 * (docs/decisions/0024-six-languages.md); a rule such as "a title in at least one language" is the
 * schema's own. The keys are typed ("titleDe"), so the parsed form reads `form.titleDe`.
 */
export function localizedTexts<N extends string>(name: N, max: number) {
  return Object.fromEntries(localizedFieldNames(name).map((field) => [field, optionalText(max)])) as Record<
    LocalizedFieldName<N>,
    ReturnType<typeof optionalText>
  >;
}

/**
 * The rule of a text that must be written in at least one language and be no stub in any:
 * "required" when every language is empty, on the Ukrainian input (the first the form shows, so
 * the message sits where the eye starts), and "tooShort" on each input shorter than `min`.
 */
export function requireLocalizedText<N extends string>(ctx: z.RefinementCtx, value: LocalizedInput<N>, name: N, min = 0): void {
  const fields = localizedFieldNames(name);
  if (fields.every((field) => !value[field])) ctx.addIssue({ code: "custom", path: [localizedFieldName(name, "uk")], message: "required" });
  for (const field of fields) {
    const text = value[field];
    if (text && text.length < min) ctx.addIssue({ code: "custom", path: [field], message: "tooShort" });
  }
}

// The rest of the per-language inputs is pure and also read by the client forms: ./localized-fields.ts.
export {
  localizedFieldNames,
  localizedFrom,
  localizedTextFrom,
  localizedValues,
  slugText,
  type LocalizedInput,
  type LocalizedValues,
} from "./localized-fields";

/** The page's language, posted by a form that sends the person on to a page in it. */
export const pageLocale = zfd.text(z.enum(locales).catch(defaultLocale));

/** The id (or slug) of the record a form acts on, as the page rendered it. */
export const recordKey = zfd.text(z.string().min(1));
