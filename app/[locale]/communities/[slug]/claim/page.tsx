import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { communityTitle } from "@/components/community/community-title";
import { ClaimPage } from "@/components/membership/claim-page";
import { getCommunityBySlug } from "@/lib/community/queries";
import { requireLocale } from "@/lib/i18n/locale-param";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "claim" });
  return { title: t("isThisYours"), robots: { index: false } };
}

export default async function ClaimCommunityPage({ params }: Props) {
  const { locale: raw, slug } = await params;
  const locale = requireLocale(raw);
  setRequestLocale(locale);
  await connection();
  const community = await getCommunityBySlug(slug);
  if (!community) notFound();
  const t = await getTranslations("community");
  return <ClaimPage target={{ type: "COMMUNITY", id: community.id }} name={communityTitle(community, locale, t).text} backHref={`/communities/${slug}`} locale={locale} />;
}
