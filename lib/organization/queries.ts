import "server-only";
// Public reads of organisations. Rows stay raw (LocalizedText JSON, enums, dates): pages pick
// the language and format at render. Never select the exact point (`lat`/`lng`) or a contact
// email here: a public map reads `publicLat`/`publicLng` only (docs/decisions/0003).
import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import { ModerationStatus } from "@/generated/prisma/enums";

/** What the public may see: published and not hidden by a moderator. The one place this is said. */
export const publicOrganizationWhere = {
  status: ModerationStatus.PUBLISHED,
  hiddenAt: null,
} satisfies Prisma.OrganizationWhereInput;

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
