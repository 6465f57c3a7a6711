import "server-only";
// The statistics' reads, public rows only: the home page's headline counts, the observatory's
// groups (/{locale}/stats, /api/v1/stats) and the pages sitemap.xml lists.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import { PartnershipStatus } from "@/generated/prisma/enums";
import { memoByTags } from "@/lib/cache/tagged-memo";
import { SECTION_TAGS } from "@/lib/cache/tags";
import { locales } from "@/lib/i18n/localized-text";
import {
  publicAnnouncementWhere,
  publicCommunityWhere,
  publicEventWhere,
  publicOpenNeedWhere,
  publicOrganizationWhere,
  publicPartnershipWhere,
  publicPollWhere,
  shownSql,
} from "@/lib/listing/public-where";
import { minorToEur } from "@/lib/money/eur";
import { foundingPeriod, toObservatory, type Observatory, type ObservatoryCounts, type RawGroup } from "./charts";
import { MAX_URLS_PER_FILE, type SitemapPage } from "./sitemap-xml";

export interface HomeStats {
  organizations: number;
  /** Countries with at least one public organisation. */
  countries: number;
  communities: number;
  communitiesWithProfile: number;
  openNeeds: number;
  activePartnerships: number;
  upcomingEvents: number;
}

const activePartnershipWhere = {
  ...publicPartnershipWhere,
  partnershipStatus: PartnershipStatus.ACTIVE,
} satisfies Prisma.PartnershipWhereInput;

export async function getHomeStats(now: Date = new Date()): Promise<HomeStats> {
  const prisma = await db();
  const [organizations, countries, communities, communitiesWithProfile, openNeeds, activePartnerships, upcomingEvents] = await Promise.all([
    prisma.organization.count({ where: publicOrganizationWhere }),
    prisma.organization.groupBy({ by: ["country"], where: publicOrganizationWhere }).then((groups) => groups.length),
    prisma.community.count({ where: publicCommunityWhere }),
    prisma.community.count({ where: { ...publicCommunityWhere, hasProfile: true } }),
    prisma.need.count({ where: publicOpenNeedWhere }),
    prisma.partnership.count({ where: activePartnershipWhere }),
    // Not yet over: an event that has started but not ended still counts as upcoming.
    prisma.event.count({ where: { ...publicEventWhere, endsAt: { gte: now } } }),
  ]);
  return { organizations, countries, communities, communitiesWithProfile, openNeeds, activePartnerships, upcomingEvents };
}

/**
 * The home page's counts, read again only after a write to what they count (tags) or once a
 * minute ("upcoming" moves with the clock): seven counts over every table cost ~1.5 s at 100k
 * listings, and the home page asks on every request of a signed-in person and every new key.
 */
export const getCachedHomeStats = memoByTags(SECTION_TAGS, 60_000, () => getHomeStats());

// The observatory: exact counts here; lib/stats/charts.ts suppresses the small groups before
// anything is shown or served, so the page and the API cannot disagree.

/** Cities shown: the largest N; the rest are in the country chart. */
export const TOP_CITIES = 15;

/** Adds up the groups that share a key. */
const merge = (groups: RawGroup[]): RawGroup[] => {
  const counts = new Map<string, number>();
  for (const { key, count } of groups) counts.set(key, (counts.get(key) ?? 0) + count);
  return [...counts].map(([key, count]) => ({ key, count }));
};
const tally = (keys: string[]): RawGroup[] => merge(keys.map((key) => ({ key, count: 1 })));

const grouped = <Row extends { _count: { _all: number } }>(rows: Row[], key: (row: Row) => string): RawGroup[] =>
  rows.map((row) => ({ key: key(row), count: row._count._all }));

/** Sums approximate euros per key; a cost in an unknown currency is left out of the sum. */
function withCost<Row>(rows: Row[], key: (row: Row) => string, eur: (row: Row) => number | null): RawGroup[] {
  const groups = new Map<string, RawGroup>();
  for (const row of rows) {
    const group = groups.get(key(row)) ?? { key: key(row), count: 0, costEur: 0 };
    group.count += 1;
    group.costEur = (group.costEur ?? 0) + (eur(row) ?? 0);
    groups.set(group.key, group);
  }
  return [...groups.values()];
}

