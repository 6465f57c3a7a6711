import "server-only";
// Reads of needs: the public ones (open, published needs of public communities) and, at the end,
// the community workspace's (all of a community's needs, for its officials and moderators).
import { Prisma } from "@/generated/prisma/client";
import { NeedStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { communityNameSelect } from "@/lib/community/selects";
import { agreedPartnershipWhere, publicOpenNeedWhere } from "@/lib/listing/public-where";
import { eurPerUnit } from "@/lib/money/eur";
import { MINOR_PER_UNIT_SQL } from "@/lib/money/minor";
import { NEEDS_PAGE_SIZE, type NeedFilters } from "./filters";
import { needEditSelect, needSummarySelect } from "./selects";

const needSelect = {
  ...needSummarySelect,
  community: { select: { slug: true, ...communityNameSelect } },
} satisfies Prisma.NeedSelect;

export type NeedListItem = Prisma.NeedGetPayload<{ select: typeof needSelect }>;

/** Ids of needs whose approximate cost, in euros, lies in the range (SQL: the rate table inline). */
async function idsInCostRange(minEur: number | null, maxEur: number | null): Promise<string[] | null> {
  if (minEur === null && maxEur === null) return null;
  const prisma = await db();
  const rates = Prisma.join(Object.entries(eurPerUnit).map(([code, rate]) => Prisma.sql`(${code}, ${rate}::float8)`));
  const eur = Prisma.sql`(n."costMinor" / ${Prisma.raw(MINOR_PER_UNIT_SQL)}) * r.rate`;
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT n.id FROM "Need" n JOIN (VALUES ${rates}) AS r(code, rate) ON r.code = n.currency
    WHERE n."costMinor" IS NOT NULL
      AND ${eur} >= ${minEur ?? 0}
      AND ${eur} <= ${maxEur ?? Number.MAX_SAFE_INTEGER}`;
  return rows.map((row) => row.id);
}

/** The public open needs the filters ask for (the page aside): the list and the read API share it. */
export async function needFilterWhere(filters: NeedFilters): Promise<Prisma.NeedWhereInput> {
  const inRange = await idsInCostRange(filters.minEur, filters.maxEur);
  return {
    ...publicOpenNeedWhere,
    ...(filters.sector.length ? { sector: { in: filters.sector } } : {}),
    ...(filters.aidType.length ? { aidTypes: { hasSome: filters.aidType } } : {}),
    ...(filters.urgency.length ? { urgency: { in: filters.urgency } } : {}),
    ...(filters.oblast.length ? { community: { ...publicOpenNeedWhere.community, oblastCode: { in: filters.oblast } } } : {}),
    ...(inRange ? { id: { in: inRange } } : {}),
  };
}

// Urgency is an enum declared LOW→CRITICAL, so ordering by it descending puts CRITICAL first.
const needOrder: Prisma.NeedOrderByWithRelationInput[] = [{ urgency: "desc" }, { deadline: { sort: "asc", nulls: "last" } }, { id: "asc" }];

/** Ids of every open need the list shows for `filters` (all pages, in its order): the open-data download's. */
export async function matchingNeedIds(filters: NeedFilters): Promise<string[]> {
  const prisma = await db();
  const rows = await prisma.need.findMany({ where: await needFilterWhere(filters), select: { id: true }, orderBy: needOrder });
  return rows.map((row) => row.id);
}

/** Open needs, most urgent first, then by deadline (soonest first, none last). */
export async function listOpenNeeds(filters: NeedFilters) {
  const prisma = await db();
  const where = await needFilterWhere(filters);
  const [items, total] = await Promise.all([
    prisma.need.findMany({
      where,
      select: needSelect,
      orderBy: needOrder,
      skip: (filters.page - 1) * NEEDS_PAGE_SIZE,
      take: NEEDS_PAGE_SIZE,
    }),
    prisma.need.count({ where }),
  ]);
  return { items, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / NEEDS_PAGE_SIZE)) };
}

// ── The community workspace (its officials and moderators; the pages ask the policy first) ──

/** A community's needs that its public profile no longer lists (in progress or met). */
export async function listClosedNeeds(communityId: string) {
  const prisma = await db();
  return prisma.need.findMany({
    where: { communityId, needStatus: { not: NeedStatus.OPEN } },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 50,
    select: { id: true, slug: true, title: true, needStatus: true },
  });
}

/**
 * A need of the given community, for its edit form, with the partnerships that could have met
 * it: this community's, active or completed. Null when the need is not this community's.
 */
export async function getNeedForEdit(communityId: string, needSlug: string) {
  const prisma = await db();
  const need = await prisma.need.findFirst({
    where: { slug: needSlug, communityId },
    select: { ...needEditSelect, slug: true },
  });
  if (!need) return null;
  const partnerships = await prisma.partnership.findMany({
    where: { communityId, ...agreedPartnershipWhere },
    orderBy: [{ startDate: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: 100,
    select: { id: true, form: true, partnershipStatus: true, title: true, organization: { select: { name: true } } },
  });
  return { need, partnerships };
}
