import "server-only";
// Headline counts for the home page: one function, independent counts started together.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import { ModerationStatus, PartnershipStatus } from "@/generated/prisma/enums";
import { publicCommunityWhere, publicOpenNeedWhere } from "@/lib/community/queries";
import { publicOrganizationWhere } from "@/lib/organization/queries";

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

// Partnerships and events have no queries module of their own yet; their public rule is
// stated here until lib/partnership and lib/event take it over.
const activePartnershipWhere = {
  status: ModerationStatus.PUBLISHED,
  hiddenAt: null,
  partnershipStatus: PartnershipStatus.ACTIVE,
} satisfies Prisma.PartnershipWhereInput;

const publicEventWhere = { status: ModerationStatus.PUBLISHED, hiddenAt: null } satisfies Prisma.EventWhereInput;

export async function getHomeStats(now: Date = new Date()): Promise<HomeStats> {
  const prisma = await db();
  const [organizations, countries, communities, communitiesWithProfile, openNeeds, activePartnerships, upcomingEvents] =
    await Promise.all([
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
