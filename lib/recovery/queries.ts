import "server-only";
// Reads of the recovery tracker (issue 18): a partnership's plan, the milestones and money the
// public sees (across the country, or for one community), their totals, and a need's progress.
// The filters and the public rule are written once here, so the pages, `/api/v1/recovery` and its
// CSV read the same rows and sum them the same way (lib/recovery/totals.ts).
import type { Prisma } from "@/generated/prisma/client";
import { MilestoneStatus, type AidFlow, type Sector } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { lookableSlug } from "@/lib/text/slug";
import {
  notHidden,
  publicCommunityWhere,
  publicMilestoneWhere,
  publicNeedWhere,
  publicPartnershipWhere,
  publicTransactionWhere,
} from "@/lib/listing/public-where";
import type { RecoveryFilters } from "./filters";
import { recoveryTotals, type MoneyRow, type RateRow, type RecoveryTotals } from "./totals";

/** At most this many milestones on one page or in one API answer; totals always cover every match. */
export const MILESTONE_LIMIT = 200;

const transactionSelect = {
  id: true,
  flow: true,
  amountMinor: true,
  currency: true,
  date: true,
  providerSide: true,
  receiverSide: true,
  inKind: true,
  quantity: true,
  item: true,
  note: true,
  milestoneId: true,
  createdAt: true,
} as const satisfies Prisma.AidTransactionSelect;

const partnershipSummarySelect = {
  id: true,
  slug: true,
  title: true,
  organizationId: true,
  communityId: true,
  partnerOrganizationId: true,
  partnershipStatus: true,
  organization: { select: { slug: true, name: true, country: true } },
  partnerOrganization: { select: { slug: true, name: true, country: true } },
  community: { select: { slug: true, name: true, shortName: true, oblastCode: true, oblastName: true } },
} as const satisfies Prisma.PartnershipSelect;

