import "server-only";
// The audit trail as moderators read it: a page of entries, newest first, each with the actor's
// name and capacity, the listing's name and page, and the fields an edit changed. Names are read
// in one query per kind of record on the page (never one per row): first the records that point
// at a listing (change requests, reports, poll options, memberships), then each kind of listing.
import type { PrismaClient } from "@/generated/prisma/client";
import { MembershipStatus, TargetType } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { actorCapacity, changedFields, type ActorCapacity, type ActorMembership } from "./entry";

export const AUDIT_PAGE_SIZE = 50;

/** A listing (or person) an entry is about: its name, its page when it has one, whose it is. */
interface TargetRow {
  name: unknown;
  path: string | null;
  owners: string[];
}

const key = (type: TargetType, id: string) => `${type}:${id}`;
const ownersOf = (row: { organizationId?: string | null; communityId?: string | null }) =>
  [row.organizationId, row.communityId].filter((id): id is string => Boolean(id));

type Reader = (prisma: PrismaClient, ids: string[]) => Promise<[string, TargetRow][]>;

/** How each kind of listing is named and linked (a need is shown on its community's page). */
const listingReaders: Partial<Record<TargetType, Reader>> = {
  [TargetType.ORGANIZATION]: async (prisma, ids) =>
    (await prisma.organization.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, name: true } })).map((r) => [
      r.id,
      { name: r.name, path: `/organizations/${r.slug}`, owners: [r.id] },
    ]),
  [TargetType.COMMUNITY]: async (prisma, ids) =>
    (await prisma.community.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, name: true } })).map((r) => [
      r.id,
      { name: r.name, path: `/communities/${r.slug}`, owners: [r.id] },
    ]),
  [TargetType.EVENT]: async (prisma, ids) =>
    (
      await prisma.event.findMany({
        where: { id: { in: ids } },
        select: { id: true, slug: true, title: true, organizationId: true, communityId: true },
      })
    ).map((r) => [r.id, { name: r.title, path: `/events/${r.slug}`, owners: ownersOf(r) }]),
  [TargetType.ANNOUNCEMENT]: async (prisma, ids) =>
    (
      await prisma.announcement.findMany({
        where: { id: { in: ids } },
        select: { id: true, slug: true, title: true, organizationId: true, communityId: true },
      })
    ).map((r) => [r.id, { name: r.title, path: `/announcements/${r.slug}`, owners: ownersOf(r) }]),
  [TargetType.POLL]: async (prisma, ids) =>
    (
      await prisma.poll.findMany({
        where: { id: { in: ids } },
        select: { id: true, slug: true, question: true, organizationId: true, communityId: true },
      })
    ).map((r) => [r.id, { name: r.question, path: `/polls/${r.slug}`, owners: ownersOf(r) }]),
  [TargetType.PARTNERSHIP]: async (prisma, ids) =>
    (
      await prisma.partnership.findMany({
        where: { id: { in: ids } },
        select: { id: true, slug: true, title: true, organizationId: true, communityId: true },
      })
    ).map((r) => [r.id, { name: r.title, path: `/partnerships/${r.slug}`, owners: ownersOf(r) }]),
  [TargetType.NEED]: async (prisma, ids) =>
    (
      await prisma.need.findMany({
        where: { id: { in: ids } },
        select: { id: true, title: true, communityId: true, community: { select: { slug: true } } },
      })
    ).map((r) => [r.id, { name: r.title, path: `/communities/${r.community.slug}`, owners: [r.communityId] }]),
  [TargetType.DIALOGUE]: async (prisma, ids) =>
    (
      await prisma.dialogue.findMany({
        where: { id: { in: ids } },
        select: { id: true, slug: true, question: true, organizationId: true, communityId: true },
      })
    ).map((r) => [r.id, { name: r.question, path: `/dialogues/${r.slug}`, owners: ownersOf(r) }]),
  [TargetType.PRIORITY_ROUND]: async (prisma, ids) =>
    (
      await prisma.priorityRound.findMany({
        where: { id: { in: ids } },
        select: { id: true, slug: true, question: true, communityId: true, community: { select: { slug: true } } },
      })
    ).map((r) => [r.id, { name: r.question, path: `/communities/${r.community.slug}/priorities/${r.slug}`, owners: [r.communityId] }]),
  // A milestone is shown on its partnership's page, where its questions are too.
  [TargetType.MILESTONE]: async (prisma, ids) =>
    (
      await prisma.milestone.findMany({
        where: { id: { in: ids } },
        select: { id: true, title: true, partnership: { select: { slug: true, organizationId: true, communityId: true } } },
      })
    ).map((r) => [r.id, { name: r.title, path: `/partnerships/${r.partnership.slug}#milestone-${r.id}`, owners: ownersOf(r.partnership) }]),
  [TargetType.EXCHANGE_RATE]: async (prisma, ids) =>
    (await prisma.exchangeRate.findMany({ where: { id: { in: ids } }, select: { id: true, currency: true, validFrom: true } })).map((r) => [
      r.id,
      { name: `${r.currency} ${r.validFrom.toISOString().slice(0, 10)}`, path: "/admin/rates", owners: [] },
    ]),
};

