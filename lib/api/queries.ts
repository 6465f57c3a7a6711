import "server-only";
// The read API's reads: for each kind, one page of public rows matching the page's own filters
// (lib/<noun>/filters.ts and the where-clauses of lib/<noun>/queries.ts) and one row by slug,
// both mapped to the items of lib/api/schemas.ts. The five post-like kinds page by id (keyset:
// pages never overlap or skip a row however deep); the directories page by offset inside their
// search's own order. Never selects `lat`/`lng` (the public point is publicLat/publicLng), a
// proposer's message or anything about who voted.
import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { SearchTarget } from "@/generated/prisma/enums";
import { filterWhere as announcementWhere } from "@/lib/announcement/queries";
import { parseAnnouncementFilters } from "@/lib/announcement/filters";
import { parseCommunityFilters } from "@/lib/community/filters";
import { db, readDb } from "@/lib/db/client";
import { parseEventFilters } from "@/lib/event/filters";
import { filterWhere as eventWhere } from "@/lib/event/queries";
import {
  publicAnnouncementWhere,
  publicEventWhere,
  publicNeedWhere,
  publicPartnershipWhere,
  publicPollWhere,
} from "@/lib/listing/public-where";
import { minorToUnits } from "@/lib/money/minor";
import { parseNeedFilters } from "@/lib/need/filters";
import { needFilterWhere } from "@/lib/need/queries";
import { parseOrganizationFilters } from "@/lib/organization/filters";
import { parsePartnershipFilters } from "@/lib/partnership/filters";
import { matchesPartnershipFilters } from "@/lib/partnership/facets";
import { loadFacetRows } from "@/lib/partnership/queries";
import { voteCounts } from "@/lib/poll/queries";
import { tallyResults } from "@/lib/poll/state";
import { communityItem, organizationItem } from "@/lib/search/api-response";
import { searchCommunities, searchOrganizations } from "@/lib/search/queries";
import { absoluteUrl } from "@/lib/site/origin";
import { lookableSlug } from "@/lib/text/slug";
import type * as schemas from "./schemas";
import { ApiError, type Position } from "./query";

export type Locale = "en" | "uk";
export interface Paging {
  limit: number;
  position: Position | null;
}
export interface Page<Item> {
  items: Item[];
  total: number;
  next: Position | null;
  /** Extra members of `meta` and the top level a kind has always answered with (the directories' facets). */
  extra?: Record<string, unknown>;
}

type Item<S extends z.ZodType> = z.output<S>;
type Json = Record<string, string>;
const text = (value: Prisma.JsonValue): Json => (value ?? {}) as Json;
const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/** The row after which a keyset page starts; an offset cursor belongs to another list. */
function afterId(position: Position | null): { id?: { gt: string } } {
  if (!position) return {};
  if ("after" in position) return { id: { gt: position.after } };
  throw new ApiError(400, "Bad cursor", "This cursor belongs to another list: start again without it.");
}

/** One keyset page: `limit` rows by id after the cursor, one more read to know whether a next page exists. */
async function keysetPage<Row extends { id: string }, Out>(
  paging: Paging,
  read: (after: { id?: { gt: string } }, take: number) => Promise<Row[]>,
  count: () => Promise<number>,
  map: (row: Row) => Out | Promise<Out>,
): Promise<Page<Out>> {
  const [rows, total] = await Promise.all([read(afterId(paging.position), paging.limit + 1), count()]);
  const page = rows.slice(0, paging.limit);
  const last = page.at(-1);
  return { items: await Promise.all(page.map(map)), total, next: rows.length > paging.limit && last ? { after: last.id } : null };
}

const byId = { id: "asc" } as const;

/** The columns `listing` reads, selected by every keyset kind. */
const listingSelect = { id: true, slug: true, isDemo: true, updatedAt: true } as const;

/** What every item starts with: its identity, demo flag, last change and page on the site. */
const listing = (row: { id: string; slug: string; isDemo: boolean; updatedAt: Date }, path: string) => ({
  id: row.id,
  slug: row.slug,
  isDemo: row.isDemo,
  updatedAt: iso(row.updatedAt),
  url: absoluteUrl(path),
});

/** The Prisma models read by keyset (their delegates share findMany/findFirst/count). */
type KeysetModel = "need" | "partnership" | "event" | "announcement" | "poll";
interface Delegate {
  findMany(args: object): Promise<unknown[]>;
  findFirst(args: object): Promise<unknown>;
  count(args: object): Promise<number>;
}

