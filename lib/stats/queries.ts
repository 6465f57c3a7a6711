import "server-only";
// Headline counts for the home page: one function, independent counts started together.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import { PartnershipStatus } from "@/generated/prisma/enums";
import { publicCommunityWhere, publicOpenNeedWhere } from "@/lib/community/queries";
import { publicEventWhere } from "@/lib/event/queries";
import { publicPartnershipWhere } from "@/lib/listing/public-where";
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

const activePartnershipWhere = {
  ...publicPartnershipWhere,
  partnershipStatus: PartnershipStatus.ACTIVE,
} satisfies Prisma.PartnershipWhereInput;

export async function getHomeStats(now: Date = new Date()): Promise<HomeStats> {
  const prisma = await db();
  const [organizations, countries, communities, communitiesWithProfile, openNeeds, activePartnerships, upcomingEvents] = await Promise.all([
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
