import "server-only";
// Public reads of needs: open, published needs of public communities.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { publicOpenNeedWhere } from "@/lib/community/queries";
import { eurPerUnit } from "@/lib/money/eur";
import { NEEDS_PAGE_SIZE, type NeedFilters } from "./filters";

const needSelect = {
  id: true, slug: true, title: true, description: true, sector: true, aidTypes: true, costMinor: true, currency: true,
  urgency: true, needStatus: true, deadline: true, isDemo: true,
  community: { select: { slug: true, name: true, shortName: true, altShortName: true, type: true, katottg: true, oblastCode: true } },
} satisfies Prisma.NeedSelect;

export type NeedListItem = Prisma.NeedGetPayload<{ select: typeof needSelect }>;

/** Ids of needs whose approximate cost, in euros, lies in the range (SQL: the rate table inline). */
async function idsInCostRange(minEur: number | null, maxEur: number | null): Promise<string[] | null> {
  if (minEur === null && maxEur === null) return null;
  const prisma = await db();
  const rates = Prisma.join(Object.entries(eurPerUnit).map(([code, rate]) => Prisma.sql`(${code}, ${rate}::float8)`));
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT n.id FROM "Need" n JOIN (VALUES ${rates}) AS r(code, rate) ON r.code = n.currency
    WHERE n."costMinor" IS NOT NULL
      AND (n."costMinor" / 100.0) * r.rate >= ${minEur ?? 0}
      AND (n."costMinor" / 100.0) * r.rate <= ${maxEur ?? Number.MAX_SAFE_INTEGER}`;
  return rows.map((row) => row.id);
}


/** Open needs, most urgent first, then by deadline (soonest first, none last). */
export async function listOpenNeeds(filters: NeedFilters) {
  const prisma = await db();
  const inRange = await idsInCostRange(filters.minEur, filters.maxEur);
  const where: Prisma.NeedWhereInput = {
    ...publicOpenNeedWhere,
    ...(filters.sector.length ? { sector: { in: filters.sector } } : {}),
    ...(filters.aidType.length ? { aidTypes: { hasSome: filters.aidType } } : {}),
    ...(filters.urgency.length ? { urgency: { in: filters.urgency } } : {}),
    ...(filters.oblast.length ? { community: { ...publicOpenNeedWhere.community, oblastCode: { in: filters.oblast } } } : {}),
    ...(inRange ? { id: { in: inRange } } : {}),
  };
  // Urgency is an enum declared LOW→CRITICAL, so ordering by it descending puts CRITICAL first.
  const [items, total] = await Promise.all([
    prisma.need.findMany({
      where,
      select: needSelect,
      orderBy: [{ urgency: "desc" }, { deadline: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      skip: (filters.page - 1) * NEEDS_PAGE_SIZE,
      take: NEEDS_PAGE_SIZE,
    }),
    prisma.need.count({ where }),
  ]);
  return { items, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / NEEDS_PAGE_SIZE)) };
}

