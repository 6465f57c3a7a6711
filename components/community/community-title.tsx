import { useLocale, useTranslations } from "next-intl";
import type { CommunityType } from "@/generated/prisma/enums";
import { pickText } from "@/lib/i18n/localized-text";
import { HighlightedText } from "@/components/search/highlighted-text";

export interface CommunityNameData {
  katottg: string;
  oblastCode: string;
  type: CommunityType;
  name: unknown;
  shortName: unknown;
  altShortName: unknown;
}

type TitleTranslator = (key: "title", values: { name: string; type: string }) => string;

/**
 * The name people use: "Бережанська міська громада" / "Berezhanska urban hromada", built from
 * the short name (the newer one when the codifier lags a renaming) rather than the codifier's
 * full form ("… міська територіальна громада"), whose English is a bare transliteration.
 * Kyiv and Sevastopol, cities with oblast rank (their code is their oblast's), keep their full
 * name ("Kyiv city hromada").
 */
export function communityTitle(community: CommunityNameData, locale: string, t: TitleTranslator): { text: string; lang: string } {
  const full = pickText(community.name, locale);
  if (community.katottg === community.oblastCode) return full ?? { text: community.katottg, lang: locale };
  const short = pickText(community.altShortName, locale) ?? pickText(community.shortName, locale);
  if (!short || short.lang !== locale) return full ?? short ?? { text: community.katottg, lang: locale };
  return { text: t("title", { name: short.text, type: community.type }), lang: locale };
}

/** The title; with search `terms`, the words the search matched are marked. */
export function CommunityTitle({ community, terms = [] }: { community: CommunityNameData; terms?: readonly string[] }) {
  const locale = useLocale();
  const t = useTranslations("community");
  const title = communityTitle(community, locale, t);
  const text = terms.length ? <HighlightedText text={title.text} terms={terms} /> : title.text;
  return title.lang === locale ? text : <span lang={title.lang}>{text}</span>;
}
