import { getTranslations } from "next-intl/server";
import { ProfileSection } from "@/components/listing/profile-layout";
import { NeedItem } from "@/components/need/need-item";
import type { CommunityProfile } from "@/lib/community/queries";
import { Link } from "@/lib/i18n/navigation";
import { needProgress } from "@/lib/recovery/queries";
import { NeedEditLink } from "./need-edit-link";

/** The community's open needs, with links to find partners for them and, for its officials, to add and edit needs. */
export async function CommunityNeeds({
  community,
  mayAddNeed,
  mayEditNeeds,
}: {
  community: CommunityProfile;
  mayAddNeed: boolean;
  mayEditNeeds: boolean;
}) {
  const [tCommunity, tMatching, tRecovery, tPriorities, progress] = await Promise.all([
    getTranslations("community"),
    getTranslations("matching"),
    getTranslations("recovery"),
    getTranslations("priorities"),
    needProgress(community.needs.map((need) => need.id)),
  ]);
  return (
    <ProfileSection id="needs" heading={tCommunity("needsHeading")}>
      {community.needs.length === 0 ? (
        <p className="text-muted">{tCommunity("needsEmpty")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {community.needs.map((need) => (
            <li key={need.id}>
              <NeedItem need={need} progress={progress.get(need.id)} />
              {mayEditNeeds ? (
                <p className="mt-1 text-sm">
                  <NeedEditLink communitySlug={community.slug} need={need} />
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 flex flex-wrap gap-x-4">
        {community.needs.length > 0 ? (
          <Link href={`/communities/${community.slug}/matches`} className="font-semibold">
            {tMatching("findPartners")} →
          </Link>
        ) : null}
        {mayAddNeed ? <Link href={`/communities/${community.slug}/needs/new`}>+ {tMatching("addNeed")}</Link> : null}
        <Link href={`/communities/${community.slug}/recovery`}>{tRecovery("seeRecovery")} →</Link>
        <Link href={`/communities/${community.slug}/priorities`}>{tPriorities("seeAll")} →</Link>
      </p>
    </ProfileSection>
  );
}
