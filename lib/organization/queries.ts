import "server-only";
// Public reads of organisations. Rows stay raw (LocalizedText JSON, enums, dates): pages pick
// the language and format at render. Never select the exact point (`lat`/`lng`) or a contact
// email here: a public map reads `publicLat`/`publicLng` only (docs/decisions/0003).
import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import { ModerationStatus } from "@/generated/prisma/enums";
import { sortIdsByText } from "@/lib/i18n/collate";

/** What the public may see: published and not hidden by a moderator. The one place this is said. */
export const publicOrganizationWhere = {
  status: ModerationStatus.PUBLISHED,
  hiddenAt: null,
} satisfies Prisma.OrganizationWhereInput;

export const ORGANIZATIONS_PAGE_SIZE = 24;

const listItemSelect = {
  id: true,
  slug: true,
  kind: true,
  name: true,
  country: true,
  city: true,
  sectors: true,
  isVerified: true,
  isDemo: true,
  updatedAt: true,
} satisfies Prisma.OrganizationSelect;

export type OrganizationListItem = Prisma.OrganizationGetPayload<{ select: typeof listItemSelect }>;

const profileSelect = {
  ...listItemSelect,
  mission: true,
  description: true,
  activities: true,
  foundedYear: true,
  languages: true,
  website: true,
  aidTypes: true,
  operatingCountries: true,
} satisfies Prisma.OrganizationSelect;

export type OrganizationProfile = Prisma.OrganizationGetPayload<{ select: typeof profileSelect }>;

export interface OrganizationPage {
  items: OrganizationListItem[];
  total: number;
  /** The page asked for, at least 1 (it may lie past the last page: then `items` is empty). */
  page: number;
  pageSize: number;
  pageCount: number;
}

/**
 * One page of public organisations, alphabetical by name in `locale` (falling back to the other
 * languages, like `pickText`). The order is computed with the locale's collation in the app,
 * not in SQL: the database's collation may be "C" (і, ї, є, ґ would sort after я) and PGlite
 * has no ICU. Names of all public organisations are a small read; the page's rows are typed.
 */
export async function listOrganizations({
  page,
  locale,
  pageSize = ORGANIZATIONS_PAGE_SIZE,
}: {
  page: number;
  locale: string;
  pageSize?: number;
}): Promise<OrganizationPage> {
  const prisma = await db();
  const current = Number.isFinite(page) ? Math.max(1, Math.floor(page)) : 1;
  const names = await prisma.organization.findMany({ where: publicOrganizationWhere, select: { id: true, name: true } });
  const ordered = sortIdsByText(names, (row) => row.name, locale);
  const ids = ordered.slice((current - 1) * pageSize, current * pageSize);
  const rows = await prisma.organization.findMany({
    // Visibility again, so a row unpublished between the two reads is not shown.
    where: { ...publicOrganizationWhere, id: { in: ids } },
    select: listItemSelect,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    items: ids.flatMap((id) => byId.get(id) ?? []),
    total: ordered.length,
    page: current,
    pageSize,
    pageCount: Math.max(1, Math.ceil(ordered.length / pageSize)),
  };
}

/** The most recently updated public organisations, for the home page. */
export async function listRecentOrganizations(limit = 6): Promise<OrganizationListItem[]> {
  const prisma = await db();
  return prisma.organization.findMany({
    where: publicOrganizationWhere,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: listItemSelect,
  });
}

/** A public organisation by slug, or null when it does not exist or is not public. */
export async function getOrganizationBySlug(slug: string): Promise<OrganizationProfile | null> {
  const prisma = await db();
  return prisma.organization.findFirst({
    where: { ...publicOrganizationWhere, slug },
    select: profileSelect,
  });
}
