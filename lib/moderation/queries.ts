import "server-only";
// The moderation queues: what waits, with counts per queue, and the audit trail.
import { ChangeRequestStatus, MembershipStatus, ModerationStatus, ReportStatus, TargetType } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { changeKinds } from "./change-kinds";
import { claimDomain } from "./official-domain";
import { moderatedTypes, type ModeratedType } from "./listings";

const PAGE = 50;

export async function getQueueCounts() {
  const prisma = await db();
  const pending = { status: ModerationStatus.PENDING };
  const [organizations, events, announcements, polls, partnerships, needs, edits, claims, reports] = await Promise.all([
    prisma.organization.count({ where: pending }),
    prisma.event.count({ where: pending }),
    prisma.announcement.count({ where: pending }),
    prisma.poll.count({ where: pending }),
    prisma.partnership.count({ where: pending }),
    prisma.need.count({ where: pending }),
    prisma.changeRequest.count({ where: { status: ChangeRequestStatus.PENDING } }),
    prisma.membership.count({ where: { status: MembershipStatus.PENDING } }),
    prisma.report.count({ where: { status: ReportStatus.OPEN } }),
  ]);
  const byType: Record<ModeratedType, number> = { ORGANIZATION: organizations, EVENT: events, ANNOUNCEMENT: announcements, POLL: polls, PARTNERSHIP: partnerships, NEED: needs };
  return { byType, listings: Object.values(byType).reduce((a, b) => a + b, 0), edits, claims, reports };
}

export interface PendingListing {
  id: string;
  type: ModeratedType;
  name: unknown;
  createdAt: Date;
  authorName: string | null;
  detail: string | null;
}

/** Pending listings of one type (or all), oldest first: first come, first decided. */
export async function listPendingListings(type: ModeratedType | null): Promise<PendingListing[]> {
  const prisma = await db();
  const types = type ? [type] : [...moderatedTypes];
  const where = { status: ModerationStatus.PENDING };
  const out: PendingListing[] = [];
  const authors = new Map<string, string | null>();
  for (const t of types) {
    if (t === TargetType.ORGANIZATION) {
      for (const r of await prisma.organization.findMany({ where, orderBy: { createdAt: "asc" }, take: PAGE, select: { id: true, name: true, createdAt: true, createdById: true, kind: true, city: true, country: true } }))
        out.push({ id: r.id, type: t, name: r.name, createdAt: r.createdAt, authorName: r.createdById, detail: `${r.kind} · ${r.city}, ${r.country}` });
    } else if (t === TargetType.EVENT) {
      for (const r of await prisma.event.findMany({ where, orderBy: { createdAt: "asc" }, take: PAGE, select: { id: true, title: true, createdAt: true, createdById: true, startsAt: true } }))
        out.push({ id: r.id, type: t, name: r.title, createdAt: r.createdAt, authorName: r.createdById, detail: r.startsAt.toISOString().slice(0, 10) });
    } else if (t === TargetType.ANNOUNCEMENT) {
      for (const r of await prisma.announcement.findMany({ where, orderBy: { createdAt: "asc" }, take: PAGE, select: { id: true, title: true, createdAt: true, createdById: true } }))
        out.push({ id: r.id, type: t, name: r.title, createdAt: r.createdAt, authorName: r.createdById, detail: null });
    } else if (t === TargetType.POLL) {
      for (const r of await prisma.poll.findMany({ where, orderBy: { createdAt: "asc" }, take: PAGE, select: { id: true, question: true, createdAt: true, createdById: true } }))
        out.push({ id: r.id, type: t, name: r.question, createdAt: r.createdAt, authorName: r.createdById, detail: null });
    } else if (t === TargetType.PARTNERSHIP) {
      for (const r of await prisma.partnership.findMany({ where, orderBy: { createdAt: "asc" }, take: PAGE, select: { id: true, title: true, createdAt: true, proposedById: true, form: true } }))
        out.push({ id: r.id, type: t, name: r.title, createdAt: r.createdAt, authorName: r.proposedById, detail: r.form });
    } else if (t === TargetType.NEED) {
      for (const r of await prisma.need.findMany({ where, orderBy: { createdAt: "asc" }, take: PAGE, select: { id: true, title: true, createdAt: true, sector: true } }))
        out.push({ id: r.id, type: t, name: r.title, createdAt: r.createdAt, authorName: null, detail: r.sector });
    }
  }
  // Author ids → names, in one query.
  const ids = [...new Set(out.map((o) => o.authorName).filter((x): x is string => !!x))];
  if (ids.length) for (const u of await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } })) authors.set(u.id, u.name ?? u.email);
  return out.map((o) => ({ ...o, authorName: o.authorName ? (authors.get(o.authorName) ?? null) : null })).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

