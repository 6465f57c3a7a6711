// The two matches pages (partners for a community, communities for an organisation) share their
// frame and their cards: the ranked match, its fit as a share and the reasons that made it, the
// needs it meets and, for who may, the form that proposes the partnership (or, when the pair
// already has one proposed or running, a mark that links to it instead). One page at a time.
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { openPage } from "@/components/layout/page";
import { VerifiedBadge } from "@/components/listing/verified-badge";
import { ListPagination } from "@/components/search/list-pagination";
import { Badge } from "@/components/ui/badge";
import { PartnershipForm } from "@/generated/prisma/enums";
import { can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { matchFiltersToQuery, parseMatchFilters, type MatchFilters } from "@/lib/matching/filters";
import type { MatchReason } from "@/lib/matching/score";
import type { OpenPartnership } from "@/lib/partnership/open";
import { MatchFiltersForm } from "./match-filters";
import { MatchReasons } from "./match-reasons";
import { ProposeForm } from "./propose-form";

export type MatchesPageProps = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** A matches page's opening: its locale, the profile's slug, the filters, and the matches (not found without the profile). */
export async function openMatchesPage<Result>(
  { params, searchParams }: MatchesPageProps,
  find: (slug: string, filters: MatchFilters) => Promise<Result | null>,
) {
  const locale = await openPage(params);
  const { slug } = await params;
  const filters = parseMatchFilters(await searchParams);
  const result = await find(slug, filters);
  if (!result) notFound();
  return { locale, slug, filters, result };
}

/** The page around the ranked matches of one profile. */
export async function MatchesFrame({
  profile,
  title,
  lead,
  links,
  filters,
  showKind,
  empty,
  result,
  children,
}: {
  /** The profile's path; its matches are at `${profile}/matches`. */
  profile: string;
  title: string;
  lead: string;
  /** A paragraph of links under the lead, for who may use them. */
  links: ReactNode;
  filters: MatchFilters;
  showKind: boolean;
  /** Why the list is empty, when it is. */
  empty: string | null;
  /** Where this page stands in the whole ranking. */
  result: { total: number; page: number; pageCount: number };
  children: ReactNode;
}) {
  const t = await getTranslations("matching");
  const pathname = `${profile}/matches`;
  return (
    <div>
      <p>
        <Link href={profile}>← {t("backToProfile")}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{lead}</p>
      {links}
      <div className="mt-6">
        <MatchFiltersForm filters={filters} action={pathname} showKind={showKind} />
      </div>
      {empty ? (
        <p className="mt-6">{empty}</p>
      ) : (
        <>
          <h2 className="mt-6 text-lg font-semibold">{t("count", { count: result.total })}</h2>
          <p className="mt-1 max-w-3xl text-sm text-muted">{t("fitExplained")}</p>
        </>
      )}
      <ol className="mt-4 space-y-4">{children}</ol>
      {result.pageCount > 1 ? (
        <div className="mt-6">
          <ListPagination pathname={pathname} query={matchFiltersToQuery(filters)} result={result} />
        </div>
      ) : null}
    </div>
  );
}

/** One ranked match: the other side, its fit and reasons, and the proposal form for who may propose. */
export async function MatchCard({
  href,
  name,
  about,
  verified,
  match,
  locale,
  needs,
  pair,
  organizationName,
  viewer,
}: {
  /** The other side's profile. */
  href: string;
  name: ReactNode;
  /** What and where the other side is. */
  about: ReactNode;
  verified: boolean;
  match: { rank: number; share: number; best: number; reasons: MatchReason[]; partnership: OpenPartnership | null };
  locale: string;
  /** The community's open needs. */
  needs: { id: string; slug: string; title: unknown }[];
  pair: { organizationId: string; communityId: string };
  /** Names the proposal form. */
  organizationName: string;
  viewer: Viewer | null;
}) {
  const [t, label] = await Promise.all([getTranslations("matching"), getVocabulary()]);
  const needTitle = new Map(needs.map((n) => [n.id, pickText(n.title, locale)?.text ?? n.slug]));
  const sector = match.reasons.find((r) => r.code === "sector");
  const matchedNeedIds = sector && sector.code === "sector" ? sector.needIds : [];
  const maySides = can(viewer, "propose", "Partnership", { ...pair, partnerOrganizationId: null });
  // A proposal is between its two sides; an agreed, published partnership anyone may see.
  const open = match.partnership && (match.partnership.isPublic || maySides) ? match.partnership : null;
  return (
    <li className="rounded-lg border border-line bg-surface p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">
          <span className="mr-2 text-muted">{match.rank}.</span>
          <Link href={href}>{name}</Link>
        </h2>
        <span className="rounded-full bg-brand-soft px-3 py-0.5 text-sm font-semibold whitespace-nowrap text-brand-strong">
          {t("fit", { share: match.share / 100 })}
        </span>
      </div>
      <p className="text-sm text-muted">{about}</p>
      {verified ? (
        <p className="mt-1">
          <VerifiedBadge />
        </p>
      ) : null}
      <h3 className="mt-3 text-sm font-semibold">{t("why")}</h3>
      <MatchReasons reasons={match.reasons} best={match.best} locale={locale} />
      {matchedNeedIds.length ? (
        <p className="mt-2 text-sm">{t("needsMatched", { needs: matchedNeedIds.map((id) => needTitle.get(id)).join("; ") })}</p>
      ) : null}
      {open ? (
        <p className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          <Badge tone={open.state === "active" ? "ok" : "note"}>{t(open.state === "active" ? "alreadyPartners" : "proposalSent")}</Badge>
          <Link href={open.href}>{t(open.state === "active" ? "seePartnership" : "seeProposal")}</Link>
        </p>
      ) : maySides && !match.partnership ? (
        <ProposeForm
          {...pair}
          name={organizationName}
          forms={Object.values(PartnershipForm).map((form) => ({ value: form, label: label("partnershipForm", form) }))}
          needs={[...needTitle].map(([value, title]) => ({ value, label: title }))}
          matchedNeedIds={matchedNeedIds}
        />
      ) : null}
    </li>
  );
}
