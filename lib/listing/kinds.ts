import "server-only";
// The kinds of listing a member can report and a moderator can approve, reject, archive or hide,
// with what each of those needs: its table, its public rule (./public-where), its name in the
// audit trail, how to read its name, author and page, and which search rows to rebuild when its
// visibility changes. Reports (lib/report), the moderation queues and every moderation decision
// (lib/moderation) go through this one table, so a kind cannot be accepted by one and missing
// from another (a partnership report once resolved with "hide" hid nothing).
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { TargetType, type ModerationStatus, type OrganizationKind, type PartnershipForm, type Sector } from "@/generated/prisma/enums";
import { reindexCommunity, reindexOrganization } from "@/lib/search/indexer";
import {
  publicAnnouncementWhere,
  publicCommunityWhere,
  publicDialogueWhere,
  publicPriorityIdeaWhere,
  publicPriorityRoundWhere,
  publicStatementWhere,
  publicEventWhere,
  publicNeedWhere,
  publicOrganizationWhere,
  publicPartnershipWhere,
  publicPollWhere,
} from "./public-where";

type Db = PrismaClient | Prisma.TransactionClient;

/** Kinds that pass through the moderation queue (communities come from the official register). */
export const moderatedTypes = [
  TargetType.ORGANIZATION,
  TargetType.EVENT,
  TargetType.ANNOUNCEMENT,
  TargetType.POLL,
  TargetType.PARTNERSHIP,
  TargetType.NEED,
  TargetType.DIALOGUE,
  TargetType.PRIORITY_ROUND,
] as const;
export type ModeratedType = (typeof moderatedTypes)[number];

/** Kinds that can be reported and hidden: the moderated ones, communities, and what people write
 *  into a dialogue or a priorities round (approved by its facilitators, not by the queue). */
export const listingTypes = [...moderatedTypes, TargetType.COMMUNITY, TargetType.DIALOGUE_STATEMENT, TargetType.PRIORITY_IDEA] as const;
export type ListingType = (typeof listingTypes)[number];

/** The queue's one-line hint beside a listing's type, as values the page names in the reader's language. */
export type ListingDetail =
  | { organizationKind: OrganizationKind; city: string; country: string }
  | { startsAt: Date }
  | { sector: Sector }
  | { partnershipForm: PartnershipForm };

/** One listing as queues, notices and reports show it. `detail` is the queue's one-line hint. */
export interface ListingRow {
  id: string;
  name: unknown;
  authorId: string | null;
  path: string;
  createdAt: Date;
  detail: ListingDetail | null;
}

/** Which rows to read: some ids, or a page of one moderation status, oldest first. */
export interface RowQuery {
  where: { id?: { in: string[] }; status?: ModerationStatus };
  orderBy?: { createdAt: "asc" };
  take?: number;
}

/** The part of a Prisma delegate every kind is used through generically. */
export interface ListingTable {
  count(args: { where: Record<string, unknown> }): Promise<number>;
  updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>;
}

export interface ListingKind {
  /** The noun of its audit actions: "<audit>.hidden", "<audit>.approved". */
  audit: Lowercase<ListingType>;
  /** Prisma's generic delegate types do not unify across models, hence one cast per kind. */
  table(db: Db): ListingTable;
  /** What the public may see of this kind (only such listings can be reported). */
  publicWhere: Record<string, unknown>;
  /** Whether approving sets `publishedAt` (the kinds whose row has one that readers use). */
  datesPublication: boolean;
  rows(db: Db, query: RowQuery): Promise<ListingRow[]>;
  /** Rebuilds the search rows this listing feeds, after its status or visibility changed. */
  reproject(tx: Db, id: string): Promise<void>;
}

const nothingToReproject = async () => {};

/** A queue row: the listing's own id and date, the rest as its kind names them. */
const queueRow = (listing: { id: string; createdAt: Date }, named: Omit<ListingRow, "id" | "createdAt">): ListingRow => ({
  id: listing.id,
  createdAt: listing.createdAt,
  ...named,
});

