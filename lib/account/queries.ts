import "server-only";
// What /account shows: the person's roles (any status), the listings they manage or registered,
// and their latest notifications.
import { db } from "@/lib/db/client";

export async function getAccountOverview(userId: string) {
  const prisma = await db();
  const [user, memberships, registered, notifications] = await Promise.all([
    prisma.user.findUnique({ where: { id: userId }, select: { email: true, name: true, locale: true, notifyByEmail: true, role: true } }),
    prisma.membership.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        role: true,
        status: true,
        title: true,
        decisionReason: true,
        createdAt: true,
        organization: { select: { id: true, slug: true, name: true, status: true } },
        community: { select: { id: true, slug: true, name: true, status: true } },
      },
    }),
    prisma.organization.findMany({
      where: { createdById: userId },
      orderBy: { createdAt: "desc" },
      select: { id: true, slug: true, name: true, status: true },
    }),
    prisma.notification.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: { id: true, kind: true, payload: true, createdAt: true, readAt: true },
    }),
  ]);
  return { user, memberships, registered, notifications };
}

/** Partnerships touching the listings a person verifiably represents, newest first: the
 *  proposals to answer, those sent, and the active ones to run. */
export async function listMyPartnerships(userId: string) {
  const prisma = await db();
  const memberships = await prisma.membership.findMany({
    where: { userId, status: "VERIFIED" },
    select: { organizationId: true, communityId: true },
  });
  const orgIds = memberships.map((m) => m.organizationId).filter((x): x is string => !!x);
  const communityIds = memberships.map((m) => m.communityId).filter((x): x is string => !!x);
  if (orgIds.length === 0 && communityIds.length === 0) return [];
  return prisma.partnership.findMany({
    where: { OR: [{ organizationId: { in: orgIds } }, { communityId: { in: communityIds } }, { partnerOrganizationId: { in: orgIds } }] },
    orderBy: { proposedAt: "desc" },
    take: 100,
    select: {
      id: true,
      slug: true,
      form: true,
      partnershipStatus: true,
      status: true,
      message: true,
      proposedAt: true,
      proposedById: true,
      organizationId: true,
      communityId: true,
      partnerOrganizationId: true,
      answeringSide: true,
      organization: { select: { id: true, slug: true, name: true } },
      community: {
        select: { id: true, slug: true, katottg: true, type: true, name: true, shortName: true, altShortName: true, oblastCode: true },
      },
      needs: { select: { need: { select: { title: true } } } },
    },
  });
}
