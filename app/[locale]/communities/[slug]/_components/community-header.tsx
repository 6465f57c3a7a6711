import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { CommunityPlace } from "@/components/community/community-place";
import { CommunityTitle, communityTitle } from "@/components/community/community-title";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { ListingBadges, ProfileHeader } from "@/components/listing/profile-layout";
import type { CommunityProfile } from "@/lib/community/queries";
import { pickText } from "@/lib/i18n/localized-text";

/** The name people use as the heading; the codifier's official name below it when it differs. */
export async function CommunityHeader({ community, locale }: { community: CommunityProfile; locale: Locale }) {
  const [tCommunity, label] = await Promise.all([getTranslations("community"), getVocabulary()]);
  const title = communityTitle(community, locale, tCommunity);
  const officialName = pickText(community.name, locale);
  return (
    <ProfileHeader
      title={<CommunityTitle community={community} />}
      subtitle={
        <>
          {label("communityType", community.type)} · <CommunityPlace community={community} />
        </>
      }
    >
      {officialName && officialName.text !== title.text && (
        <p className="mt-1 text-sm text-muted">
          {tCommunity("officialName")}: <span lang={officialName.lang === locale ? undefined : officialName.lang}>{officialName.text}</span>
        </p>
      )}
      <ListingBadges listing={community} />
    </ProfileHeader>
  );
}