export const listingKinds: Record<ListingType, ListingKind> = {
  [TargetType.ORGANIZATION]: {
    audit: "organization",
    table: (db) => db.organization as unknown as ListingTable,
    publicWhere: publicOrganizationWhere,
    datesPublication: true,
    rows: async (db, query) =>
      (
        await db.organization.findMany({
          ...query,
          select: { id: true, slug: true, name: true, createdAt: true, createdById: true, kind: true, city: true, country: true },
        })
      ).map((r) =>
        queueRow(r, {
          name: r.name,
          authorId: r.createdById,
          path: `/organizations/${r.slug}`,
          detail: { organizationKind: r.kind, city: r.city, country: r.country },
        }),
      ),
    reproject: reindexOrganization,
  },
  [TargetType.COMMUNITY]: {
    audit: "community",
    table: (db) => db.community as unknown as ListingTable,
    publicWhere: publicCommunityWhere,
    datesPublication: false,
    rows: async (db, query) =>
      (await db.community.findMany({ ...query, select: { id: true, slug: true, name: true, createdAt: true } })).map((r) =>
        queueRow(r, { name: r.name, authorId: null, path: `/communities/${r.slug}`, detail: null }),
      ),
    reproject: reindexCommunity,
  },
  [TargetType.EVENT]: {
    audit: "event",
    table: (db) => db.event as unknown as ListingTable,
    publicWhere: publicEventWhere,
    datesPublication: false,
    rows: async (db, query) =>
      (
        await db.event.findMany({
          ...query,
          select: { id: true, slug: true, title: true, createdAt: true, createdById: true, startsAt: true },
        })
      ).map((r) => queueRow(r, { name: r.title, authorId: r.createdById, path: `/events/${r.slug}`, detail: { startsAt: r.startsAt } })),
    reproject: nothingToReproject,
  },
  [TargetType.ANNOUNCEMENT]: {
    audit: "announcement",
    table: (db) => db.announcement as unknown as ListingTable,
    publicWhere: publicAnnouncementWhere,
    datesPublication: true,
    rows: async (db, query) =>
      (await db.announcement.findMany({ ...query, select: { id: true, slug: true, title: true, createdAt: true, createdById: true } })).map(
        (r) => queueRow(r, { name: r.title, authorId: r.createdById, path: `/announcements/${r.slug}`, detail: null }),
      ),
    reproject: nothingToReproject,
  },
  [TargetType.POLL]: {
    audit: "poll",
    table: (db) => db.poll as unknown as ListingTable,
    publicWhere: publicPollWhere,
    datesPublication: false,
    rows: async (db, query) =>
      (await db.poll.findMany({ ...query, select: { id: true, slug: true, question: true, createdAt: true, createdById: true } })).map(
        (r) => queueRow(r, { name: r.question, authorId: r.createdById, path: `/polls/${r.slug}`, detail: null }),
      ),
    reproject: nothingToReproject,
  },
  [TargetType.PARTNERSHIP]: {
    audit: "partnership",
    table: (db) => db.partnership as unknown as ListingTable,
    publicWhere: publicPartnershipWhere,
    datesPublication: false,
    rows: async (db, query) =>
      (
        await db.partnership.findMany({
          ...query,
          select: { id: true, slug: true, title: true, createdAt: true, proposedById: true, form: true },
        })
      ).map((r) =>
        queueRow(r, { name: r.title, authorId: r.proposedById, path: `/partnerships/${r.slug}`, detail: { partnershipForm: r.form } }),
      ),
    reproject: nothingToReproject,
  },
  [TargetType.NEED]: {
    audit: "need",
    table: (db) => db.need as unknown as ListingTable,
    publicWhere: publicNeedWhere,
    datesPublication: false,
    // A need has no page of its own: it is shown on its community's.
    rows: async (db, query) =>
      (
        await db.need.findMany({
          ...query,
          select: { id: true, title: true, createdAt: true, sector: true, community: { select: { slug: true } } },
        })
      ).map((r) => queueRow(r, { name: r.title, authorId: null, path: `/communities/${r.community.slug}`, detail: { sector: r.sector } })),
    // Open needs' sectors are a facet of their community's search row.
    async reproject(tx, id) {
      const need = await tx.need.findUnique({ where: { id }, select: { communityId: true } });
      if (need) await reindexCommunity(tx, need.communityId);
    },
  },
  [TargetType.DIALOGUE]: {
    audit: "dialogue",
    table: (db) => db.dialogue as unknown as ListingTable,
    publicWhere: publicDialogueWhere,
    datesPublication: false,
    rows: async (db, query) =>
      (
        await db.dialogue.findMany({
          ...query,
          select: { id: true, slug: true, question: true, createdAt: true, createdById: true, opensAt: true },
        })
      ).map((r) =>
        queueRow(r, { name: r.question, authorId: r.createdById, path: `/dialogues/${r.slug}`, detail: { startsAt: r.opensAt } }),
      ),
    reproject: nothingToReproject,
  },
  [TargetType.DIALOGUE_STATEMENT]: {
    audit: "dialogue_statement",
    table: (db) => db.dialogueStatement as unknown as ListingTable,
    publicWhere: publicStatementWhere,
    datesPublication: false,
    // Written by an anonymous participant: no author to name. Shown as written, in one language.
    rows: async (db, query) =>
      (
        await db.dialogueStatement.findMany({
          ...query,
          select: { id: true, text: true, createdAt: true, dialogue: { select: { slug: true } } },
        })
      ).map((r) => queueRow(r, { name: r.text, authorId: null, path: `/dialogues/${r.dialogue.slug}`, detail: null })),
    reproject: nothingToReproject,
  },
  [TargetType.PRIORITY_ROUND]: {
    audit: "priority_round",
    table: (db) => db.priorityRound as unknown as ListingTable,
    publicWhere: publicPriorityRoundWhere,
    datesPublication: false,
    rows: async (db, query) =>
      (
        await db.priorityRound.findMany({
          ...query,
          select: {
            id: true,
            slug: true,
            question: true,
            createdAt: true,
            createdById: true,
            opensAt: true,
            community: { select: { slug: true } },
          },
        })
      ).map((r) =>
        queueRow(r, {
          name: r.question,
          authorId: r.createdById,
          path: `/communities/${r.community.slug}/priorities/${r.slug}`,
          detail: { startsAt: r.opensAt },
        }),
      ),
    reproject: nothingToReproject,
  },
  [TargetType.PRIORITY_IDEA]: {
    audit: "priority_idea",
    table: (db) => db.priorityIdea as unknown as ListingTable,
    publicWhere: publicPriorityIdeaWhere,
    datesPublication: false,
    rows: async (db, query) =>
      (
        await db.priorityIdea.findMany({
          ...query,
          select: {
            id: true,
            title: true,
            createdAt: true,
            authorId: true,
            round: { select: { slug: true, community: { select: { slug: true } } } },
          },
        })
      ).map((r) =>
        queueRow(r, {
          name: r.title,
          authorId: r.authorId,
          path: `/communities/${r.round.community.slug}/priorities/${r.round.slug}`,
          detail: null,
        }),
      ),
    reproject: nothingToReproject,
  },
};

/** The kind of a report's or an audit entry's target, if it is a listing at all. */
export function listingKindOf(type: TargetType): ListingKind | null {
  return (listingTypes as readonly TargetType[]).includes(type) ? listingKinds[type as ListingType] : null;
}
