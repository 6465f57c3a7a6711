import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { communityTitle } from "@/components/community/community-title";
import { openPage, titleMetadata } from "@/components/layout/page";
import { ClaimPage } from "@/components/membership/claim-page";
import { getCommunityBySlug } from "@/lib/community/queries";

export const generateMetadata = titleMetadata("claim.isThisYours", { index: false });

export default async function ClaimCommunityPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const [locale, { slug }] = await Promise.all([openPage(params), params]);
  const community = await getCommunityBySlug(slug);
  if (!community) notFound();
  const tCommunity = await getTranslations("community");
  return (
    <ClaimPage
      target={{ type: "COMMUNITY", id: community.id }}
      name={communityTitle(community, locale, tCommunity).text}
      backHref={`/communities/${slug}`}
      locale={locale}
    />
  );
}