/**
 * A kind read by keyset: a page of the rows a where-clause admits, and one public row by slug,
 * both through `select` and mapped by `item`. `Row` is the select's payload (the item's
 * parameter says which), so the one cast of the model's delegate stays here.
 */
function keysetKind<Row extends { id: string }, Out>(
  model: KeysetModel,
  select: object,
  publicWhere: () => object,
  item: (locale: Locale) => (row: Row) => Out | Promise<Out>,
) {
  // Read from a replica when there are any (lib/db/replicas.ts): the API may lag the primary a moment.
  const table = async () => (await readDb())[model] as unknown as Delegate;
  return {
    list: async (where: object, paging: Paging, locale: Locale) => {
      const rows = await table();
      return keysetPage(
        paging,
        (after, take) => rows.findMany({ where: { AND: [where, after] }, select, orderBy: byId, take }) as Promise<Row[]>,
        () => rows.count({ where }),
        item(locale),
      );
    },
    one: async (slug: string, locale: Locale): Promise<Out | null> => {
      if (!lookableSlug(slug)) return null;
      const row = (await (await table()).findFirst({ where: { ...publicWhere(), slug }, select })) as Row | null;
      return row && item(locale)(row);
    },
  };
}
const organiserSelect = {
  organization: { select: { slug: true, name: true } },
  community: { select: { slug: true, name: true } },
} as const;
type OrganiserRow = {
  organization: { slug: string; name: Prisma.JsonValue } | null;
  community: { slug: string; name: Prisma.JsonValue } | null;
};
function organiserOf(row: OrganiserRow): Item<typeof schemas.eventItem>["organiser"] {
  if (row.organization) return { kind: "organization", slug: row.organization.slug, name: text(row.organization.name) };
  if (row.community) return { kind: "community", slug: row.community.slug, name: text(row.community.name) };
  return null;
}

// ── Organisations and communities: the directory search ──

/** Rows from the cursor's offset; without one, from the legacy `page` (pages of `limit` rows). */
function searchWindow(paging: Paging, page: number) {
  const position = paging.position;
  if (position && "after" in position)
    throw new ApiError(400, "Bad cursor", "This cursor belongs to another list: start again without it.");
  return { offset: position?.offset ?? (page - 1) * paging.limit, limit: paging.limit };
}

function searchPage<Hit, Out>(
  result: { items: Hit[]; total: number; totalIsCapped: boolean; facets: unknown; query: { corrections: unknown } },
  { offset, limit }: { offset: number; limit: number },
  map: (hit: Hit) => Out,
): Page<Out> {
  const end = offset + result.items.length;
  return {
    items: result.items.map(map),
    total: result.total,
    next: end < result.total && result.items.length > 0 ? { offset: end } : null,
    extra: {
      page: Math.floor(offset / limit) + 1,
      pageCount: Math.max(1, Math.ceil(result.total / limit)),
      corrections: result.query.corrections,
      // false when `total` is the search's cap (lib/search/queries.ts totalCap): at least that many.
      totalIsExact: !result.totalIsCapped,
      facets: result.facets,
    },
  };
}

/** The language whose alphabet orders the names: ?locale=, else the directory's own (organisations
 *  English, communities Ukrainian), as the directory API has always sorted. */
const collation = (params: URLSearchParams, fallback: Locale): Locale => {
  const asked = params.get("locale");
  return asked === "en" || asked === "uk" ? asked : fallback;
};

export async function listOrganizations(params: URLSearchParams, paging: Paging, locale: Locale) {
  const filters = parseOrganizationFilters(params);
  const window = searchWindow(paging, filters.page);
  const result = await searchOrganizations(filters, collation(params, "en"), window);
  return searchPage(result, window, (hit) => organizationItem(hit, locale));
}

export async function listCommunities(params: URLSearchParams, paging: Paging, locale: Locale) {
  const filters = parseCommunityFilters(params);
  const window = searchWindow(paging, filters.page);
  const result = await searchCommunities(filters, collation(params, "uk"), window);
  return searchPage(result, window, (hit) => communityItem(hit, locale));
}

/** A directory listing by slug from the search projection, which holds public listings only. */
async function searchDocument(targetType: SearchTarget, slug: string) {
  if (!lookableSlug(slug)) return null;
  const prisma = await readDb();
  const row = await prisma.searchDocument.findFirst({ where: { targetType, slug } });
  return row ? { ...row, id: row.targetId, name: text(row.name) } : null;
}

