import "server-only";
// What /account shows: the person's roles (any status), the listings they manage, what waits for
// them (proposals to answer, claims, listings waiting for approval, unread notices) with counts,
// and their latest notices.
import { can, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { countUnreadNotices, latestNotices } from "@/lib/notification/queries";

const listingSelect = { id: true, slug: true, name: true, status: true } as const;

export async function getAccountOverview(viewer: PolicyViewer) {
  const userId = viewer.id;
  const prisma = await db();
  const [user, memberships, managed, pending, notifications, unread, partnerships] = await Promise.all([
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
        organization: { select: listingSelect },
        community: { select: listingSelect },
      },
    }),
    listManagedListings(userId),
    listPendingListings(userId),
    latestNotices(userId),
    countUnreadNotices(userId),
    listMyPartnerships(userId),
  ]);
  return {
    user,
    memberships,
    managed,
    pending,
    notifications,
    counts: {
      proposals: proposalsToAnswer(viewer, partnerships).length,
      claims: memberships.filter((m) => m.status === "PENDING").length,
      pending: pending.length,
      unread,
      listings: managed.length,
    },
  };
}

export type ManagedListing = { kind: "organization" | "community"; id: string; slug: string; name: unknown; status: string };

/**
 * The organisations and communities a person manages: those they registered and those they are
 * verified for. Communities come from the official register (nobody "registers" one), so a
 * verified official's community is only found through the membership; counting registrations
 * alone once showed officials "No listings yet".
 */
export async function listManagedListings(userId: string): Promise<ManagedListing[]> {
  const prisma = await db();
  const verified = { memberships: { some: { userId, status: "VERIFIED" as const } } };
  const [organizations, communities] = await Promise.all([
    prisma.organization.findMany({
      where: { OR: [{ createdById: userId }, verified] },
      orderBy: { createdAt: "desc" },
      select: listingSelect,
    }),
    prisma.community.findMany({ where: verified, orderBy: { createdAt: "desc" }, select: listingSelect }),
  ]);
  return [
    ...organizations.map((o) => ({ kind: "organization" as const, ...o })),
    ...communities.map((c) => ({ kind: "community" as const, ...c })),
  ];
}

export type PendingListing = { kind: "organization" | "event" | "announcement" | "poll"; id: string; name: unknown; path: string };

/** What the person posted that still waits for a moderator, newest first. */
export async function listPendingListings(userId: string): Promise<PendingListing[]> {
  const prisma = await db();
  const where = { createdById: userId, status: "PENDING" as const };
  const [organizations, events, announcements, polls] = await Promise.all([
    prisma.organization.findMany({ where, orderBy: { createdAt: "desc" }, select: { id: true, slug: true, name: true } }),
    prisma.event.findMany({ where, orderBy: { createdAt: "desc" }, select: { id: true, slug: true, title: true } }),
    prisma.announcement.findMany({ where, orderBy: { createdAt: "desc" }, select: { id: true, slug: true, title: true } }),
    prisma.poll.findMany({ where, orderBy: { createdAt: "desc" }, select: { id: true, slug: true, question: true } }),
  ]);
  return [
    ...organizations.map((o) => ({ kind: "organization" as const, id: o.id, name: o.name, path: `/organizations/${o.slug}` })),
    ...events.map((e) => ({ kind: "event" as const, id: e.id, name: e.title, path: `/events/${e.slug}` })),
    ...announcements.map((a) => ({ kind: "announcement" as const, id: a.id, name: a.title, path: `/announcements/${a.slug}` })),
    ...polls.map((p) => ({ kind: "poll" as const, id: p.id, name: p.question, path: `/polls/${p.slug}` })),
  ];
}

type Proposal = Awaited<ReturnType<typeof listMyPartnerships>>[number];

/** Proposals this person may answer now: still proposed, not their own, and their side is the one asked. */
export function proposalsToAnswer<P extends Proposal>(viewer: PolicyViewer, partnerships: P[]): P[] {
  return partnerships.filter(
    (p) => p.partnershipStatus === "PROPOSED" && p.proposedById !== viewer.id && can(viewer, "answer", "Partnership", p),
  );
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
