import "server-only";
// Public reads of organisations. Rows stay raw (LocalizedText JSON, enums, dates): pages pick
// the language and format at render. Never select the exact point (`lat`/`lng`) or a contact
// email here: a public map reads `publicLat`/`publicLng` only (docs/decisions/0003).
import { db } from "@/lib/db/client";
import { lookableSlug } from "@/lib/text/slug";
import type { Prisma } from "@/generated/prisma/client";
import { communityNameSelect } from "@/lib/community/selects";
import { editableSelect } from "./editable";

/** What the public may see: published and not hidden by a moderator. The one place this is said. */
import { publicOrganizationWhere, publicPartnershipWhere } from "@/lib/listing/public-where";

export { publicOrganizationWhere };

/** An organisation as a card shows it (other reads add to it: matching, the open-data export). */
export const organizationListItemSelect = {
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

export type OrganizationListItem = Prisma.OrganizationGetPayload<{ select: typeof organizationListItemSelect }>;

const profileSelect = {
  ...organizationListItemSelect,
  // Every column its people edit: what it offers (the profile's "What we offer") and the
  // listing's own contact address (not a person's: public, shown obfuscated on the page) too.
  ...editableSelect,
  activities: true,
  foundedYear: true,
  // The public point only (docs/decisions/0003), for the small map.
  publicLat: true,
  publicLng: true,
} satisfies Prisma.OrganizationSelect;

export type OrganizationProfile = Prisma.OrganizationGetPayload<{ select: typeof profileSelect }>;

/** The most recently updated public organisations, for the home page. */
export async function listRecentOrganizations(limit = 6): Promise<OrganizationListItem[]> {
  const prisma = await db();
  return prisma.organization.findMany({
    where: publicOrganizationWhere,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: organizationListItemSelect,
  });
}

/** A public organisation by slug, or null when it does not exist or is not public. */
export async function getOrganizationBySlug(slug: string): Promise<OrganizationProfile | null> {
  if (!lookableSlug(slug)) return null;
  const prisma = await db();
  return prisma.organization.findFirst({
    where: { ...publicOrganizationWhere, slug },
    select: profileSelect,
  });
}

/** Who a public organisation works with: its public partnerships (events and announcements are read by their own profile blocks). */
export async function getOrganizationConnections(id: string) {
  const prisma = await db();
  const [partnerships] = await Promise.all([
    prisma.partnership.findMany({
      where: { ...publicPartnershipWhere, OR: [{ organizationId: id }, { partnerOrganizationId: id }] },
      orderBy: [{ startDate: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      take: 20,
      select: {
        id: true,
        form: true,
        partnershipStatus: true,
        startDate: true,
        title: true,
        community: { select: { slug: true, ...communityNameSelect, status: true, hiddenAt: true } },
        organization: { select: { id: true, slug: true, name: true, status: true, hiddenAt: true } },
        partnerOrganization: { select: { id: true, slug: true, name: true, status: true, hiddenAt: true } },
      },
    }),
  ]);
  return { partnerships };
}

export type OrganizationConnections = Awaited<ReturnType<typeof getOrganizationConnections>>;

/** An organisation in any status, for its edit form (the page checks the policy first). */
export async function getOrganizationForEdit(slug: string) {
  if (!lookableSlug(slug)) return null;
  const prisma = await db();
  return prisma.organization.findUnique({
    where: { slug },
    select: { id: true, slug: true, kind: true, status: true, createdById: true, ...editableSelect },
  });
}
