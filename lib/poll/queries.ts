import "server-only";
// Public reads of polls: published, not hidden, of a public organiser. Results are read here
// only as counts per option; who voted for what is never selected (anonymous polls do not
// even store it).
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { lookableSlug } from "@/lib/text/slug";
import { organiserSelect } from "@/lib/event/queries";
import { editedPostSelect } from "@/lib/listing/owner";
import { publicPollWhere } from "@/lib/listing/public-where";
import { pollColumnsSelect, pollValuesSelect } from "./edit-values";
import { resultsVisible, tallyResults } from "./state";

/** Published, not hidden, of a public organiser: said once in lib/listing/public-where.ts. */
export { publicPollWhere };

const pollSelect = {
  id: true,
  slug: true,
  ...pollColumnsSelect,
  isDemo: true,
  organizationId: true,
  communityId: true,
  ...organiserSelect,
  _count: { select: { participations: true } },
} satisfies Prisma.PollSelect;

export type PollItem = Prisma.PollGetPayload<{ select: typeof pollSelect }>;

/** Open polls first (closing soonest first), then upcoming, then closed (latest first). */
export async function listPolls(now = new Date()) {
  const prisma = await db();
  const [open, upcoming, closed] = await Promise.all([
    prisma.poll.findMany({
      where: { ...publicPollWhere, opensAt: { lte: now }, closesAt: { gt: now } },
      select: pollSelect,
      orderBy: [{ closesAt: "asc" }, { id: "asc" }],
      take: 100,
    }),
    prisma.poll.findMany({
      where: { ...publicPollWhere, opensAt: { gt: now } },
      select: pollSelect,
      orderBy: [{ opensAt: "asc" }, { id: "asc" }],
      take: 100,
    }),
    prisma.poll.findMany({
      where: { ...publicPollWhere, closesAt: { lte: now } },
      select: pollSelect,
      orderBy: [{ closesAt: "desc" }, { id: "asc" }],
      take: 100,
    }),
  ]);
  return [...open, ...upcoming, ...closed];
}

/** A poll with its approved options and, when they may be shown, the results. */
export async function getPublicPoll(slug: string, now = new Date()) {
  if (!lookableSlug(slug)) return null;
  const prisma = await db();
  const poll = await prisma.poll.findFirst({ where: { ...publicPollWhere, slug }, select: pollSelect });
  if (!poll) return null;
  const [options, pendingNominations] = await Promise.all([
    prisma.pollOption.findMany({
      where: { pollId: poll.id, isApproved: true },
      select: { id: true, label: true, position: true, nominatedById: true },
      orderBy: { position: "asc" },
    }),
    poll.allowNominations ? prisma.pollOption.count({ where: { pollId: poll.id, isApproved: false } }) : Promise.resolve(0),
  ]);
  let results: ReturnType<typeof tallyResults> | null = null;
  if (resultsVisible(poll, now)) {
    results = tallyResults(options, await voteCounts(prisma, poll.id));
  }
  return { poll, options, pendingNominations, results, participants: poll._count.participations };
}

/**
 * Votes per option, for either kind of poll: an anonymous poll's choices are only in its
 * tallies, a named poll's in its Vote rows (its tallies stay at 0). Adding both rather than
 * picking by isAnonymous keeps the counts right whatever the flag says today.
 */
export async function voteCounts(prisma: PrismaClient, pollId: string): Promise<Map<string, number>> {
  const [tallies, named] = await Promise.all([
    prisma.pollTally.findMany({ where: { pollId }, select: { optionId: true, count: true } }),
    prisma.vote.groupBy({ by: ["optionId"], where: { pollId }, _count: { _all: true } }),
  ]);
  const counts = new Map(tallies.map((row) => [row.optionId, row.count]));
  for (const row of named) counts.set(row.optionId, (counts.get(row.optionId) ?? 0) + row._count._all);
  return counts;
}

/** Whether this person has already taken part (for the vote form). */
export async function hasParticipated(pollId: string, userId: string): Promise<boolean> {
  const prisma = await db();
  return (await prisma.pollParticipation.count({ where: { pollId, userId } })) > 0;
}

/** What the policy needs to decide a vote: the poll's owner and audience. */
export async function getPollForPolicy(pollId: string) {
  const prisma = await db();
  return prisma.poll.findUnique({ where: { id: pollId }, select: { slug: true, organizationId: true, communityId: true, audience: true } });
}

/** A poll option with what the policy needs of its poll (approving nominations). */
export async function getOptionForPolicy(optionId: string) {
  const prisma = await db();
  return prisma.pollOption.findUnique({
    where: { id: optionId },
    select: { id: true, poll: { select: { slug: true, organizationId: true, communityId: true, audience: true } } },
  });
}

/** Nominations waiting for the organiser (shown to them on the poll page only). */
export async function listPendingNominations(pollId: string) {
  const prisma = await db();
  return prisma.pollOption.findMany({
    where: { pollId, isApproved: false },
    select: { id: true, label: true },
    orderBy: { position: "asc" },
  });
}

/** Any poll by address, whatever its status, for its edit form (the page checks the policy). */
export async function getPollForEdit(slug: string) {
  const prisma = await db();
  return prisma.poll.findUnique({
    where: { slug },
    select: { ...editedPostSelect, slug: true, ...pollValuesSelect },
  });
}
