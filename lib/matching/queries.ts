import "server-only";
// Partner matching on the database: candidates are preselected in SQL with indexes, then scored
// in TypeScript by the pure function in ./score.ts (which explains itself with reasons).
//
// Why a candidate cap: a partner with no shared sector can never outrank one with a shared
// sector (SECTOR_GATE), so candidates are the organisations whose sectors overlap the open needs.
// With 100,000 organisations a broad sector still matches tens of thousands, and reading their
// wide Organization rows costs more than the budget (measured: 160 ms for the scan and sort
// alone). So candidates come from SearchFacet, the narrow public projection (~150 bytes a row,
// GIN on sectors): the best CANDIDATE_CAP by the signals it holds (verified, a shared language,
// the partner's country preferred by the community); only those rows are then read in full and
// scored exactly. When no need is open there is nothing to match on, which the page explains.
// All candidates are ranked, then one page (MATCHES_PAGE_SIZE) is returned with the total; the
// page's pairs that already have an open partnership (proposed or active) say so, and where it is.
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { communityNameSelect } from "@/lib/community/selects";
import { agreedPartnershipWhere, openNeedWhere, publicCommunityWhere, publicOrganizationWhere } from "@/lib/listing/public-where";
import { minorToEur } from "@/lib/money/eur";
import { offerSelect } from "@/lib/organization/offer";
import { organizationListItemSelect } from "@/lib/organization/queries";
import { describeOpenPartnership, openPartnershipSelect, openPartnershipWhere, type OpenPartnership } from "@/lib/partnership/open";
import { MATCHES_PAGE_SIZE, type MatchFilters } from "./filters";
import { rankPartners, scoreMatch, type CommunityForMatching, type Match, type PartnerForMatching } from "./score";

export const CANDIDATE_CAP = 600;

/** One page of a ranked list, with where it stands in the whole. */
function pageOf<T>(ranked: T[], page: number) {
  const pageCount = Math.max(1, Math.ceil(ranked.length / MATCHES_PAGE_SIZE));
  const first = (page - 1) * MATCHES_PAGE_SIZE;
  return { items: ranked.slice(first, first + MATCHES_PAGE_SIZE), total: ranked.length, page, pageCount, first };
}

/** The open partnership (proposed or active) of each pair, keyed `${organizationId}:${communityId}`. */
async function openPartnerships(prisma: Db, where: Prisma.PartnershipWhereInput): Promise<Map<string, OpenPartnership>> {
  const rows = await prisma.partnership.findMany({
    where: { ...openPartnershipWhere, ...where },
    // An active one says more than a proposal: it wins when a pair has both.
    orderBy: [{ partnershipStatus: "desc" }, { id: "asc" }],
    select: openPartnershipSelect,
  });
  const byPair = new Map<string, OpenPartnership>();
  for (const row of rows) {
    const key = `${row.organizationId}:${row.communityId}`;
    const described = describeOpenPartnership(row);
    if (!byPair.has(key) || described.state === "active") byPair.set(key, described);
  }
  return byPair;
}

const partnerSelect = { ...organizationListItemSelect, languages: true, ...offerSelect } satisfies Prisma.OrganizationSelect;
type PartnerRow = Prisma.OrganizationGetPayload<{ select: typeof partnerSelect }>;

const communitySelect = {
  id: true,
  slug: true,
  ...communityNameSelect,
  oblastName: true,
  population: true,
  languages: true,
  preferredCountries: true,
  preferredKinds: true,
  isVerified: true,
  isDemo: true,
  needs: {
    where: openNeedWhere,
    select: { id: true, slug: true, title: true, sector: true, aidTypes: true, costMinor: true, currency: true, priorityIdeaId: true },
  },
} satisfies Prisma.CommunitySelect;
type CommunityRow = Prisma.CommunityGetPayload<{ select: typeof communitySelect }>;

