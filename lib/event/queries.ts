import "server-only";
// Public reads of events. Rows stay raw (LocalizedText JSON, enums, UTC instants): pages pick
// the language and format at render, in the event's own zone. Never select `lat`/`lng`: the
// public point is `publicLat`/`publicLng` (docs/decisions/0003).
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { lookableSlug } from "@/lib/text/slug";
import { publicEventWhere } from "@/lib/listing/public-where";
import { communityNameSelect } from "@/lib/community/selects";
import { editedPostSelect } from "@/lib/listing/owner";
import { eventValuesSelect } from "./edit-values";
import { EVENTS_PAGE_SIZE, shiftMonth, type EventFilters } from "./filters";

/** Published, not hidden, and its organiser public too: said once in lib/listing/public-where.ts. */
export { publicEventWhere };

export const organiserSelect = {
  organization: { select: { slug: true, name: true, kind: true } },
  community: { select: { slug: true, ...communityNameSelect } },
} satisfies Prisma.EventSelect;

const eventSelect = {
  id: true,
  slug: true,
  ...eventValuesSelect,
  publicLat: true,
  publicLng: true,
  locationPrecision: true,
  isDemo: true,
  createdAt: true,
  updatedAt: true,
  organizationId: true,
  communityId: true,
  ...organiserSelect,
} satisfies Prisma.EventSelect;

export type EventItem = Prisma.EventGetPayload<{ select: typeof eventSelect }>;

/**
 * Ids of events that start in the month, counted in the event's own zone: a webinar at 00:30
 * in Kyiv on 1 November is a November event even though it starts on 31 October in UTC.
 * The UTC window (±2 days) keeps the (status, startsAt) index usable.
 */
async function idsStartingInMonth(month: string): Promise<string[]> {
  const prisma = await db();
  const from = new Date(`${month}-01T00:00:00Z`);
  const to = new Date(`${shiftMonth(month, 1)}-01T00:00:00Z`);
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Event"
    WHERE "startsAt" >= ${new Date(from.getTime() - 2 * 86_400_000)} AND "startsAt" < ${new Date(to.getTime() + 2 * 86_400_000)}
      AND to_char(("startsAt" AT TIME ZONE 'UTC') AT TIME ZONE "timeZone", 'YYYY-MM') = ${month}`;
  return rows.map((row) => row.id);
}

/** The filters as a where clause; `when` is applied separately (the calendar ignores it). */
export async function filterWhere(filters: EventFilters): Promise<Prisma.EventWhereInput> {
  const inMonth = filters.month ? await idsStartingInMonth(filters.month) : null;
  return {
    ...publicEventWhere,
    ...(filters.country.length ? { country: { in: filters.country } } : {}),
    ...(filters.type.length ? { type: { in: filters.type } } : {}),
    ...(filters.sector.length ? { sectors: { hasSome: filters.sector } } : {}),
    ...(filters.language.length ? { languages: { hasSome: filters.language } } : {}),
    ...(filters.format ? { isOnline: filters.format === "online" } : {}),
    ...(inMonth ? { id: { in: inMonth } } : {}),
  };
}

/**
 * Upcoming events (not yet ended), soonest first; or the archive (ended), latest first.
 * An event under way counts as upcoming: people may still join it.
 */
async function listQuery(filters: EventFilters, now: Date) {
  const past = filters.when === "past";
  const where: Prisma.EventWhereInput = { ...(await filterWhere(filters)), endsAt: past ? { lt: now } : { gte: now } };
  const orderBy: Prisma.EventOrderByWithRelationInput[] = [{ startsAt: past ? "desc" : "asc" }, { id: "asc" }];
  return { where, orderBy };
}

export async function listEvents(filters: EventFilters, now = new Date()) {
  const prisma = await db();
  const { where, orderBy } = await listQuery(filters, now);
  const [items, total] = await Promise.all([
    prisma.event.findMany({
      where,
      select: eventSelect,
      orderBy,
      skip: (filters.page - 1) * EVENTS_PAGE_SIZE,
      take: EVENTS_PAGE_SIZE,
    }),
    prisma.event.count({ where }),
  ]);
  return { items, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / EVENTS_PAGE_SIZE)) };
}

/** Ids of every event the list shows for `filters` (all pages, in its order) that has a public point: the open-data download's. */
export async function matchingEventIds(filters: EventFilters, now = new Date()): Promise<string[]> {
  const prisma = await db();
  const { where, orderBy } = await listQuery(filters, now);
  const rows = await prisma.event.findMany({
    where: { ...where, publicLat: { not: null }, publicLng: { not: null } },
    select: { id: true },
    orderBy,
  });
  return rows.map((row) => row.id);
}

/** Every event of a month (past and upcoming) for the calendar, in start order. */
export async function listEventsInMonth(filters: EventFilters & { month: string }) {
  const prisma = await db();
  return prisma.event.findMany({
    where: await filterWhere(filters),
    select: eventSelect,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 500,
  });
}

/** Upcoming events for a feed: the filters apply, no paging, a hard cap. */
export async function listEventsForFeed(filters: EventFilters, now = new Date(), take = 500) {
  const prisma = await db();
  const where: Prisma.EventWhereInput = { ...(await filterWhere(filters)), endsAt: filters.when === "past" ? { lt: now } : { gte: now } };
  return prisma.event.findMany({ where, select: eventSelect, orderBy: [{ startsAt: "asc" }, { id: "asc" }], take });
}

/** The latest published events, newest first (for the news feed). */
export async function listNewestEvents(take = 30) {
  const prisma = await db();
  return prisma.event.findMany({ where: publicEventWhere, select: eventSelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take });
}

export async function getPublicEvent(slug: string) {
  if (!lookableSlug(slug)) return null;
  const prisma = await db();
  return prisma.event.findFirst({ where: { ...publicEventWhere, slug }, select: eventSelect });
}

/** Countries and languages that occur in public events, for the filter lists. */
export async function eventFilterOptions() {
  const prisma = await db();
  const rows = await prisma.event.findMany({ where: publicEventWhere, select: { country: true, languages: true } });
  const countries = new Set<string>();
  const languages = new Set<string>();
  for (const row of rows) {
    if (row.country) countries.add(row.country);
    for (const language of row.languages) languages.add(language);
  }
  return { countries: [...countries].sort(), languages: [...languages].sort() };
}

/** Upcoming public events of one organiser (profile pages). */
export async function listUpcomingEventsOf(owner: { organizationId: string } | { communityId: string }, now = new Date(), take = 10) {
  const prisma = await db();
  return prisma.event.findMany({
    where: { ...publicEventWhere, ...owner, endsAt: { gte: now } },
    select: eventSelect,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take,
  });
}

/** An event for its edit form, whatever its status (the page checks the policy). */
export async function getEventForEdit(slug: string) {
  if (!lookableSlug(slug)) return null;
  const prisma = await db();
  return prisma.event.findUnique({
    where: { slug },
    select: { ...editedPostSelect, slug: true, ...eventValuesSelect },
  });
}