export async function getObservatoryCounts(): Promise<ObservatoryCounts> {
  const prisma = await db();
  const where = publicOrganizationWhere;
  const [byCountry, byCity, byKind, bySector, byFounded, communitiesByOblast, needs, partnerships, growth] = await Promise.all([
    prisma.organization.groupBy({ by: ["country"], where, _count: { _all: true } }),
    prisma.organization.groupBy({
      by: ["country", "city"],
      where,
      _count: { _all: true },
      orderBy: [{ _count: { id: "desc" } }, { city: "asc" }],
      take: TOP_CITIES,
    }),
    prisma.organization.groupBy({ by: ["kind"], where, _count: { _all: true } }),
    // An organisation counts once in each of its sectors.
    prisma.$queryRawUnsafe<{ key: string; count: number }[]>(
      `SELECT unnest(o.sectors)::text AS key, count(*)::int AS count FROM "Organization" o WHERE ${shownSql("o")} GROUP BY 1`,
    ),
    prisma.organization.groupBy({ by: ["foundedYear"], where, _count: { _all: true } }),
    prisma.community.groupBy({ by: ["oblastCode"], where: publicCommunityWhere, _count: { _all: true } }),
    prisma.need.findMany({
      where: publicOpenNeedWhere,
      select: { sector: true, costMinor: true, currency: true, community: { select: { oblastCode: true } } },
    }),
    prisma.partnership.findMany({
      where: publicPartnershipWhere,
      select: {
        form: true,
        partnershipStatus: true,
        communityId: true,
        organization: { select: { country: true } },
        partnerOrganization: { select: { country: true } },
      },
    }),
    prisma.$queryRawUnsafe<{ key: string; count: number }[]>(
      `SELECT to_char(date_trunc('month', coalesce(o."publishedAt", o."createdAt")), 'YYYY-MM') AS key, count(*)::int AS count
         FROM "Organization" o WHERE ${shownSql("o")} GROUP BY 1 ORDER BY 1`,
    ),
  ]);
  const needEur = (need: (typeof needs)[number]) =>
    need.costMinor !== null && need.currency ? minorToEur(need.costMinor, need.currency) : null;
  return {
    organizationsByCountry: grouped(byCountry, (row) => row.country),
    organizationsByCity: grouped(byCity, (row) => `${row.country}:${row.city}`),
    organizationsByKind: grouped(byKind, (row) => row.kind),
    organizationsBySector: bySector.map((row) => ({ key: row.key, count: Number(row.count) })),
    organizationsByFounding: merge(byFounded.map((row) => ({ key: foundingPeriod(row.foundedYear), count: row._count._all }))),
    communitiesByOblast: grouped(communitiesByOblast, (row) => row.oblastCode),
    openNeedsByOblast: withCost(needs, (need) => need.community.oblastCode, needEur),
    openNeedsBySector: withCost(needs, (need) => need.sector, needEur),
    partnershipsByForm: tally(partnerships.map((row) => row.form)),
    partnershipsByStatus: tally(partnerships.map((row) => row.partnershipStatus)),
    // The organisation's country, then the other side's: a community is in Ukraine.
    partnershipsByCountryPair: tally(
      partnerships.map((row) => `${row.organization.country}-${row.communityId ? "UA" : (row.partnerOrganization?.country ?? "UA")}`),
    ),
    organizationsPublishedByMonth: growth.map((row) => ({ key: row.key, count: Number(row.count) })),
  };
}

/** The charts as the page, the JSON and the CSV show them (small groups suppressed). */
export async function getObservatory(): Promise<Observatory> {
  return toObservatory(await getObservatoryCounts());
}

// sitemap.xml: the public pages with a URL of their own, every list page and every public
// listing, split into files of at most 50,000 URLs.

/** The list and reference pages (each in every locale). Needs have no page of their own: their list is here. */
export const SITE_PAGES = [
  "/",
  "/organizations",
  "/communities",
  "/needs",
  "/map",
  "/partnerships",
  "/events",
  "/announcements",
  "/polls",
  "/stats",
  "/data",
] as const;

/** Pages per file: each page is written once per locale. */
export const PAGES_PER_FILE = Math.floor(MAX_URLS_PER_FILE / locales.length);

type Slugged = { slug: string; updatedAt: Date };
/** What the sitemap asks of each listing table; every Prisma delegate below answers it. */
interface SluggedTable {
  count(args: { where: object }): Promise<number>;
  findMany(args: {
    where: object;
    select: { slug: true; updatedAt: true };
    orderBy: { id: "asc" };
    skip: number;
    take: number;
  }): Promise<Slugged[]>;
}

/** Each kind of listing with a page: its path prefix, its table and its public rule. */
async function listingKinds(): Promise<{ path: string; table: SluggedTable; where: object }[]> {
  const prisma = await db();
  return [
    { path: "/organizations", table: prisma.organization as unknown as SluggedTable, where: publicOrganizationWhere },
    { path: "/communities", table: prisma.community as unknown as SluggedTable, where: publicCommunityWhere },
    { path: "/events", table: prisma.event as unknown as SluggedTable, where: publicEventWhere },
    { path: "/announcements", table: prisma.announcement as unknown as SluggedTable, where: publicAnnouncementWhere },
    { path: "/polls", table: prisma.poll as unknown as SluggedTable, where: publicPollWhere },
    { path: "/partnerships", table: prisma.partnership as unknown as SluggedTable, where: publicPartnershipWhere },
  ];
}

/** How many sitemap files the site needs (1: /sitemap.xml is itself the list). */
export async function sitemapFileCount(perFile = PAGES_PER_FILE): Promise<number> {
  const counts = await Promise.all((await listingKinds()).map(({ table, where }) => table.count({ where })));
  const pages = SITE_PAGES.length + counts.reduce((sum, count) => sum + count, 0);
  return Math.max(1, Math.ceil(pages / perFile));
}

/** The pages of file `index` (0-based): the site pages first, then each kind's listings by id. */
export async function sitemapPages(index: number, perFile = PAGES_PER_FILE): Promise<SitemapPage[]> {
  const start = index * perFile;
  const end = start + perFile;
  const pages: SitemapPage[] = SITE_PAGES.slice(start, end).map((path) => ({ path }));
  let base = SITE_PAGES.length;
  for (const kind of await listingKinds()) {
    if (base >= end) break;
    const count = await kind.table.count({ where: kind.where });
    const from = Math.max(start, base);
    const to = Math.min(end, base + count);
    if (to > from) {
      const rows = await kind.table.findMany({
        where: kind.where,
        select: { slug: true, updatedAt: true },
        orderBy: { id: "asc" },
        skip: from - base,
        take: to - from,
      });
      pages.push(...rows.map((row) => ({ path: `${kind.path}/${row.slug}`, lastModified: row.updatedAt })));
    }
    base += count;
  }
  return pages;
}
