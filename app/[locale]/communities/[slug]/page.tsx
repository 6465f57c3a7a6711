import { DialogueLinks } from "@/components/dialogue/dialogue-links";
import { getTranslations } from "next-intl/server";
import { ProfileAnnouncements } from "@/components/announcement/profile-announcements";
import { CommunityStatusNote } from "@/components/community/community-status";
import { communityTitle } from "@/components/community/community-title";
import { ProfileEvents } from "@/components/event/profile-events";
import { detailMetadata, openDetail, profileMetadata, publicRead, type SlugParams } from "@/components/listing/detail-page";
import { JsonLd } from "@/components/listing/json-ld";
import { ListingActions } from "@/components/listing/listing-actions";
import { BackLink, ProfileColumns } from "@/components/listing/profile-layout";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { getCommunityBySlug, getCommunitySlugByKatottg } from "@/lib/community/queries";
import { pickText } from "@/lib/i18n/localized-text";
import { redirect } from "@/lib/i18n/navigation";
import { CommunityHeader } from "./_components/community-header";
import { CommunityNeeds } from "./_components/community-needs";
import { CommunityOfficialData } from "./_components/community-official-data";
import { CommunityPartnerships } from "./_components/community-partnerships";
import { CommunityProfileSections } from "./_components/community-profile";
import { CommunityWorkspace } from "./_components/community-workspace";
import { communityStructuredData } from "./_components/structured-data";

const KATOTTG = /^UA\d{17}$/;

const loadCommunity = publicRead(getCommunityBySlug);

export const generateMetadata = detailMetadata(loadCommunity, "community.notFoundTitle", async (community, locale, slug) => {
  const tCommunity = await getTranslations({ locale, namespace: "community" });
  const description = pickText(community.description, locale)?.text.slice(0, 200);
  return profileMetadata(locale, `/communities/${slug}`, "website", communityTitle(community, locale, tCommunity).text, description);
});

export default async function CommunityPage({ params }: { params: SlugParams }) {
  const { locale, item: community } = await openDetail(params, loadCommunity, async (slug, locale) => {
    // Links that carry the official code instead of the slug still arrive.
    const bySlug = KATOTTG.test(slug.toUpperCase()) ? await getCommunitySlugByKatottg(slug.toUpperCase()) : null;
    if (bySlug) redirect({ href: `/communities/${bySlug}`, locale });
  });
  const [tCommunity, viewer] = await Promise.all([getTranslations("community"), getViewer()]);
  const mayAddNeed = can(viewer, "create", "Need", { communityId: community.id });
  // The community's workspace: its verified officials, and moderators who correct listings.
  const mayEdit = can(viewer, "update", "Community", { id: community.id });
  const mayEditNeeds = can(viewer, "update", "Need", { communityId: community.id });

  return (
    <article>
      <JsonLd data={communityStructuredData(community, locale, tCommunity)} />
      <BackLink href="/communities">{tCommunity("backToList")}</BackLink>
      <CommunityHeader community={community} locale={locale} />
      <CommunityWorkspace community={community} mayEdit={mayEdit} mayAddNeed={mayAddNeed} mayEditNeeds={mayEditNeeds} />
      <ProfileColumns aside={<CommunityOfficialData community={community} locale={locale} />}>
        <CommunityStatusNote community={community} headingId="status-heading" />
        <CommunityProfileSections community={community} locale={locale} />
        <CommunityNeeds community={community} mayAddNeed={mayAddNeed} mayEditNeeds={mayEditNeeds} />
        <CommunityPartnerships communityId={community.id} locale={locale} />
        <DialogueLinks of={{ communityId: community.id }} heading="ownerDialogues" />
        <ProfileEvents owner={{ communityId: community.id }} />
        <ProfileAnnouncements owner={{ communityId: community.id }} />
      </ProfileColumns>
      <ListingActions type="community" id={community.id} slug={community.slug} />
    </article>
  );
}
