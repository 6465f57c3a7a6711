// One way to label a value of a closed vocabulary (an enum in prisma/schema.prisma) in the UI:
// `label("sector", need.sector)`. The values a vocabulary accepts are the keys of its messages
// namespace, so an enum value without a label in messages/en.json fails the type check.
import { useTranslations } from "next-intl";
import type { Vocabulary, VocabularyValue } from "@/lib/i18n/vocabularies";

export type { Vocabulary, VocabularyValue };
export type VocabularyLabel = <V extends Vocabulary>(vocabulary: V, value: VocabularyValue<V>) => string;

/** Builds the labeller from an un-namespaced translator (from useTranslations() or getTranslations()). */
export function vocabularyLabel(translate: unknown): VocabularyLabel {
  // The key is valid by construction (VocabularyValue), which next-intl's generic key type
  // cannot see through; hence the one cast.
  const t = translate as (key: string) => string;
  return (vocabulary, value) => t(`${vocabulary}.${value}`);
}

/** In components that are not async (server or client). */
export function useVocabulary(): VocabularyLabel {
  return vocabularyLabel(useTranslations());
}