function toCommunity(row: CommunityRow): CommunityForMatching {
  return {
    id: row.id,
    oblastCode: row.oblastCode,
    population: row.population,
    languages: row.languages,
    preferredCountries: row.preferredCountries,
    preferredKinds: row.preferredKinds,
    openNeeds: row.needs.map((n) => ({
      id: n.id,
      sector: n.sector,
      aidTypes: n.aidTypes,
      costEur: n.costMinor !== null && n.currency ? minorToEur(n.costMinor, n.currency) : null,
      // A need made from a residents' priority (lib/priorities) is named as a reason.
      ...(n.priorityIdeaId ? { priorityTitle: n.title } : {}),
    })),
  };
}

function toPartner(row: PartnerRow, ties: number): PartnerForMatching {
  const eur = (minor: bigint | null) => (minor !== null && row.budgetCurrency ? minorToEur(minor, row.budgetCurrency) : null);
  return {
    id: row.id,
    kind: row.kind,
    country: row.country,
    sectors: row.sectors,
    aidTypes: row.aidTypes,
    languages: row.languages,
    operatingCountries: row.operatingCountries,
    operatingOblasts: row.operatingOblasts,
    budgetMinEur: eur(row.budgetMinMinor),
    budgetMaxEur: eur(row.budgetMaxMinor),
    population: row.population,
    isVerified: row.isVerified,
    updatedAt: row.updatedAt,
    existingTies: ties,
  };
}

/** The community with only its open needs in the sectors the filters pick (all of them when none is picked). */
function inSectors(community: CommunityForMatching, filters: MatchFilters): CommunityForMatching {
  if (!filters.sector.length) return community;
  return { ...community, openNeeds: community.openNeeds.filter((n) => filters.sector.includes(n.sector)) };
}

type Db = Awaited<ReturnType<typeof db>>;

