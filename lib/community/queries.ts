import "server-only";
// Public reads of communities (hromadas) and of the needs shown on their pages. Rows stay raw
// (LocalizedText JSON, enums, dates): pages pick the language and format at render. Never
// select `lat`/`lng` (a map reads `publicLat`/`publicLng`); the contact email and phone only for
// the profile, which sends them reversed (components/listing/reveal-email.tsx).
import { db } from "@/lib/db/client";
import { lookableSlug } from "@/lib/text/slug";
import type { Prisma } from "@/generated/prisma/client";
import { NeedStatus } from "@/generated/prisma/enums";
import { needSummarySelect } from "@/lib/need/selects";
import { communityEditableSelect, communityNameSelect } from "./selects";

/** What the public may see: published and not hidden by a moderator. The one place this is said. */
import { publicCommunityWhere, publicOpenNeedWhere, publicPartnershipWhere, shownWhere } from "@/lib/listing/public-where";

export { publicCommunityWhere, publicOpenNeedWhere };

/** The codifier's data of a community and whether it has a profile: what its card and its edit form head with. */
const officialSelect = {
  id: true,
  slug: true,
  ...communityNameSelect,
  oblastName: true,
  raionName: true,
  population: true,
  isOccupied: true,
  isPartlyOccupied: true,
  combatZone: true,
  hasProfile: true,
} satisfies Prisma.CommunitySelect;

const listItemSelect = { ...officialSelect, isVerified: true, isDemo: true } satisfies Prisma.CommunitySelect;

export type CommunityListItem = Prisma.CommunityGetPayload<{ select: typeof listItemSelect }>;

export type CommunityNeed = Prisma.NeedGetPayload<{ select: typeof needSummarySelect }>;

const profileSelect = {
  ...listItemSelect,
  centerName: true,
  settlementsCount: true,
  ...communityEditableSelect,
  updatedAt: true,
  // The public point only (docs/decisions/0003): for the small map and structured data.
  publicLat: true,
  publicLng: true,
  needs: {
    // publicNeedWhere minus the community test: open, in progress and met (withdrawn ones are not
    // public); open first (the enum's order), so met needs stay on the page below, marked as met.
    where: { ...shownWhere, needStatus: { not: NeedStatus.WITHDRAWN } },
    orderBy: [{ needStatus: "asc" }, { urgency: "desc" }, { createdAt: "desc" }],
    select: needSummarySelect,
  },
} satisfies Prisma.CommunitySelect;

export type CommunityProfile = Prisma.CommunityGetPayload<{ select: typeof profileSelect }>;

/** Card data of public communities by id, in the order given (a page of search results). */
export async function getCommunityCards(ids: readonly string[]): Promise<CommunityListItem[]> {
  if (ids.length === 0) return [];
  const prisma = await db();
  const rows = await prisma.community.findMany({ where: { ...publicCommunityWhere, id: { in: [...ids] } }, select: listItemSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Public communities whose officials filled in a profile, most recently updated first (home page). */
export async function listProfiledCommunities(limit = 4): Promise<CommunityListItem[]> {
  const prisma = await db();
  return prisma.community.findMany({
    where: { ...publicCommunityWhere, hasProfile: true },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: listItemSelect,
  });
}

/** A public community by slug, with its open needs, or null when missing or not public. */
export async function getCommunityBySlug(slug: string): Promise<CommunityProfile | null> {
  if (!lookableSlug(slug)) return null;
  const prisma = await db();
  return prisma.community.findFirst({ where: { ...publicCommunityWhere, slug }, select: profileSelect });
}

/** The slug of a public community by its KATOTTG code (links that carry the official code). */
export async function getCommunitySlugByKatottg(katottg: string): Promise<string | null> {
  const prisma = await db();
  const row = await prisma.community.findFirst({ where: { ...publicCommunityWhere, katottg }, select: { slug: true } });
  return row?.slug ?? null;
}

/** Published partnerships of a public community, with the organisation on the other side. */
export async function getCommunityPartnerships(id: string) {
  const prisma = await db();
  return prisma.partnership.findMany({
    where: { ...publicPartnershipWhere, communityId: id },
    orderBy: [{ startDate: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: 20,
    select: { id: true, form: true, partnershipStatus: true, startDate: true, organization: { select: { slug: true, name: true } } },
  });
}

/**
 * A public community with everything its edit form shows: the editable fields (contacts
 * included, which public reads leave out) and, read-only, the official data. Only for the
 * workspace pages, which ask lib/auth/policy.ts first.
 */
export async function getCommunityForEdit(slug: string) {
  if (!lookableSlug(slug)) return null;
  const prisma = await db();
  return prisma.community.findFirst({
    where: { ...publicCommunityWhere, slug },
    select: { ...officialSelect, publicLat: true, publicLng: true, ...communityEditableSelect },
  });
}