export async function listPendingClaims() {
  const prisma = await db();
  const rows = await prisma.membership.findMany({
    where: { status: MembershipStatus.PENDING },
    orderBy: { createdAt: "asc" },
    take: PAGE,
    select: {
      id: true, role: true, title: true, evidenceEmail: true, evidenceUrl: true, evidenceNote: true, createdAt: true,
      user: { select: { name: true, email: true, emailVerified: true } },
      organization: { select: { slug: true, name: true, website: true } },
      community: { select: { slug: true, name: true, katottg: true, website: true } },
    },
  });
  return rows.map((row) => ({ ...row, ...claimDomain(row.user, row.evidenceEmail) }));
}

export async function listPendingEdits() {
  const prisma = await db();
  const requests = await prisma.changeRequest.findMany({
    where: { status: ChangeRequestStatus.PENDING },
    orderBy: { createdAt: "asc" },
    take: PAGE,
    select: { id: true, targetType: true, targetId: true, changes: true, createdAt: true, author: { select: { name: true, email: true } } },
  });
  return Promise.all(requests.map(async (request) => {
    const listing = (await changeKinds[request.targetType]?.read(prisma, request.targetId)) ?? null;
    const changes = request.changes as Record<string, unknown>;
    const diff = Object.keys(changes).map((field) => ({ field, before: listing?.values[field], after: changes[field] }));
    return { ...request, listing: listing && { path: listing.path, name: listing.name }, diff };
  }));
}

export async function listOpenReports() {
  const prisma = await db();
  const reports = await prisma.report.findMany({
    where: { status: ReportStatus.OPEN },
    orderBy: { createdAt: "asc" },
    take: PAGE,
    select: { id: true, targetType: true, targetId: true, reason: true, details: true, createdAt: true, reporter: { select: { name: true, email: true } } },
  });
  const orgIds = reports.filter((r) => r.targetType === TargetType.ORGANIZATION).map((r) => r.targetId);
  const communityIds = reports.filter((r) => r.targetType === TargetType.COMMUNITY).map((r) => r.targetId);
  const [orgs, communities] = await Promise.all([
    prisma.organization.findMany({ where: { id: { in: orgIds } }, select: { id: true, slug: true, name: true } }),
    prisma.community.findMany({ where: { id: { in: communityIds } }, select: { id: true, slug: true, name: true } }),
  ]);
  return reports.map((report) => {
    const org = orgs.find((o) => o.id === report.targetId);
    const community = communities.find((c) => c.id === report.targetId);
    const target = org ? { name: org.name, path: `/organizations/${org.slug}` } : community ? { name: community.name, path: `/communities/${community.slug}` } : null;
    return { ...report, target };
  });
}

export async function listAuditTrail(filter: { targetType?: TargetType | null; targetId?: string | null } = {}, take = 100) {
  const prisma = await db();
  return prisma.auditLog.findMany({
    where: { ...(filter.targetType ? { targetType: filter.targetType } : {}), ...(filter.targetId ? { targetId: filter.targetId } : {}) },
    orderBy: { at: "desc" },
    take,
    select: { id: true, at: true, action: true, actorRole: true, targetType: true, targetId: true, reason: true, actor: { select: { name: true, email: true } } },
  });
}