/** Ids of the candidate organisations, from the narrow SearchFacet projection (see above). */
async function candidateIds(
  prisma: Db,
  q: { sectors: string[]; languages: string[]; preferredCountries: string[]; filters: MatchFilters },
): Promise<string[]> {
  const { filters } = q;
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT f."targetId" AS id
    FROM "SearchFacet" f
    WHERE f."targetType" = 'ORGANIZATION'
      AND f.sectors && ${q.sectors}::"Sector"[]
      AND (cardinality(${filters.kind}::text[]) = 0 OR f.kind::text = ANY(${filters.kind}::text[]))
      AND (cardinality(${filters.country}::text[]) = 0 OR f.country = ANY(${filters.country}::text[]))
      AND (cardinality(${filters.language}::text[]) = 0 OR f.languages && ${filters.language}::text[])
      AND (NOT ${filters.verified} OR f."isVerified")
    ORDER BY f."isVerified" DESC,
      (f.languages && ${q.languages}::text[]) DESC,
      (f.country = ANY(${q.preferredCountries}::text[])) DESC,
      f."targetId"
    LIMIT ${CANDIDATE_CAP}`;
  return rows.map((r) => r.id);
}

export interface OrganizationMatch extends Match {
  organization: PartnerRow;
  /** Its place in the whole ranking, from 1. */
  rank: number;
  /** An open partnership of the pair, when there is one: then it is not offered again. */
  partnership: OpenPartnership | null;
}

const noMatches = { matches: [], total: 0, page: 1, pageCount: 1 } as const;

/** Organisations ranked for a public community's open needs, best first, with reasons. */
export async function matchOrganizationsForCommunity(slug: string, filters: MatchFilters, now = new Date()) {
  const prisma = await db();
  const row = await prisma.community.findFirst({ where: { ...publicCommunityWhere, slug }, select: communitySelect });
  if (!row) return null;
  const community = toCommunity(row);
  const needSectors = [...new Set(community.openNeeds.map((n) => n.sector))].filter(
    (s) => !filters.sector.length || filters.sector.includes(s),
  );
  if (needSectors.length === 0) return { community: row, ...noMatches, matches: [] as OrganizationMatch[], candidates: 0 };

  const ids = await candidateIds(prisma, {
    sectors: needSectors,
    languages: community.languages,
    preferredCountries: community.preferredCountries,
    filters,
  });
  const candidates = await prisma.organization.findMany({ where: { ...publicOrganizationWhere, id: { in: ids } }, select: partnerSelect });
  // Partners already active here: a cheap favour to existing ties, counted in one grouped query.
  const ties = await prisma.partnership.groupBy({
    by: ["organizationId"],
    where: {
      communityId: row.id,
      ...agreedPartnershipWhere,
      organizationId: { in: candidates.map((c) => c.id) },
    },
    _count: { _all: true },
  });
  const tieCount = new Map(ties.map((t) => [t.organizationId, t._count._all]));
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const ranked = rankPartners(
    inSectors(community, filters),
    candidates.map((c) => toPartner(c, tieCount.get(c.id) ?? 0)),
    now,
  );
  const { items, first, ...paging } = pageOf(ranked, filters.page);
  const open = await openPartnerships(prisma, { communityId: row.id, organizationId: { in: items.map((m) => m.partnerId) } });
  const matches: OrganizationMatch[] = items.map((m, index) => ({
    ...m,
    organization: byId.get(m.partnerId)!,
    rank: first + index + 1,
    partnership: open.get(`${m.partnerId}:${row.id}`) ?? null,
  }));
  return { community: row, matches, ...paging, candidates: candidates.length };
}

export interface CommunityMatch extends Match {
  community: CommunityRow;
  rank: number;
  partnership: OpenPartnership | null;
}

/** Communities with open needs ranked for a public organisation, best first, with reasons. */
export async function matchCommunitiesForOrganization(slug: string, filters: MatchFilters, now = new Date()) {
  const prisma = await db();
  const org = await prisma.organization.findFirst({ where: { ...publicOrganizationWhere, slug }, select: partnerSelect });
  if (!org) return null;
  const sectors = org.sectors.filter((s) => !filters.sector.length || filters.sector.includes(s));
  if (sectors.length === 0) return { organization: org, ...noMatches, matches: [] as CommunityMatch[], candidates: 0 };
  // Communities with at least one open need in the organisation's sectors (index on need status+sector).
  const rows = await prisma.community.findMany({
    where: { ...publicCommunityWhere, needs: { some: { ...openNeedWhere, sector: { in: sectors } } } },
    orderBy: [{ isVerified: "desc" }, { updatedAt: "desc" }, { id: "asc" }],
    take: CANDIDATE_CAP,
    select: communitySelect,
  });
  const ties = await prisma.partnership.groupBy({
    by: ["communityId"],
    where: { organizationId: org.id, ...agreedPartnershipWhere },
    _count: { _all: true },
  });
  const tieCount = new Map(ties.map((t) => [t.communityId, t._count._all]));
  // Each community has its own best possible score, so the list is ordered by the share people
  // read ("Fit 82 %"), then by the score, then by id (a fixed order: pages never shuffle).
  const ranked = rows
    .map((row) => ({
      ...scoreMatch(inSectors(toCommunity(row), filters), toPartner(org, tieCount.get(row.id) ?? 0), now),
      partnerId: row.id,
      community: row,
    }))
    .sort((a, b) => b.share - a.share || b.score - a.score || (a.partnerId < b.partnerId ? -1 : 1));
  const { items, first, ...paging } = pageOf(ranked, filters.page);
  const open = await openPartnerships(prisma, { organizationId: org.id, communityId: { in: items.map((m) => m.partnerId) } });
  const matches: CommunityMatch[] = items.map((m, index) => ({
    ...m,
    rank: first + index + 1,
    partnership: open.get(`${org.id}:${m.partnerId}`) ?? null,
  }));
  return { organization: org, matches, ...paging, candidates: rows.length };
}
