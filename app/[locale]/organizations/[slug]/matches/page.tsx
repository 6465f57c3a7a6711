import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CommunityTitle } from "@/components/community/community-title";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { openPage, titleMetadata } from "@/components/layout/page";
import { VerifiedBadge } from "@/components/listing/verified-badge";
import { MatchFiltersForm } from "@/components/matching/match-filters";
import { MatchReasons } from "@/components/matching/match-reasons";
import { ProposeForm } from "@/components/matching/propose-form";
import { PartnershipForm } from "@/generated/prisma/enums";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { oblastName } from "@/lib/i18n/display-names";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { parseMatchFilters } from "@/lib/matching/filters";
import { matchCommunitiesForOrganization } from "@/lib/matching/queries";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleMetadata("matching.findCommunities");

export default async function OrganizationMatchesPage({ params, searchParams }: Props) {
  const locale = await openPage(params);
  const { slug } = await params;
  const filters = parseMatchFilters(await searchParams);
  const result = await matchCommunitiesForOrganization(slug, filters);
  if (!result) notFound();
  const [t, label, viewer] = await Promise.all([getTranslations("matching"), getVocabulary(), getViewer()]);
  const { organization: org, matches } = result;
  const name = pickText(org.name, locale)?.text ?? slug;
  const forms = Object.values(PartnershipForm).map((f) => ({ value: f, label: label("partnershipForm", f) }));

  return (
    <div>
      <p>
        <Link href={`/organizations/${slug}`}>← {t("backToProfile")}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t("organizationTitle", { name })}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("organizationLead")}</p>
      {viewer ? (
        <p className="mt-3">
          <Link href="/partnerships/proposals">{t("proposals")}</Link>
        </p>
      ) : null}
      <div className="mt-6">
        <MatchFiltersForm filters={filters} action={`/organizations/${slug}/matches`} showKind={false} />
      </div>
      {org.sectors.length === 0 ? (
        <p className="mt-6">{t("noSectors")}</p>
      ) : matches.length === 0 ? (
        <p className="mt-6">{t("noMatches")}</p>
      ) : null}
      <ol className="mt-6 space-y-4">
        {matches.map((match, index) => {
          const community = match.community;
          const sector = match.reasons.find((r) => r.code === "sector");
          const matchedNeedIds = sector && sector.code === "sector" ? sector.needIds : [];
          const needTitle = new Map(community.needs.map((n) => [n.id, pickText(n.title, locale)?.text ?? n.slug]));
          const mayPropose = can(viewer, "propose", "Partnership", {
            organizationId: org.id,
            communityId: community.id,
            partnerOrganizationId: null,
          });
          const oblast = oblastName(community.oblastCode, community.oblastName, locale);
          return (
            <li key={community.id} className="rounded-lg border border-line bg-surface p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="text-lg font-semibold">
                  <span className="mr-2 text-muted">{index + 1}.</span>
                  <Link href={`/communities/${community.slug}`}>
                    <CommunityTitle community={community} />
                  </Link>
                </h2>
                <span className="rounded-full bg-brand-soft px-3 py-0.5 text-sm font-semibold text-brand-strong">
                  {t("fit", { score: match.score })}
                </span>
              </div>
              <p className="text-sm text-muted">
                {label("communityType", community.type)} · {oblast.text}
              </p>
              {community.isVerified ? (
                <p className="mt-1">
                  <VerifiedBadge />
                </p>
              ) : null}
              <h3 className="mt-3 text-sm font-semibold">{t("why")}</h3>
              <MatchReasons reasons={match.reasons} locale={locale} />
              {matchedNeedIds.length ? (
                <p className="mt-2 text-sm">{t("needsMatched", { needs: matchedNeedIds.map((id) => needTitle.get(id)).join("; ") })}</p>
              ) : null}
              {mayPropose ? (
                <ProposeForm
                  organizationId={org.id}
                  communityId={community.id}
                  name={name}
                  forms={forms}
                  needs={community.needs.map((n) => ({ value: n.id, label: needTitle.get(n.id)! }))}
                  matchedNeedIds={matchedNeedIds}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