const milestoneSelect = {
  id: true,
  title: true,
  plannedDate: true,
  milestoneStatus: true,
  cancelReason: true,
  deliveredBySide: true,
  deliveredAt: true,
  confirmedAt: true,
  registryProjectId: true,
  tenderId: true,
  createdAt: true,
  needs: { select: { need: { select: { id: true, slug: true, title: true, sector: true, costMinor: true, currency: true } } } },
  transactions: { select: transactionSelect, orderBy: [{ date: "asc" }, { createdAt: "asc" }] },
  evidence: {
    where: notHidden,
    select: {
      id: true,
      kind: true,
      contentType: true,
      size: true,
      width: true,
      height: true,
      fileName: true,
      caption: true,
      thumbKey: true,
      createdAt: true,
    },
    orderBy: { createdAt: "asc" },
  },
  questions: {
    where: notHidden,
    select: { id: true, body: true, answer: true, answeredAt: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  },
} as const satisfies Prisma.MilestoneSelect;

export type PlanMilestone = Prisma.MilestoneGetPayload<{ select: typeof milestoneSelect }>;
export type PlanTransaction = Prisma.AidTransactionGetPayload<{ select: typeof transactionSelect }>;
export type TimelineMilestone = PlanMilestone & { partnership: Prisma.PartnershipGetPayload<{ select: typeof partnershipSummarySelect }> };

/** The rates table, as numbers (a handful of rows; read once per page). */
export async function exchangeRates(): Promise<RateRow[]> {
  const prisma = await db();
  const rows = await prisma.exchangeRate.findMany({ orderBy: [{ currency: "asc" }, { validFrom: "desc" }] });
  return rows.map((r) => ({ currency: r.currency, validFrom: r.validFrom, eurPerUnit: Number(r.eurPerUnit) }));
}

/** The rates with who set them, for the moderators' page. */
export async function exchangeRateRows() {
  const prisma = await db();
  return prisma.exchangeRate.findMany({
    orderBy: [{ currency: "asc" }, { validFrom: "desc" }],
    select: { id: true, currency: true, validFrom: true, eurPerUnit: true, createdAt: true },
  });
}

/** A partnership's plan as its page shows it: shown milestones, their money, evidence and questions, and money not tied to one. */
export async function partnershipPlan(
  partnershipId: string,
): Promise<{ milestones: PlanMilestone[]; loose: PlanTransaction[]; totals: RecoveryTotals }> {
  const prisma = await db();
  const [milestones, loose, rates] = await Promise.all([
    prisma.milestone.findMany({
      where: { partnershipId, ...notHidden },
      select: milestoneSelect,
      orderBy: [{ plannedDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    }),
    prisma.aidTransaction.findMany({ where: { partnershipId, milestoneId: null }, select: transactionSelect, orderBy: { date: "asc" } }),
    exchangeRates(),
  ]);
  const rows: MoneyRow[] = [...milestones.flatMap((m) => m.transactions), ...loose];
  return { milestones, loose, totals: recoveryTotals(rows, rates) };
}

/** The partnership side of the filters: where, which community, which partner country. */
function partnershipFilter(filters: RecoveryFilters, communityId?: string): Prisma.PartnershipWhereInput[] {
  return [
    ...(communityId ? [{ communityId }] : []),
    ...(filters.oblast.length ? [{ community: { oblastCode: { in: filters.oblast } } }] : []),
    ...(filters.country.length
      ? [{ OR: [{ organization: { country: { in: filters.country } } }, { partnerOrganization: { country: { in: filters.country } } }] }]
      : []),
  ];
}

/** The milestone side of the filters: the sector of a need it addresses, its status. */
function milestoneFilter(filters: RecoveryFilters): Prisma.MilestoneWhereInput[] {
  return [
    ...(filters.sector.length ? [{ needs: { some: { need: { sector: { in: filters.sector } } } } }] : []),
    ...(filters.status.length ? [{ milestoneStatus: { in: filters.status } }] : []),
  ];
}

export function recoveryMilestoneWhere(filters: RecoveryFilters, communityId?: string): Prisma.MilestoneWhereInput {
  const onPartnership = partnershipFilter(filters, communityId);
  return {
    AND: [publicMilestoneWhere, ...(onPartnership.length ? [{ partnership: { AND: onPartnership } }] : []), ...milestoneFilter(filters)],
  };
}

/**
 * The public transactions the same filters select. Money tied to no milestone counts only while
 * no milestone filter (sector, status) is set: it has neither.
 */
export function recoveryTransactionWhere(filters: RecoveryFilters, communityId?: string): Prisma.AidTransactionWhereInput {
  const onPartnership = partnershipFilter(filters, communityId);
  const onMilestone = milestoneFilter(filters);
  return {
    AND: [
      publicTransactionWhere,
      ...(onPartnership.length ? [{ partnership: { AND: onPartnership } }] : []),
      ...(onMilestone.length ? [{ milestone: { AND: onMilestone } }] : []),
    ],
  };
}

/** Totals of every matching public transaction: per flow and currency, and the EUR equivalent. */
export async function recoveryTotalsFor(filters: RecoveryFilters, communityId?: string): Promise<RecoveryTotals> {
  const prisma = await db();
  // Grouped by day: the equivalent needs each amount's date, not each row.
  const [groups, rates] = await Promise.all([
    prisma.aidTransaction.groupBy({
      by: ["flow", "currency", "date"],
      where: recoveryTransactionWhere(filters, communityId),
      _sum: { amountMinor: true },
      _count: { _all: true },
    }),
    exchangeRates(),
  ]);
  const totals = recoveryTotals(
    groups.map((g) => ({ flow: g.flow, currency: g.currency, date: g.date, amountMinor: g._sum.amountMinor ?? 0n })),
    rates,
  );
  return { ...totals, transactions: groups.reduce((sum, g) => sum + g._count._all, 0) };
}

/** The newest-first timeline of public milestones the filters select (at most MILESTONE_LIMIT), and how many match. */
export async function recoveryTimeline(
  filters: RecoveryFilters,
  communityId?: string,
): Promise<{ milestones: TimelineMilestone[]; total: number }> {
  const prisma = await db();
  const where = recoveryMilestoneWhere(filters, communityId);
  const [milestones, total] = await Promise.all([
    prisma.milestone.findMany({
      where,
      select: { ...milestoneSelect, partnership: { select: partnershipSummarySelect } },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: MILESTONE_LIMIT,
    }),
    prisma.milestone.count({ where }),
  ]);
  return { milestones, total };
}

/** Every public transaction the filters select, with its partnership and milestone, for the API and its CSV. */
export async function recoveryTransactions(filters: RecoveryFilters, communityId?: string) {
  const prisma = await db();
  return prisma.aidTransaction.findMany({
    where: recoveryTransactionWhere(filters, communityId),
    select: {
      ...transactionSelect,
      partnership: { select: partnershipSummarySelect },
      milestone: { select: { id: true, title: true, milestoneStatus: true } },
    },
    orderBy: [{ date: "asc" }, { id: "asc" }],
  });
}

export interface NeedProgress {
  /** Pledged (commitments) per currency, in minor units. */
  pledged: { currency: string; minor: bigint }[];
  /** Milestones delivered or confirmed, with what was given in kind. */
  delivered: { title: Prisma.JsonValue; confirmed: boolean; items: { item: string; quantity: number | null }[] }[];
  milestones: number;
}

/** How far the public recovery plans addressing these needs have come ("EUR 42,000 of 60,000 pledged, bus delivered"). */
export async function needProgress(needIds: readonly string[]): Promise<Map<string, NeedProgress>> {
  const progress = new Map<string, NeedProgress>();
  if (needIds.length === 0) return progress;
  const prisma = await db();
  const links = await prisma.milestoneNeed.findMany({
    where: { needId: { in: [...needIds] }, milestone: publicMilestoneWhere },
    select: {
      needId: true,
      milestone: {
        select: {
          title: true,
          milestoneStatus: true,
          transactions: { select: { flow: true, amountMinor: true, currency: true, inKind: true, item: true, quantity: true } },
        },
      },
    },
  });
  for (const { needId, milestone } of links) {
    const entry = progress.get(needId) ?? { pledged: [], delivered: [], milestones: 0 };
    entry.milestones += 1;
    for (const t of milestone.transactions) {
      if (t.flow !== ("COMMITMENT" satisfies AidFlow)) continue;
      const slot = entry.pledged.find((p) => p.currency === t.currency);
      if (slot) slot.minor += t.amountMinor;
      else entry.pledged.push({ currency: t.currency, minor: t.amountMinor });
    }
    const done = milestone.milestoneStatus === MilestoneStatus.DELIVERED || milestone.milestoneStatus === MilestoneStatus.CONFIRMED;
    if (done)
      entry.delivered.push({
        title: milestone.title,
        confirmed: milestone.milestoneStatus === MilestoneStatus.CONFIRMED,
        // What was handed over (a pledge of the same goods is not a second delivery), each once.
        items: [
          ...new Map(
            milestone.transactions
              .filter((t) => t.inKind && t.item && t.flow !== "COMMITMENT")
              .map((t) => [`${t.item}|${t.quantity}`, { item: t.item!, quantity: t.quantity }]),
          ).values(),
        ],
      });
    progress.set(needId, entry);
  }
  return progress;
}

/** The values the recovery filters can take: oblasts, partner countries and sectors that have public milestones. */
export async function recoveryFacetValues(): Promise<{ oblasts: string[]; countries: string[]; sectors: Sector[] }> {
  const prisma = await db();
  const [partnerships, sectors] = await Promise.all([
    prisma.partnership.findMany({
      where: { ...publicPartnershipWhere, milestones: { some: notHidden } },
      select: {
        community: { select: { oblastCode: true } },
        organization: { select: { country: true } },
        partnerOrganization: { select: { country: true } },
      },
    }),
    prisma.need.findMany({
      where: { milestones: { some: { milestone: publicMilestoneWhere } } },
      select: { sector: true },
      distinct: ["sector"],
    }),
  ]);
  const oblasts = new Set<string>();
  const countries = new Set<string>();
  for (const p of partnerships) {
    if (p.community) oblasts.add(p.community.oblastCode);
    countries.add(p.organization.country);
    if (p.partnerOrganization) countries.add(p.partnerOrganization.country);
  }
  return { oblasts: [...oblasts], countries: [...countries], sectors: sectors.map((s) => s.sector) };
}

/** The needs of a community a milestone may address: its public ones, newest first. */
export async function communityNeedOptions(communityId: string) {
  const prisma = await db();
  return prisma.need.findMany({
    where: { communityId, ...publicNeedWhere },
    select: { id: true, slug: true, title: true },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
}

/** A stored evidence file's row: `public` when its milestone is public, else `private` with the partnership's sides (for the policy). */
export async function evidenceFile(id: string) {
  // Ids are ours (cuid): anything else names nothing, and is not sent to the database.
  if (!/^[a-z0-9]{20,40}$/.test(id)) return { public: null, private: null };
  const prisma = await db();
  const select = { id: true, kind: true, contentType: true, storedKey: true, thumbKey: true, fileName: true, sha256: true } as const;
  const row = await prisma.evidence.findFirst({
    where: { id, ...notHidden, milestone: notHidden },
    select: {
      ...select,
      milestone: { select: { partnership: { select: { organizationId: true, communityId: true, partnerOrganizationId: true } } } },
    },
  });
  if (!row) return { public: null, private: null };
  const isPublic = (await prisma.milestone.count({ where: { ...publicMilestoneWhere, evidence: { some: { id } } } })) > 0;
  return isPublic ? { public: row, private: null } : { public: null, private: { ...row, partnership: row.milestone.partnership } };
}

/** The id of a public community by slug, or null. */
export async function publicCommunityId(slug: string): Promise<string | null> {
  if (!lookableSlug(slug)) return null;
  const prisma = await db();
  const row = await prisma.community.findFirst({ where: { ...publicCommunityWhere, slug }, select: { id: true } });
  return row?.id ?? null;
}

/** A public partnership with what its IATI activity names (lib/recovery/iati.ts). */
export async function iatiPartnership(slug: string) {
  if (!lookableSlug(slug)) return null;
  const prisma = await db();
  return prisma.partnership.findFirst({
    where: { ...publicPartnershipWhere, slug },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      partnershipStatus: true,
      startDate: true,
      endDate: true,
      updatedAt: true,
      organization: { select: { name: true, country: true } },
      partnerOrganization: { select: { name: true, country: true } },
      community: { select: { name: true, publicLat: true, publicLng: true } },
    },
  });
}
