import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { createLoader, parseAsInteger, type SearchParams } from "nuqs/server";
import { requireLocale } from "@/lib/i18n/locale-param";
import { OrganizationResults } from "./_components/organization-results";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

// A first, simple list; search and facets will get their own parsers in lib/organization/filters.ts.
const loadSearchParams = createLoader({ page: parseAsInteger.withDefault(1) });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "organization" });
  return { title: t("listTitle") };
}

export default async function OrganizationsPage({ params, searchParams }: Props) {
  const locale = requireLocale((await params).locale);
  setRequestLocale(locale);
  await connection();
  const { page } = await loadSearchParams(searchParams);
  const t = await getTranslations("organization");
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t("listTitle")}</h1>
      <p className="mt-2 mb-6 max-w-3xl text-lg text-muted">{t("listLead")}</p>
      <OrganizationResults page={page} locale={locale} />
    </div>
  );
}
