import "server-only";
// Public reads of partnerships: the directory (a page of rows, its total and facet counts) and
// one partnership's page. Rows stay raw (LocalizedText JSON, enums, dates): pages pick the
// language and format at render. Never select `lat`/`lng` (the public point is
// `publicLat`/`publicLng`, docs/decisions/0003), nor the proposer's private message.
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { lookableSlug } from "@/lib/text/slug";
import { publicNeedWhere, publicPartnershipWhere } from "@/lib/listing/public-where";
import { countPartnershipFacets, matchesPartnershipFilters, partnershipSectors, type FacetCount, type PartnershipFacetRow } from "./facets";
import { PARTNERSHIPS_PAGE_SIZE, type PartnershipFacet, type PartnershipFilters } from "./filters";

export { publicPartnershipWhere };

/** The needs a public partnership shows: published, not hidden, of a public community (open, in progress or met). */
const publicLinkedNeed = {
  need: publicNeedWhere,
} satisfies Prisma.PartnershipNeedWhereInput;

/** Newest first: started last at the top, not yet dated at the end. */
const newestFirst = [{ startDate: { sort: "desc", nulls: "last" } }, { id: "asc" }] satisfies Prisma.PartnershipOrderByWithRelationInput[];

// Enough for every public partnership the atlas can expect (each of 1,774 communities with a
// few); the directory counts in memory over this one narrow read.
const MAX_DIRECTORY_ROWS = 20_000;

const organizationSide = { select: { slug: true, name: true, country: true } } as const;
const communitySide = {
  select: { slug: true, name: true, shortName: true, altShortName: true, type: true, katottg: true, oblastCode: true },
} as const;

const listSelect = {
  id: true,
  slug: true,
  form: true,
  partnershipStatus: true,
  title: true,
  startDate: true,
  endDate: true,
  isDemo: true,
  organization: organizationSide,
  partnerOrganization: organizationSide,
  community: communitySide,
  needs: { where: publicLinkedNeed, select: { need: { select: { slug: true, title: true, sector: true } } } },
} satisfies Prisma.PartnershipSelect;

export type PartnershipListItem = Prisma.PartnershipGetPayload<{ select: typeof listSelect }> & { sectors: PartnershipFacetRow["sector"] };

/**
 * Every public partnership as facet values, newest first. One narrow read per request (React
 * `cache`): the list and the counts of one page share it.
 */
export const loadFacetRows = cache(async (): Promise<PartnershipFacetRow[]> => {
  const prisma = await db();
  const rows = await prisma.partnership.findMany({
    where: publicPartnershipWhere,
    orderBy: newestFirst,
    take: MAX_DIRECTORY_ROWS,
    select: {
      id: true,
      form: true,
      partnershipStatus: true,
      organization: { select: { country: true, sectors: true } },
      partnerOrganization: { select: { country: true, sectors: true } },
      community: { select: { oblastCode: true } },
      needs: { where: publicLinkedNeed, select: { need: { select: { sector: true } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    form: row.form,
    status: row.partnershipStatus,
    country: [...new Set([row.organization.country, row.partnerOrganization?.country].filter((code): code is string => !!code))],
    oblast: row.community ? [row.community.oblastCode] : [],
    sector: partnershipSectors(
      row.needs.map((link) => link.need.sector),
      [row.organization.sectors, row.partnerOrganization?.sectors ?? []],
    ),
  }));
});

/** A page of public partnerships matching the filters, newest first, with the total. */
export async function listPartnerships(filters: PartnershipFilters) {
  const matching = (await loadFacetRows()).filter((row) => matchesPartnershipFilters(row, filters));
  const total = matching.length;
  const pageRows = matching.slice((filters.page - 1) * PARTNERSHIPS_PAGE_SIZE, filters.page * PARTNERSHIPS_PAGE_SIZE);
  const prisma = await db();
  const found = pageRows.length
    ? await prisma.partnership.findMany({
        where: { ...publicPartnershipWhere, id: { in: pageRows.map((row) => row.id) } },
        select: listSelect,
      })
    : [];
  const byId = new Map(found.map((row) => [row.id, row]));
  // In the order of the facet rows; one published or hidden in between simply drops out.
  const items: PartnershipListItem[] = pageRows.flatMap((row) => {
    const item = byId.get(row.id);
    return item ? [{ ...item, sectors: row.sector }] : [];
  });
  return { items, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / PARTNERSHIPS_PAGE_SIZE)) };
}

/** Counts per form, status, sector, country and oblast, each under the other filters. */
export async function partnershipFacetCounts(filters: PartnershipFilters): Promise<Record<PartnershipFacet, FacetCount[]>> {
  return countPartnershipFacets(await loadFacetRows(), filters);
}

const pageSide = {
  select: { slug: true, name: true, kind: true, country: true, city: true, sectors: true, publicLat: true, publicLng: true },
} as const;

const pageSelect = {
  id: true,
  slug: true,
  organizationId: true,
  communityId: true,
  partnerOrganizationId: true,
  form: true,
  partnershipStatus: true,
  title: true,
  description: true,
  startDate: true,
  endDate: true,
  decidedAt: true,
  isDemo: true,
  updatedAt: true,
  organization: pageSide,
  partnerOrganization: pageSide,
  community: {
    select: { ...communitySide.select, oblastName: true, publicLat: true, publicLng: true },
  },
  needs: {
    where: publicLinkedNeed,
    orderBy: { need: { createdAt: "asc" } },
    select: {
      need: { select: { id: true, slug: true, title: true, sector: true, needStatus: true, community: { select: { slug: true } } } },
    },
  },
} satisfies Prisma.PartnershipSelect;

export type PublicPartnership = Prisma.PartnershipGetPayload<{ select: typeof pageSelect }>;

/** A public partnership by slug, or null when it does not exist or is not public. */
export async function getPublicPartnership(slug: string): Promise<PublicPartnership | null> {
  if (!lookableSlug(slug)) return null;
  const prisma = await db();
  return prisma.partnership.findFirst({ where: { ...publicPartnershipWhere, slug }, select: pageSelect });
}
