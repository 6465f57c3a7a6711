import "server-only";
// Every public listing matching a directory filter set, for the open-data downloads. The match
// is the directory's own search (lib/search/queries.ts: same where-clause, same order), which
// gives ids; the columns are then loaded from the listing tables in chunks, so memory holds
// the ids and one chunk, never the whole export.
import type { Prisma } from "@/generated/prisma/client";
import { publicOpenNeedWhere } from "@/lib/community/queries";
import { readDb } from "@/lib/db/client";
import { publicCommunityWhere, publicEventWhere, publicOrganizationWhere } from "@/lib/listing/public-where";
import type { CommunityFilters } from "@/lib/community/filters";
import type { EventFilters } from "@/lib/event/filters";
import { matchingEventIds } from "@/lib/event/queries";
import type { NeedFilters } from "@/lib/need/filters";
import { matchingNeedIds } from "@/lib/need/queries";
import type { OrganizationFilters } from "@/lib/organization/filters";
import { organizationListItemSelect } from "@/lib/organization/queries";
import { matchingCommunityIds, matchingOrganizationIds } from "@/lib/search/queries";
import { communityRecord, eventRecord, needRecord, organizationRecord, type ExportRecord } from "./records";

export const EXPORT_CHUNK_SIZE = 1000;

// The public rules are checked again although the search projection holds only public
// listings: a listing unpublished or hidden while a long download runs drops out of the rest of it.

// The public point only (docs/decisions/0003-location-privacy.md); no email, no phone.
const organizationSelect = {
  ...organizationListItemSelect,
  languages: true,
  website: true,
  foundedYear: true,
  publicLat: true,
  publicLng: true,
} satisfies Prisma.OrganizationSelect;

const communitySelect = {
  id: true,
  slug: true,
  katottg: true,
  name: true,
  type: true,
  oblastName: true,
  raionName: true,
  population: true,
  isOccupied: true,
  isPartlyOccupied: true,
  isDemo: true,
  publicLat: true,
  publicLng: true,
  needs: { where: publicOpenNeedWhere, select: { sector: true } },
} satisfies Prisma.CommunitySelect;

// The public point only: the event's is its venue's at the organiser's chosen precision.
const eventSelect = {
  id: true,
  slug: true,
  title: true,
  type: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  country: true,
  city: true,
  sectors: true,
  languages: true,
  isDemo: true,
  publicLat: true,
  publicLng: true,
} satisfies Prisma.EventSelect;

const needSelect = {
  id: true,
  slug: true,
  title: true,
  sector: true,
  aidTypes: true,
  urgency: true,
  deadline: true,
  isDemo: true,
  community: { select: { slug: true, katottg: true, publicLat: true, publicLng: true } },
} satisfies Prisma.NeedSelect;

/** An event whose public point is known (the id query asks for one; this tells the type). */
const hasPoint = <Row extends { publicLat: number | null; publicLng: number | null }>(
  row: Row,
): row is Row & { publicLat: number; publicLng: number } => row.publicLat !== null && row.publicLng !== null;

/** `rows` in the order of `ids` (findMany with `in` returns them in any order). */
function inOrder<Row extends { id: string }>(ids: string[], rows: Row[]): Row[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

async function* inChunks<Row extends { id: string }>(
  ids: string[],
  load: (chunk: string[]) => Promise<Row[]>,
  toRecord: (row: Row) => ExportRecord,
): AsyncGenerator<ExportRecord[]> {
  for (let start = 0; start < ids.length; start += EXPORT_CHUNK_SIZE) {
    const chunk = ids.slice(start, start + EXPORT_CHUNK_SIZE);
    yield inOrder(chunk, await load(chunk)).map(toRecord);
  }
}

/**
 * The organisations matching `filters` (every page), as chunks of export records. The search
 * runs before this resolves, so a database failure is an error response, not a cut-off file.
 */
export async function exportOrganizations(
  filters: OrganizationFilters,
  locale: string,
  origin: string,
): Promise<AsyncIterable<ExportRecord[]>> {
  const ids = await matchingOrganizationIds(filters, locale);
  const prisma = await readDb(); // a replica's rows when there are any: a download may lag a moment
  return inChunks(
    ids,
    (chunk) => prisma.organization.findMany({ where: { id: { in: chunk }, ...publicOrganizationWhere }, select: organizationSelect }),
    (row) => organizationRecord(row, origin),
  );
}

/** The communities matching `filters` (every page), as chunks of export records. */
export async function exportCommunities(filters: CommunityFilters, locale: string, origin: string): Promise<AsyncIterable<ExportRecord[]>> {
  const ids = await matchingCommunityIds(filters, locale);
  const prisma = await readDb(); // a replica's rows when there are any: a download may lag a moment
  return inChunks(
    ids,
    (chunk) => prisma.community.findMany({ where: { id: { in: chunk }, ...publicCommunityWhere }, select: communitySelect }),
    ({ needs, ...row }) => communityRecord({ ...row, openNeedSectors: needs.map((need) => need.sector) }, origin),
  );
}

/** The events the events list shows for `filters` (every page) that have a public point, as chunks of export records. */
export async function exportEvents(filters: EventFilters, origin: string): Promise<AsyncIterable<ExportRecord[]>> {
  const ids = await matchingEventIds(filters);
  const prisma = await readDb(); // a replica's rows when there are any: a download may lag a moment
  return inChunks(
    ids,
    async (chunk) =>
      (await prisma.event.findMany({ where: { id: { in: chunk }, ...publicEventWhere }, select: eventSelect })).filter(hasPoint),
    (row) => eventRecord(row, origin),
  );
}

/** The open needs the needs list shows for `filters` (every page), each at its community's centre. */
export async function exportNeeds(filters: NeedFilters, origin: string): Promise<AsyncIterable<ExportRecord[]>> {
  const ids = await matchingNeedIds(filters);
  const prisma = await readDb(); // a replica's rows when there are any: a download may lag a moment
  return inChunks(
    ids,
    (chunk) => prisma.need.findMany({ where: { id: { in: chunk }, ...publicOpenNeedWhere }, select: needSelect }),
    (row) => needRecord(row, origin),
  );
}
