import "server-only";
// The kinds of listing that pass through moderation, with what a decision needs of each: how to
// update its status only if it is still undecided, its readable name, its author and its page.
// One table instead of a switch in every decision.
import type { Prisma } from "@/generated/prisma/client";
import { TargetType } from "@/generated/prisma/enums";

export const moderatedTypes = [
  TargetType.ORGANIZATION,
  TargetType.EVENT,
  TargetType.ANNOUNCEMENT,
  TargetType.POLL,
  TargetType.PARTNERSHIP,
  TargetType.NEED,
] as const;
export type ModeratedType = (typeof moderatedTypes)[number];

type Tx = Prisma.TransactionClient;
interface Row { id: string; name: unknown; authorId: string | null; path: string }

/** Minimal common surface of the Prisma delegates we use (updateMany/findMany with these shapes). */
interface Delegate {
  updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>;
}

export function delegateFor(tx: Tx, type: ModeratedType): Delegate {
  const map: Record<ModeratedType, unknown> = {
    ORGANIZATION: tx.organization,
    EVENT: tx.event,
    ANNOUNCEMENT: tx.announcement,
    POLL: tx.poll,
    PARTNERSHIP: tx.partnership,
    NEED: tx.need,
  };
  return map[type] as Delegate;
}

/** Readable name, author and public path of each id, for notices and the queue. */
export async function describe(tx: Tx, type: ModeratedType, ids: string[]): Promise<Map<string, Row>> {
  const rows: Row[] = [];
  switch (type) {
    case TargetType.ORGANIZATION:
      for (const r of await tx.organization.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, createdById: true, slug: true } }))
        rows.push({ id: r.id, name: r.name, authorId: r.createdById, path: `/organizations/${r.slug}` });
      break;
    case TargetType.EVENT:
      for (const r of await tx.event.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, createdById: true, slug: true } }))
        rows.push({ id: r.id, name: r.title, authorId: r.createdById, path: `/events/${r.slug}` });
      break;
    case TargetType.ANNOUNCEMENT:
      for (const r of await tx.announcement.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, createdById: true, slug: true } }))
        rows.push({ id: r.id, name: r.title, authorId: r.createdById, path: `/announcements/${r.slug}` });
      break;
    case TargetType.POLL:
      for (const r of await tx.poll.findMany({ where: { id: { in: ids } }, select: { id: true, question: true, createdById: true, slug: true } }))
        rows.push({ id: r.id, name: r.question, authorId: r.createdById, path: `/polls/${r.slug}` });
      break;
    case TargetType.PARTNERSHIP:
      for (const r of await tx.partnership.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, proposedById: true, slug: true } }))
        rows.push({ id: r.id, name: r.title, authorId: r.proposedById, path: `/partnerships/${r.slug}` });
      break;
    case TargetType.NEED:
      for (const r of await tx.need.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, slug: true, community: { select: { slug: true } } } }))
        rows.push({ id: r.id, name: r.title, authorId: null, path: `/communities/${r.community.slug}` });
      break;
  }
  return new Map(rows.map((r) => [r.id, r]));
}

/** Types whose PUBLISHED row carries a publishedAt column. */
export const hasPublishedAt = new Set<ModeratedType>([TargetType.ORGANIZATION, TargetType.ANNOUNCEMENT]);
