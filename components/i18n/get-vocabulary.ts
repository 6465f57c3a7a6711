import "server-only";
import { getTranslations } from "next-intl/server";
import { vocabularyLabel, type VocabularyLabel } from "./vocabulary";

/** In async server components and generateMetadata. */
export async function getVocabulary(): Promise<VocabularyLabel> {
  return vocabularyLabel(await getTranslations());
}
