import { getTranslations } from "next-intl/server";
import { CommunityTitle } from "@/components/community/community-title";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { titleMetadata } from "@/components/layout/page";
import { MatchCard, MatchesFrame, openMatchesPage, type MatchesPageProps } from "@/components/matching/match-list";
import { getViewer } from "@/lib/auth/viewer";
import { oblastName } from "@/lib/i18n/display-names";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { matchCommunitiesForOrganization } from "@/lib/matching/queries";

export const generateMetadata = titleMetadata("matching.findCommunities");

export default async function OrganizationMatchesPage(props: MatchesPageProps) {
  const { locale, slug, filters, result } = await openMatchesPage(props, matchCommunitiesForOrganization);
  const [t, label, viewer] = await Promise.all([getTranslations("matching"), getVocabulary(), getViewer()]);
  const { organization: org, matches } = result;
  const name = pickText(org.name, locale)?.text ?? slug;

  return (
    <MatchesFrame
      profile={`/organizations/${slug}`}
      title={t("organizationTitle", { name })}
      lead={t("organizationLead")}
      links={
        viewer ? (
          <p className="mt-3">
            <Link href="/partnerships/proposals">{t("proposals")}</Link>
          </p>
        ) : null
      }
      filters={filters}
      showKind={false}
      result={result}
      empty={org.sectors.length === 0 ? t("noSectors") : matches.length === 0 ? t("noMatches") : null}
    >
      {matches.map(({ community, ...match }) => (
        <MatchCard
          key={community.id}
          href={`/communities/${community.slug}`}
          name={<CommunityTitle community={community} />}
          about={
            <>
              {label("communityType", community.type)} · {oblastName(community.oblastCode, community.oblastName, locale).text}
            </>
          }
          verified={community.isVerified}
          match={match}
          locale={locale}
          needs={community.needs}
          pair={{ organizationId: org.id, communityId: community.id }}
          organizationName={name}
          viewer={viewer}
        />
      ))}
    </MatchesFrame>
  );
}