export async function getOrganization(slug: string, locale: Locale) {
  const row = await searchDocument(SearchTarget.ORGANIZATION, slug);
  return row && row.kind ? organizationItem({ ...row, kind: row.kind }, locale) : null;
}

export async function getCommunity(slug: string, locale: Locale) {
  const row = await searchDocument(SearchTarget.COMMUNITY, slug);
  return row && row.oblastCode && row.communityType
    ? communityItem({ ...row, oblastCode: row.oblastCode, communityType: row.communityType }, locale)
    : null;
}

// ── Needs ──

const needSelect = {
  ...listingSelect,
  title: true,
  description: true,
  sector: true,
  aidTypes: true,
  urgency: true,
  needStatus: true,
  deadline: true,
  costMinor: true,
  currency: true,
  community: { select: { slug: true, name: true, oblastCode: true } },
} satisfies Prisma.NeedSelect;

const needItem =
  (locale: Locale) =>
  (row: Prisma.NeedGetPayload<{ select: typeof needSelect }>): Item<typeof schemas.needItem> => ({
    ...listing(row, `/${locale}/communities/${row.community.slug}`),
    title: text(row.title),
    description: text(row.description),
    sector: row.sector,
    aidTypes: row.aidTypes,
    urgency: row.urgency,
    status: row.needStatus,
    deadline: isoOrNull(row.deadline),
    cost: row.costMinor !== null && row.currency ? { amount: minorToUnits(row.costMinor), currency: row.currency } : null,
    community: { slug: row.community.slug, name: text(row.community.name), oblastCode: row.community.oblastCode },
  });

const needs = keysetKind("need", needSelect, () => publicNeedWhere, needItem);

/** Open needs, as the needs page lists them. */
export async function listNeeds(params: URLSearchParams, paging: Paging, locale: Locale) {
  return needs.list(await needFilterWhere(parseNeedFilters(params)), paging, locale);
}

/** A public need by slug, whatever its progress (a met need stays on its community's record). */
export const getNeed = needs.one;

// ── Partnerships ──

const side = { select: { slug: true, name: true, country: true } } as const;
const partnershipSelect = {
  ...listingSelect,
  title: true,
  form: true,
  partnershipStatus: true,
  startDate: true,
  endDate: true,
  organization: side,
  partnerOrganization: side,
  community: { select: { slug: true, name: true, oblastCode: true } },
  needs: { where: { need: publicNeedWhere }, select: { need: { select: { slug: true, title: true, sector: true } } } },
} satisfies Prisma.PartnershipSelect;

const sideItem = (row: { slug: string; name: Prisma.JsonValue; country: string | null }) => ({ ...row, name: text(row.name) });
const partnershipItem =
  (locale: Locale) =>
  (row: Prisma.PartnershipGetPayload<{ select: typeof partnershipSelect }>): Item<typeof schemas.partnershipItem> => ({
    ...listing(row, `/${locale}/partnerships/${row.slug}`),
    title: text(row.title),
    form: row.form,
    // publicPartnershipWhere admits agreed partnerships only.
    status: row.partnershipStatus as Item<typeof schemas.partnershipItem>["status"],
    startDate: isoOrNull(row.startDate),
    endDate: isoOrNull(row.endDate),
    organization: sideItem(row.organization),
    partnerOrganization: row.partnerOrganization && sideItem(row.partnerOrganization),
    community: row.community && { ...row.community, name: text(row.community.name) },
    needs: row.needs.map(({ need }) => ({ slug: need.slug, title: text(need.title), sector: need.sector })),
  });

const partnerships = keysetKind("partnership", partnershipSelect, () => publicPartnershipWhere, partnershipItem);

/** The partnerships directory's filters run in memory over its facet rows (lib/partnership/facets.ts). */
export async function listPartnerships(params: URLSearchParams, paging: Paging, locale: Locale) {
  const filters = parsePartnershipFilters(params);
  const ids = (await loadFacetRows()).filter((row) => matchesPartnershipFilters(row, filters)).map((row) => row.id);
  return partnerships.list({ ...publicPartnershipWhere, id: { in: ids } }, paging, locale);
}

export const getPartnership = partnerships.one;

// ── Events ──

