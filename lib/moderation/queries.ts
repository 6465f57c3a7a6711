import "server-only";
// The moderation queues: what waits, with counts per queue, and the audit trail.
import { ChangeRequestStatus, MembershipStatus, ModerationStatus, ReportStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { listingKindOf, listingKinds, moderatedTypes, type ListingDetail, type ListingRow, type ModeratedType } from "@/lib/listing/kinds";
import { changeKinds } from "./change-kinds";
import { claimDomain } from "./official-domain";

/** A queue's page: oldest first (first come, first decided), 50 at a time. */
const queuePage = { orderBy: { createdAt: "asc" }, take: 50 } as const;

export async function getQueueCounts() {
  const prisma = await db();
  const pending = { status: ModerationStatus.PENDING };
  const [pendingPerType, edits, claims, reports] = await Promise.all([
    Promise.all(moderatedTypes.map((type) => listingKinds[type].table(prisma).count({ where: pending }))),
    prisma.changeRequest.count({ where: { status: ChangeRequestStatus.PENDING } }),
    prisma.membership.count({ where: { status: MembershipStatus.PENDING } }),
    prisma.report.count({ where: { status: ReportStatus.OPEN } }),
  ]);
  const byType = Object.fromEntries(moderatedTypes.map((type, i) => [type, pendingPerType[i] ?? 0])) as Record<ModeratedType, number>;
  return { byType, listings: Object.values(byType).reduce((a, b) => a + b, 0), edits, claims, reports };
}

export interface PendingListing {
  id: string;
  type: ModeratedType;
  name: unknown;
  createdAt: Date;
  authorName: string | null;
  detail: ListingDetail | null;
}

/** Pending listings of one type (or all), oldest first: first come, first decided. */
export async function listPendingListings(type: ModeratedType | null): Promise<PendingListing[]> {
  const prisma = await db();
  const types = type ? [type] : [...moderatedTypes];
  const out: PendingListing[] = [];
  const authors = new Map<string, string | null>();
  for (const t of types) {
    for (const r of await listingKinds[t].rows(prisma, { where: { status: ModerationStatus.PENDING }, ...queuePage }))
      out.push({ id: r.id, type: t, name: r.name, createdAt: r.createdAt, authorName: r.authorId, detail: r.detail });
  }
  // Author ids → names, in one query.
  const ids = [...new Set(out.map((o) => o.authorName).filter((x): x is string => !!x))];
  if (ids.length)
    for (const u of await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } }))
      authors.set(u.id, u.name ?? u.email);
  return out
    .map((o) => ({ ...o, authorName: o.authorName ? (authors.get(o.authorName) ?? null) : null }))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

export async function listPendingClaims() {
  const prisma = await db();
  const rows = await prisma.membership.findMany({
    where: { status: MembershipStatus.PENDING },
    ...queuePage,
    select: {
      id: true,
      role: true,
      title: true,
      evidenceEmail: true,
      evidenceUrl: true,
      evidenceNote: true,
      createdAt: true,
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
    ...queuePage,
    select: { id: true, targetType: true, targetId: true, changes: true, createdAt: true, author: { select: { name: true, email: true } } },
  });
  return Promise.all(
    requests.map(async (request) => {
      const listing = (await changeKinds[request.targetType]?.read(prisma, request.targetId)) ?? null;
      const changes = request.changes as Record<string, unknown>;
      const diff = Object.keys(changes).map((field) => ({ field, before: listing?.values[field], after: changes[field] }));
      return { ...request, listing: listing && { path: listing.path, name: listing.name }, diff };
    }),
  );
}

export async function listOpenReports() {
  const prisma = await db();
  const reports = await prisma.report.findMany({
    where: { status: ReportStatus.OPEN },
    ...queuePage,
    select: {
      id: true,
      targetType: true,
      targetId: true,
      reason: true,
      details: true,
      createdAt: true,
      reporter: { select: { name: true, email: true } },
    },
  });
  // The reported listings of every kind, one read per kind that has reports.
  const listings = new Map<string, ListingRow>();
  for (const type of new Set(reports.map((r) => r.targetType))) {
    const kind = listingKindOf(type);
    const ids = reports.filter((r) => r.targetType === type).map((r) => r.targetId);
    if (kind) for (const row of await kind.rows(prisma, { where: { id: { in: ids } } })) listings.set(`${type}:${row.id}`, row);
  }
  return reports.map((report) => {
    const listing = listings.get(`${report.targetType}:${report.targetId}`);
    return { ...report, target: listing ? { name: listing.name, path: listing.path } : null };
  });
}