/** Records that are about a listing: the entry shows that listing. */
type Pointer = (prisma: PrismaClient, ids: string[]) => Promise<[string, { type: TargetType; id: string }][]>;

const pointers: Partial<Record<TargetType, Pointer>> = {
  [TargetType.CHANGE_REQUEST]: async (prisma, ids) =>
    (await prisma.changeRequest.findMany({ where: { id: { in: ids } }, select: { id: true, targetType: true, targetId: true } })).map(
      (r) => [r.id, { type: r.targetType, id: r.targetId }],
    ),
  [TargetType.REPORT]: async (prisma, ids) =>
    (await prisma.report.findMany({ where: { id: { in: ids } }, select: { id: true, targetType: true, targetId: true } })).map((r) => [
      r.id,
      { type: r.targetType, id: r.targetId },
    ]),
  [TargetType.POLL_OPTION]: async (prisma, ids) =>
    (await prisma.pollOption.findMany({ where: { id: { in: ids } }, select: { id: true, pollId: true } })).map((r) => [
      r.id,
      { type: TargetType.POLL, id: r.pollId },
    ]),
  [TargetType.MILESTONE_QUESTION]: async (prisma, ids) =>
    (await prisma.milestoneQuestion.findMany({ where: { id: { in: ids } }, select: { id: true, milestoneId: true } })).map((r) => [
      r.id,
      { type: TargetType.MILESTONE, id: r.milestoneId },
    ]),
  [TargetType.DIALOGUE_STATEMENT]: async (prisma, ids) =>
    (await prisma.dialogueStatement.findMany({ where: { id: { in: ids } }, select: { id: true, dialogueId: true } })).map((r) => [
      r.id,
      { type: TargetType.DIALOGUE, id: r.dialogueId },
    ]),
  [TargetType.PRIORITY_IDEA]: async (prisma, ids) =>
    (await prisma.priorityIdea.findMany({ where: { id: { in: ids } }, select: { id: true, roundId: true } })).map((r) => [
      r.id,
      { type: TargetType.PRIORITY_ROUND, id: r.roundId },
    ]),
  [TargetType.MEMBERSHIP]: async (prisma, ids) =>
    (await prisma.membership.findMany({ where: { id: { in: ids } }, select: { id: true, organizationId: true, communityId: true } })).map(
      (r) => [
        r.id,
        r.organizationId
          ? { type: TargetType.ORGANIZATION, id: r.organizationId }
          : { type: TargetType.COMMUNITY, id: r.communityId ?? "" },
      ],
    ),
};

/** Groups references by kind and runs `read` once per kind. */
async function readByKind<T>(
  refs: readonly { type: TargetType; id: string }[],
  readers: Partial<Record<TargetType, (prisma: PrismaClient, ids: string[]) => Promise<[string, T][]>>>,
  prisma: PrismaClient,
): Promise<Map<string, T>> {
  const idsByType = new Map<TargetType, Set<string>>();
  for (const ref of refs) if (readers[ref.type]) idsByType.set(ref.type, (idsByType.get(ref.type) ?? new Set()).add(ref.id));
  const found = new Map<string, T>();
  await Promise.all(
    [...idsByType].map(async ([type, ids]) => {
      for (const [id, row] of await readers[type]!(prisma, [...ids])) found.set(key(type, id), row);
    }),
  );
  return found;
}