const eventSelect = {
  ...listingSelect,
  title: true,
  description: true,
  type: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  isOnline: true,
  city: true,
  country: true,
  publicLat: true,
  publicLng: true,
  locationPrecision: true,
  languages: true,
  sectors: true,
  ...organiserSelect,
} satisfies Prisma.EventSelect;

const eventItem =
  (locale: Locale) =>
  (row: Prisma.EventGetPayload<{ select: typeof eventSelect }>): Item<typeof schemas.eventItem> => ({
    ...listing(row, `/${locale}/events/${row.slug}`),
    title: text(row.title),
    description: text(row.description),
    type: row.type,
    startsAt: iso(row.startsAt),
    endsAt: iso(row.endsAt),
    timeZone: row.timeZone,
    isOnline: row.isOnline,
    city: row.city,
    country: row.country,
    location:
      row.publicLat !== null && row.publicLng !== null
        ? { lat: row.publicLat, lng: row.publicLng, precision: row.locationPrecision }
        : null,
    languages: row.languages,
    sectors: row.sectors,
    organiser: organiserOf(row),
  });

const events = keysetKind("event", eventSelect, () => publicEventWhere, eventItem);

/** Upcoming events (not yet ended) by default, or with when=past the archive, as on the events page. */
export async function listEvents(params: URLSearchParams, paging: Paging, locale: Locale) {
  const filters = parseEventFilters(params);
  const now = new Date();
  return events.list({ ...(await eventWhere(filters)), endsAt: filters.when === "past" ? { lt: now } : { gte: now } }, paging, locale);
}

export const getEvent = events.one;

// ── Announcements ──

const announcementSelect = {
  ...listingSelect,
  title: true,
  body: true,
  sectors: true,
  publishedAt: true,
  ...organiserSelect,
} satisfies Prisma.AnnouncementSelect;

const announcementItem =
  (locale: Locale) =>
  (row: Prisma.AnnouncementGetPayload<{ select: typeof announcementSelect }>): Item<typeof schemas.announcementItem> => ({
    ...listing(row, `/${locale}/announcements/${row.slug}`),
    title: text(row.title),
    body: text(row.body),
    sectors: row.sectors,
    // publicAnnouncementWhere admits dated announcements only.
    publishedAt: iso(row.publishedAt ?? row.updatedAt),
    organiser: organiserOf(row),
  });

const announcements = keysetKind("announcement", announcementSelect, () => publicAnnouncementWhere, announcementItem);

export async function listAnnouncements(params: URLSearchParams, paging: Paging, locale: Locale) {
  return announcements.list(announcementWhere(parseAnnouncementFilters(params)), paging, locale);
}

export const getAnnouncement = announcements.one;

// ── Polls: closed ones only, with their results ──

const pollSelect = {
  ...listingSelect,
  question: true,
  description: true,
  opensAt: true,
  closesAt: true,
  timeZone: true,
  isAnonymous: true,
  ...organiserSelect,
  options: { where: { isApproved: true }, select: { id: true, label: true }, orderBy: { position: "asc" } },
  _count: { select: { participations: true } },
} satisfies Prisma.PollSelect;

/** Closed: every poll's results may be shown once it closes (lib/poll/state.ts), and no vote can follow. */
const closedPollWhere = (now: Date) => ({ ...publicPollWhere, closesAt: { lte: now } }) satisfies Prisma.PollWhereInput;

const pollItem =
  (locale: Locale) =>
  async (row: Prisma.PollGetPayload<{ select: typeof pollSelect }>): Promise<Item<typeof schemas.pollItem>> => {
    const results = tallyResults(row.options, await voteCounts(await db(), row.id));
    return {
      ...listing(row, `/${locale}/polls/${row.slug}`),
      question: text(row.question),
      description: text(row.description),
      opensAt: iso(row.opensAt),
      closesAt: iso(row.closesAt),
      timeZone: row.timeZone,
      isAnonymous: row.isAnonymous,
      participants: row._count.participations,
      // Counts per option only: never an option's id joined to a voter.
      results: {
        total: results.total,
        options: results.options.map((option) => ({
          label: text(option.label as Prisma.JsonValue),
          votes: option.votes,
          percent: option.percent,
        })),
      },
      organiser: organiserOf(row),
    };
  };

const polls = keysetKind("poll", pollSelect, () => closedPollWhere(new Date()), pollItem);

export async function listPolls(_params: URLSearchParams, paging: Paging, locale: Locale) {
  return polls.list(closedPollWhere(new Date()), paging, locale);
}

export const getPoll = polls.one;
