import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { createLoader, parseAsInteger, parseAsStringLiteral, type SearchParams } from "nuqs/server";
import { OblastFilter } from "@/components/community/oblast-filter";
import { oblasts } from "@/lib/geo/places";
import { requireLocale } from "@/lib/i18n/locale-param";
import { CommunityResults } from "./_components/community-results";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

// An unknown oblast code reads as "no filter" rather than an empty list.
const loadSearchParams = createLoader({
  page: parseAsInteger.withDefault(1),
  oblast: parseAsStringLiteral(oblasts.map((oblast) => oblast.code)),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "community" });
  return { title: t("listTitle") };
}

export default async function CommunitiesPage({ params, searchParams }: Props) {
  const locale = requireLocale((await params).locale);
  setRequestLocale(locale);
  await connection();
  const { page, oblast } = await loadSearchParams(searchParams);
  const t = await getTranslations("community");
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t("listTitle")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("listLead")}</p>
      <div className="mt-6 mb-6 rounded-lg border border-line bg-surface p-4">
        <OblastFilter selected={oblast} />
      </div>
      <CommunityResults page={page} oblast={oblast} locale={locale} />
    </div>
  );
}