export interface TrailEntry {
  id: string;
  at: Date;
  action: string;
  actor: { name: string | null; capacity: ActorCapacity };
  /** The record's kind, and the listing it is (or is about) when one is found. */
  targetType: TargetType;
  listing: { type: TargetType; name: unknown; path: string | null } | null;
  /** A person the entry is about (people queue decisions), by name. */
  person: string | null;
  reason: string | null;
  changed: string[];
}

/** One page of the trail, newest first; `filter` narrows it to one record. */
export async function readAuditTrail({
  page = 1,
  targetType,
  targetId,
}: { page?: number; targetType?: TargetType; targetId?: string } = {}): Promise<{
  entries: TrailEntry[];
  page: number;
  pageCount: number;
}> {
  const prisma = await db();
  const where = { ...(targetType ? { targetType } : {}), ...(targetId ? { targetId } : {}) };
  const [rows, total] = await Promise.all([
    prisma.auditLog.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (Math.max(1, page) - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        at: true,
        action: true,
        actorId: true,
        actorRole: true,
        targetType: true,
        targetId: true,
        reason: true,
        after: true,
        actor: { select: { name: true, email: true } },
      },
    }),
    prisma.auditLog.count({ where }),
  ]);

  const targets = rows.map((row) => ({ type: row.targetType, id: row.targetId }));
  const pointed = await readByKind(targets, pointers, prisma);
  const listingOf = (ref: { type: TargetType; id: string }) => pointed.get(key(ref.type, ref.id)) ?? ref;
  const memberActors = [...new Set(rows.filter((row) => row.actorRole === "member" && row.actorId).map((row) => row.actorId!))];
  const userTargets = rows.filter((row) => row.targetType === TargetType.USER).map((row) => row.targetId);
  const [listings, memberships, people] = await Promise.all([
    readByKind(targets.map(listingOf), listingReaders, prisma),
    memberActors.length
      ? prisma.membership.findMany({
          where: { userId: { in: memberActors }, status: MembershipStatus.VERIFIED },
          orderBy: { createdAt: "asc" },
          select: {
            userId: true,
            role: true,
            organizationId: true,
            communityId: true,
            organization: { select: { name: true } },
            community: { select: { name: true } },
          },
        })
      : [],
    userTargets.length ? prisma.user.findMany({ where: { id: { in: userTargets } }, select: { id: true, name: true, email: true } }) : [],
  ]);

  const membershipsOf = new Map<string, ActorMembership[]>();
  for (const m of memberships) {
    const list = membershipsOf.get(m.userId) ?? [];
    list.push({
      role: m.role,
      organizationId: m.organizationId,
      communityId: m.communityId,
      name: m.organization?.name ?? m.community?.name,
    });
    membershipsOf.set(m.userId, list);
  }
  const personName = new Map(people.map((p) => [p.id, p.name ?? p.email]));

  const entries = rows.map((row): TrailEntry => {
    const ref = listingOf({ type: row.targetType, id: row.targetId });
    const listing = listings.get(key(ref.type, ref.id));
    return {
      id: row.id,
      at: row.at,
      action: row.action,
      actor: {
        name: row.actor?.name ?? row.actor?.email ?? null,
        capacity: actorCapacity(row.actorRole, row.actorId ? (membershipsOf.get(row.actorId) ?? []) : [], listing?.owners ?? []),
      },
      targetType: row.targetType,
      listing: listing ? { type: ref.type, name: listing.name, path: listing.path } : null,
      person: row.targetType === TargetType.USER ? (personName.get(row.targetId) ?? null) : null,
      reason: row.reason,
      changed: changedFields(row.action, row.after),
    };
  });
  return { entries, page: Math.max(1, page), pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}
