import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { communityTitle } from "@/components/community/community-title";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Localized } from "@/components/i18n/localized";
import { openPage, titleMetadata } from "@/components/layout/page";
import { VerifiedBadge } from "@/components/listing/verified-badge";
import { MatchFiltersForm } from "@/components/matching/match-filters";
import { MatchReasons } from "@/components/matching/match-reasons";
import { ProposeForm } from "@/components/matching/propose-form";
import { OrganizationPlace } from "@/components/organization/organization-place";
import { PartnershipForm } from "@/generated/prisma/enums";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { parseMatchFilters } from "@/lib/matching/filters";
import { matchOrganizationsForCommunity } from "@/lib/matching/queries";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleMetadata("matching.findPartners");

export default async function CommunityMatchesPage({ params, searchParams }: Props) {
  const locale = await openPage(params);
  const { slug } = await params;
  const filters = parseMatchFilters(await searchParams);
  const result = await matchOrganizationsForCommunity(slug, filters);
  if (!result) notFound();
  const [t, tc, label, viewer] = await Promise.all([
    getTranslations("matching"),
    getTranslations("community"),
    getVocabulary(),
    getViewer(),
  ]);
  const { community, matches } = result;
  const name = communityTitle(community, locale, tc).text;
  const needTitle = new Map(community.needs.map((n) => [n.id, pickText(n.title, locale)?.text ?? n.slug]));
  const forms = Object.values(PartnershipForm).map((f) => ({ value: f, label: label("partnershipForm", f) }));
  const needOptions = community.needs.map((n) => ({ value: n.id, label: needTitle.get(n.id)! }));

  return (
    <div>
      <p>
        <Link href={`/communities/${slug}`}>← {t("backToProfile")}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t("communityTitle", { name })}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("communityLead")}</p>
      {can(viewer, "create", "Need", { communityId: community.id }) ? (
        <p className="mt-3">
          <Link href={`/communities/${slug}/needs/new`} className="font-semibold">
            + {t("addNeed")}
          </Link>{" "}
          · <Link href="/partnerships/proposals">{t("proposals")}</Link>
        </p>
      ) : null}
      <div className="mt-6">
        <MatchFiltersForm filters={filters} action={`/communities/${slug}/matches`} showKind />
      </div>
      {community.needs.length === 0 ? (
        <p className="mt-6">{t("noNeeds")}</p>
      ) : matches.length === 0 ? (
        <p className="mt-6">{t("noMatches")}</p>
      ) : null}
      <ol className="mt-6 space-y-4">
        {matches.map((match, index) => {
          const org = match.organization;
          const sector = match.reasons.find((r) => r.code === "sector");
          const matchedNeedIds = sector && sector.code === "sector" ? sector.needIds : [];
          const mayPropose = can(viewer, "propose", "Partnership", {
            organizationId: org.id,
            communityId: community.id,
            partnerOrganizationId: null,
          });
          return (
            <li key={org.id} className="rounded-lg border border-line bg-surface p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="text-lg font-semibold">
                  <span className="mr-2 text-muted">{index + 1}.</span>
                  <Link href={`/organizations/${org.slug}`}>
                    <Localized value={org.name} />
                  </Link>
                </h2>
                <span className="rounded-full bg-brand-soft px-3 py-0.5 text-sm font-semibold text-brand-strong">
                  {t("fit", { score: match.score })}
                </span>
              </div>
              <p className="text-sm text-muted">
                {label("organizationKind", org.kind)} · <OrganizationPlace city={org.city} country={org.country} />
              </p>
              {org.isVerified ? (
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
                  name={pickText(org.name, locale)?.text ?? org.slug}
                  forms={forms}
                  needs={needOptions}
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
