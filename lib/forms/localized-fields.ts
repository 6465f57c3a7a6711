// One translatable text of a form is one input per UI language, named after the text and the
// language's code with a capital first letter: "title" is titleUk, titleEn, titleDe, titleFr,
// titlePl and titleIt. The names follow `locales`, so a seventh language needs no form changes.
// Pure and without zod: the client forms (their blank values, bind-fields, FieldPair) read it
// too; the zod shape of the inputs is lib/forms/fields.ts `localizedTexts`.
import type { Prisma } from "@/generated/prisma/client";
import { asLocalizedText, locales, pickText, type Locale } from "@/lib/i18n/localized-text";

/** "Uk", "En", "De"…: what a language adds to a text's name. */
export type LocaleSuffix = Capitalize<Locale>;

/** The inputs of the text `N`: "titleUk" | "titleEn" | "titleDe"… */
export type LocalizedFieldName<N extends string> = `${N}${LocaleSuffix}`;

/** A form's values of the texts `N`, one string per language (empty when there is none). */
export type LocalizedValues<N extends string> = Record<LocalizedFieldName<N>, string>;

/** Parsed inputs that carry the text `N`: a language left empty is absent or undefined. */
export type LocalizedInput<N extends string> = Partial<Record<LocalizedFieldName<N>, string | undefined>>;

/** The suffix of a language: the code with a capital first letter ("de" → "De"), the one rule for every form. */
export function localeSuffix<L extends Locale>(locale: L): Capitalize<L> {
  return `${locale.charAt(0).toUpperCase()}${locale.slice(1)}` as Capitalize<L>;
}

/** The input of the text `name` in `locale`: ("title", "de") → "titleDe". */
export function localizedFieldName<N extends string>(name: N, locale: Locale): LocalizedFieldName<N> {
  return `${name}${localeSuffix(locale)}`;
}

/** The inputs of the text `name`, in `locales` order: the Ukrainian first, as the forms show them. */
export function localizedFieldNames<N extends string>(name: N): LocalizedFieldName<N>[] {
  return locales.map((locale) => localizedFieldName(name, locale));
}

/** A language beside Ukrainian and English. */
export type OtherLocale = Exclude<Locale, "uk" | "en">;

/**
 * The languages a form offers beside Ukrainian and English, which it always shows: these sit
 * under "Other languages" (components/forms/field-pair.tsx).
 */
export const otherLocales = locales.filter((locale): locale is OtherLocale => locale !== "uk" && locale !== "en");

/**
 * The texts typed for `name`, by language, in `locales` order; empty ones are left out (a schema's
 * optionalText already reads "" as absent). For rules such as "a name in at least one language".
 */
export function localizedTextFrom<N extends string>(input: LocalizedInput<N>, name: N): Partial<Record<Locale, string>> {
  const texts: Partial<Record<Locale, string>> = {};
  for (const locale of locales) {
    const text = input[localizedFieldName(name, locale)];
    if (text) texts[locale] = text;
  }
  return texts;
}

/**
 * The LocalizedText JSON a column stores (docs/decisions/0002-localized-text-as-json.md) from the
 * parsed inputs of `name`: the languages typed in, in `locales` order, so the same texts always
 * make the same JSON and an unchanged edit compares equal.
 */
export function localizedFrom<N extends string>(input: LocalizedInput<N>, name: N): Prisma.InputJsonObject {
  return localizedTextFrom(input, name);
}

/**
 * What a new record's slug is made of: the English text, else the Ukrainian, else another
 * language's (pickText's order), so a listing written only in German still gets a readable slug;
 * "" when there is none.
 */
export function slugText<N extends string>(input: LocalizedInput<N>, name: N): string {
  return pickText(localizedTextFrom(input, name), "en")?.text ?? "";
}

/**
 * An edit form's values of `name` from the stored LocalizedText: every language's input, "" where
 * there is no text. All six, so an edit keeps the languages the form does not show at first, and
 * a pending change compares like with like.
 */
export function localizedValues<N extends string>(name: N, json: unknown): LocalizedValues<N> {
  const text = asLocalizedText(json);
  return Object.fromEntries(locales.map((locale) => [localizedFieldName(name, locale), text[locale] ?? ""])) as LocalizedValues<N>;
}
