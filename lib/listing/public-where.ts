// What the public may see, said once per kind of listing and used by every public read (pages,
// API, map, exports, counts). A module of plain Prisma where-clauses with no other imports, so
// the queries modules of organisations, communities and partnerships can all use it without
// importing each other.
import type { Prisma } from "@/generated/prisma/client";
import { ModerationStatus, PartnershipStatus } from "@/generated/prisma/enums";

export const publicOrganizationWhere = {
  status: ModerationStatus.PUBLISHED,
  hiddenAt: null,
} satisfies Prisma.OrganizationWhereInput;

export const publicCommunityWhere = {
  status: ModerationStatus.PUBLISHED,
  hiddenAt: null,
} satisfies Prisma.CommunityWhereInput;

/** Partnerships the public sees: agreed by both sides; proposals and refusals stay between them. */
export const PUBLIC_PARTNERSHIP_STATUSES = [PartnershipStatus.ACTIVE, PartnershipStatus.COMPLETED] as const;

/**
 * A public partnership: agreed (active or completed), published and not hidden by a moderator,
 * and every side it links public too (a hidden organisation takes its partnerships with it).
 */
export const publicPartnershipWhere = {
  status: ModerationStatus.PUBLISHED,
  hiddenAt: null,
  partnershipStatus: { in: [...PUBLIC_PARTNERSHIP_STATUSES] },
  organization: publicOrganizationWhere,
  AND: [
    { OR: [{ communityId: null }, { community: publicCommunityWhere }] },
    { OR: [{ partnerOrganizationId: null }, { partnerOrganization: publicOrganizationWhere }] },
  ],
} satisfies Prisma.PartnershipWhereInput;
