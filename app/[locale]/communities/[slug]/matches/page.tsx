import { getTranslations } from "next-intl/server";
import { communityTitle } from "@/components/community/community-title";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Localized } from "@/components/i18n/localized";
import { titleMetadata } from "@/components/layout/page";
import { MatchCard, MatchesFrame, openMatchesPage, type MatchesPageProps } from "@/components/matching/match-list";
import { OrganizationPlace } from "@/components/organization/organization-place";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { matchOrganizationsForCommunity } from "@/lib/matching/queries";

export const generateMetadata = titleMetadata("matching.findPartners");

export default async function CommunityMatchesPage(props: MatchesPageProps) {
  const { locale, slug, filters, result } = await openMatchesPage(props, matchOrganizationsForCommunity);
  const [t, tc, label, viewer] = await Promise.all([
    getTranslations("matching"),
    getTranslations("community"),
    getVocabulary(),
    getViewer(),
  ]);
  const { community, matches } = result;
  const name = communityTitle(community, locale, tc).text;

  return (
    <MatchesFrame
      profile={`/communities/${slug}`}
      title={t("communityTitle", { name })}
      lead={t("communityLead")}
      links={
        can(viewer, "create", "Need", { communityId: community.id }) ? (
          <p className="mt-3">
            <Link href={`/communities/${slug}/needs/new`} className="font-semibold">
              + {t("addNeed")}
            </Link>{" "}
            · <Link href="/partnerships/proposals">{t("proposals")}</Link>
          </p>
        ) : null
      }
      filters={filters}
      showKind
      result={result}
      empty={community.needs.length === 0 ? t("noNeeds") : matches.length === 0 ? t("noMatches") : null}
    >
      {matches.map(({ organization: org, ...match }) => (
        <MatchCard
          key={org.id}
          href={`/organizations/${org.slug}`}
          name={<Localized value={org.name} />}
          about={
            <>
              {label("organizationKind", org.kind)} · <OrganizationPlace city={org.city} country={org.country} />
            </>
          }
          verified={org.isVerified}
          match={match}
          locale={locale}
          needs={community.needs}
          pair={{ organizationId: org.id, communityId: community.id }}
          organizationName={pickText(org.name, locale)?.text ?? org.slug}
          viewer={viewer}
        />
      ))}
    </MatchesFrame>
  );
}
