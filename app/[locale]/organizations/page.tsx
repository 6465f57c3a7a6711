// /{locale}/organizations for signed-in visitors (and queries too long to cache); everyone else
// gets the same content from the cached copy the proxy rewrites to (docs/decisions/0014).
import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireLocale } from "@/lib/i18n/locale-param";
import { parseOrganizationFilters } from "@/lib/search/filters";
import { OrganizationDirectory } from "./_components/organization-directory";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "organization" });
  return { title: t("listTitle") };
}

export default async function OrganizationsPage({ params, searchParams }: Props) {
  const locale = requireLocale((await params).locale);
  setRequestLocale(locale);
  await connection();
  return <OrganizationDirectory locale={locale} filters={parseOrganizationFilters(await searchParams)} />;
}
