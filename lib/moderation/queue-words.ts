// The words a moderation queue shows for the codes of a listing or an edit, in the reader's
// language: "Diaspora association · Leipzig, Germany", not "DIASPORA_ASSOCIATION · Leipzig, GE".
// Pure functions given the labeller (components/i18n/vocabulary.ts), so the queues (server
// components in app/[locale]/admin) and tests share them.
import type { ListingDetail } from "@/lib/listing/kinds";
import { cityName, countryName, languageName } from "@/lib/i18n/display-names";
import type { Vocabulary, VocabularyValue } from "@/lib/i18n/vocabularies";

/** A vocabulary's label for a value: the shape of components/i18n/vocabulary.ts's VocabularyLabel. */
type VocabularyLabel = <V extends Vocabulary>(vocabulary: V, value: VocabularyValue<V>) => string;

/** A queue row's hint, e.g. the organisation's kind and place, the event's day, the need's sector. */
export function listingDetailText(detail: ListingDetail, locale: string, label: VocabularyLabel, day: (date: Date) => string): string {
  if ("organizationKind" in detail) {
    return `${label("organizationKind", detail.organizationKind)} · ${cityName(detail.country, detail.city, locale)}, ${countryName(detail.country, locale)}`;
  }
  if ("startsAt" in detail) return day(detail.startsAt);
  if ("sector" in detail) return label("sector", detail.sector);
  return label("partnershipForm", detail.partnershipForm);
}

/** Fields of an edit whose values are codes of a vocabulary (organisations' columns and posts' form fields). */
const vocabularyOfField: Record<string, Vocabulary> = {
  sectors: "sector",
  aidTypes: "aidType",
  type: "eventType",
  kind: "organizationKind",
  cooperationGoals: "cooperationGoal",
  preferredKinds: "organizationKind",
};
const countryFields = new Set(["country", "operatingCountries", "preferredCountries"]);
const languageFields = new Set(["languages"]);

/**
 * The codes of an edit's value as words, by field: a list of codes (or a typed "uk, en") as
 * names, one code as its name; null when the field holds no codes (texts, numbers, dates).
 */
export function codeWords(field: string, value: unknown, locale: string, label: VocabularyLabel): string | null {
  const codes = Array.isArray(value)
    ? value.map(String)
    : typeof value === "string" && value
      ? value.split(/[\s,;]+/).filter(Boolean)
      : null;
  if (!codes) return null;
  const vocabulary = vocabularyOfField[field];
  const word = vocabulary
    ? (code: string) => label(vocabulary, code as VocabularyValue<typeof vocabulary>)
    : countryFields.has(field)
      ? (code: string) => countryName(code, locale)
      : languageFields.has(field)
        ? (code: string) => languageName(code, locale)
        : null;
  return word ? codes.map(word).join(", ") : null;
}
