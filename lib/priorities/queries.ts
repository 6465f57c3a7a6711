import "server-only";
// Reads of a community's priorities rounds. The public sees published rounds of a public
// community and their approved ideas; the community's officials (and moderators) also see a
// round still waiting for a moderator and the ideas waiting for their decision. Results are read
// only as the tallies and turnout per position; a ballot row says nothing but "has voted".
import type { Prisma } from "@/generated/prisma/client";
import { ModerationStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { notHidden, publicPriorityIdeaWhere, publicPriorityRoundWhere, shownWhere } from "@/lib/listing/public-where";
import { lookableSlug } from "@/lib/text/slug";
import { roundResults } from "./results";
import { byCurrentFirst, roundPhase } from "./state";

const roundSelect = {
  id: true,
  slug: true,
  communityId: true,
  question: true,
  description: true,
  opensAt: true,
  ideasCloseAt: true,
  closesAt: true,
  timeZone: true,
  points: true,
  status: true,
  isDemo: true,
} satisfies Prisma.PriorityRoundSelect;

export type RoundItem = Prisma.PriorityRoundGetPayload<{ select: typeof roundSelect }> & { ballots: number; ideas: number };

/** Which rounds a reader may see: the public ones, or for those who run the community also the waiting ones. */
const visibleRounds = (communityId: string, manage: boolean): Prisma.PriorityRoundWhereInput =>
  manage
    ? { communityId, ...notHidden, status: { in: [ModerationStatus.PUBLISHED, ModerationStatus.PENDING] } }
    : { communityId, ...publicPriorityRoundWhere };

/** The community's rounds, current first (ranking, then ideas, then upcoming, then closed, latest first). */
export async function listRounds(communityId: string, { manage = false, now = new Date() } = {}): Promise<RoundItem[]> {
  const prisma = await db();
  const rounds = await prisma.priorityRound.findMany({
    where: visibleRounds(communityId, manage),
    select: { ...roundSelect, _count: { select: { ideas: { where: shownWhere } } } },
    orderBy: [{ closesAt: "desc" }, { id: "asc" }],
    take: 100,
  });
  const turnout = await prisma.priorityTurnout.groupBy({
    by: ["roundId"],
    where: { roundId: { in: rounds.map((round) => round.id) } },
    _sum: { ballots: true },
  });
  const ballots = new Map(turnout.map((row) => [row.roundId, row._sum.ballots ?? 0]));
  return byCurrentFirst(
    rounds.map(({ _count, ...round }) => ({ ...round, ideas: _count.ideas, ballots: ballots.get(round.id) ?? 0 })),
    now,
  );
}

const ideaSelect = {
  id: true,
  title: true,
  details: true,
  locale: true,
  sector: true,
  createdAt: true,
  need: { select: { id: true, slug: true } },
} satisfies Prisma.PriorityIdeaSelect;

export type IdeaItem = Prisma.PriorityIdeaGetPayload<{ select: typeof ideaSelect }>;

/**
 * One round of the community with its approved ideas; for those who run it, the ideas waiting
 * too. `voted`: whether this person has ranked already. Results are given once the round has
 * closed, and to those who run it during the ranking.
 */
export async function getRound(
  communityId: string,
  slug: string,
  { manage = false, userId = null, now = new Date() }: { manage?: boolean; userId?: string | null; now?: Date } = {},
) {
  if (!lookableSlug(slug)) return null;
  const prisma = await db();
  const round = await prisma.priorityRound.findFirst({ where: { ...visibleRounds(communityId, manage), slug }, select: roundSelect });
  if (!round) return null;
  const phase = roundPhase(round, now);
  const [ideas, pending, voted] = await Promise.all([
    prisma.priorityIdea.findMany({
      where: { roundId: round.id, ...shownWhere },
      select: ideaSelect,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    manage
      ? prisma.priorityIdea.findMany({
          where: { roundId: round.id, status: ModerationStatus.PENDING, ...notHidden },
          select: ideaSelect,
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        })
      : Promise.resolve([]),
    userId ? prisma.priorityBallot.count({ where: { roundId: round.id, userId } }).then(Boolean) : Promise.resolve(false),
  ]);
  const showResults = phase === "CLOSED" || (manage && phase === "RANKING");
  const results = showResults ? await readResults(round.id, ideas) : null;
  return { round, phase, ideas, pending, voted, results };
}

async function readResults(roundId: string, ideas: IdeaItem[]) {
  const prisma = await db();
  const [tallies, turnout] = await Promise.all([
    prisma.priorityTally.findMany({ where: { roundId }, select: { ideaId: true, position: true, points: true } }),
    prisma.priorityTurnout.findMany({ where: { roundId }, select: { position: true, ballots: true } }),
  ]);
  return roundResults(ideas, tallies, turnout);
}

export type RoundView = NonNullable<Awaited<ReturnType<typeof getRound>>>;

/**
 * An idea of this community that an official may turn into a need: approved, in a round that
 * has closed. Null otherwise. `need` names the need it already became, if it did.
 */
export async function getIdeaForNeed(ideaId: string, communityId: string, now = new Date()) {
  if (ideaId.length > 64) return null;
  const prisma = await db();
  return prisma.priorityIdea.findFirst({
    where: { id: ideaId, ...shownWhere, round: { communityId, ...notHidden, status: ModerationStatus.PUBLISHED, closesAt: { lte: now } } },
    select: { ...ideaSelect, round: { select: { slug: true, question: true } } },
  });
}

/** One idea others see, for the report form: its title and its round's page. */
export async function getPublicIdea(id: string) {
  if (!lookableSlug(id)) return null;
  const prisma = await db();
  return prisma.priorityIdea.findFirst({
    where: { ...publicPriorityIdeaWhere, id },
    select: { id: true, title: true, round: { select: { slug: true, community: { select: { slug: true } } } } },
  });
}
