// What the public may see, said once per kind of listing and used by every public read (pages,
// API, map, exports, counts, the search projection) and by writes that act only on public or
// shown rows. A module of plain Prisma where-clauses (and their SQL twin) with no other imports,
// so the queries modules of every noun can use it without importing each other, and scripts
// (the seed, the indexer) too. eslint.config.mjs refuses a bare `hiddenAt: null` anywhere else.
import type { Prisma } from "@/generated/prisma/client";
import { ModerationStatus, NeedStatus, PartnershipStatus } from "@/generated/prisma/enums";

/** Not hidden by a moderator. Alone, for writes that must not act twice (hiding a hidden row). */
export const notHidden = { hiddenAt: null } as const;

/** Published and not hidden: every kind's own part of the rule. Kinds that belong to an owner
 *  (posts, needs, partnerships) add the owner's rule on top; a row read through its public owner
 *  may use this alone. */
export const shownWhere = { status: ModerationStatus.PUBLISHED, ...notHidden } as const;

/** `shownWhere` for raw SQL over the table aliased `alias` (a constant, never user input). */
export const shownSql = (alias: string) => `${alias}.status = 'PUBLISHED' AND ${alias}."hiddenAt" IS NULL`;
/** The same rule for a row already read (a listing loaded through a relation, possibly absent). */
export const isShown = (listing: { status: string; hiddenAt: Date | null } | null): boolean =>
  listing !== null && listing.status === ModerationStatus.PUBLISHED && listing.hiddenAt === null;

export const publicOrganizationWhere = { ...shownWhere } satisfies Prisma.OrganizationWhereInput;

export const publicCommunityWhere = { ...shownWhere } satisfies Prisma.CommunityWhereInput;

/** A post (event, announcement, poll) is public only while its organiser is. */
const publicOrganiser = [{ organization: publicOrganizationWhere }, { community: publicCommunityWhere }];

export const publicEventWhere = { ...shownWhere, OR: publicOrganiser } satisfies Prisma.EventWhereInput;

/** An announcement also needs its publication date: approved but not yet dated is not out. */
export const publicAnnouncementWhere = {
  ...shownWhere,
  publishedAt: { not: null },
  OR: publicOrganiser,
} satisfies Prisma.AnnouncementWhereInput;

export const publicPollWhere = { ...shownWhere, OR: publicOrganiser } satisfies Prisma.PollWhereInput;

/** A dialogue (issue 19) is public while its owner is, like a post. */
export const publicDialogueWhere = { ...shownWhere, OR: publicOrganiser } satisfies Prisma.DialogueWhereInput;

/** A statement others see: approved by a facilitator, not hidden, in a public dialogue. */
export const publicStatementWhere = { ...shownWhere, dialogue: publicDialogueWhere } satisfies Prisma.DialogueStatementWhereInput;

/** A community's priorities round is public while its community is. */
export const publicPriorityRoundWhere = { ...shownWhere, community: publicCommunityWhere } satisfies Prisma.PriorityRoundWhereInput;

/** An idea others see: approved by the community's official, not hidden, in a public round. */
export const publicPriorityIdeaWhere = { ...shownWhere, round: publicPriorityRoundWhere } satisfies Prisma.PriorityIdeaWhereInput;

/** A need of a public community, open, in progress or met; one its community withdrew is no longer public. */
export const publicNeedWhere = {
  ...shownWhere,
  needStatus: { not: NeedStatus.WITHDRAWN },
  community: publicCommunityWhere,
} satisfies Prisma.NeedWhereInput;

/** An open need as its own row says; read through a public community, or add the community's rule. */
export const openNeedWhere = { ...shownWhere, needStatus: NeedStatus.OPEN } satisfies Prisma.NeedWhereInput;

/** Open needs the public may see: published, not hidden, still open, of a public community. */
export const publicOpenNeedWhere = { ...openNeedWhere, community: publicCommunityWhere } satisfies Prisma.NeedWhereInput;

/** Partnerships the public sees: agreed by both sides; proposals and refusals stay between them. */
export const PUBLIC_PARTNERSHIP_STATUSES = [PartnershipStatus.ACTIVE, PartnershipStatus.COMPLETED] as const;

/** A partnership both sides agreed to (active or completed), public or not: it can have met a need, it is a tie. */
export const agreedPartnershipWhere = {
  partnershipStatus: { in: [...PUBLIC_PARTNERSHIP_STATUSES] },
} satisfies Prisma.PartnershipWhereInput;

/**
 * A public partnership: agreed (active or completed), published and not hidden by a moderator,
 * and every side it links public too (a hidden organisation takes its partnerships with it).
 */
export const publicPartnershipWhere = {
  ...shownWhere,
  ...agreedPartnershipWhere,
  organization: publicOrganizationWhere,
  AND: [
    { OR: [{ communityId: null }, { community: publicCommunityWhere }] },
    { OR: [{ partnerOrganizationId: null }, { partnerOrganization: publicOrganizationWhere }] },
  ],
} satisfies Prisma.PartnershipWhereInput;

/** A milestone of a public partnership's recovery plan (issue 18), not hidden by a moderator. */
export const publicMilestoneWhere = { ...notHidden, partnership: publicPartnershipWhere } satisfies Prisma.MilestoneWhereInput;

/** A transaction the public sees: of a public partnership, and of a milestone still shown if it has one. */
export const publicTransactionWhere = {
  partnership: publicPartnershipWhere,
  OR: [{ milestoneId: null }, { milestone: notHidden }],
} satisfies Prisma.AidTransactionWhereInput;
