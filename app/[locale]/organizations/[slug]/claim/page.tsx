import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClaimPage } from "@/components/membership/claim-page";
import { requireLocale } from "@/lib/i18n/locale-param";
import { pickText } from "@/lib/i18n/localized-text";
import { getOrganizationBySlug } from "@/lib/organization/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "claim" });
  return { title: t("isThisYoursOrg"), robots: { index: false } };
}

export default async function ClaimOrganizationPage({ params }: Props) {
  const { locale: raw, slug } = await params;
  const locale = requireLocale(raw);
  setRequestLocale(locale);
  await connection();
  const org = await getOrganizationBySlug(slug);
  if (!org) notFound();
  return <ClaimPage target={{ type: "ORGANIZATION", id: org.id }} name={pickText(org.name, locale)?.text ?? slug} backHref={`/organizations/${slug}`} locale={locale} />;
}
