import "server-only";
// A community's priorities round (issue 19): an official opens it (it waits for a moderator),
// anyone signed in puts ideas forward (they wait for the community's officials), then ranks them
// once by spreading points. Each entry point takes the acting viewer and asks the policy first;
// castBallot does the writing for a person already let through (and for tests with a known id).
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { ModerationStatus, TargetType, type VoicePosition } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/log";
import { authorize, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { localizedFrom, slugText } from "@/lib/forms/fields";
import { notHidden, publicCommunityWhere, publicPriorityRoundWhere, shownWhere } from "@/lib/listing/public-where";
import { slugFrom } from "@/lib/text/slug";
import { slugsIn, uniqueSlug } from "@/lib/text/unique-slug";
import { VOICE_POSITIONS } from "./privacy";
import type { BallotInput, IdeaDecisionInput, IdeaInput, RoundForm } from "./schema";
import { checkAllocation, roundPhase, type Allocation, type AllocationProblem } from "./state";

/** Most ideas one person may have waiting in a round: enough to say what matters, not to flood the officials. */
export const MAX_WAITING_IDEAS = 3;

type Tx = Prisma.TransactionClient;

/** A tally row for each position of each idea: born with the approval, so a ballot only adds. */
const tallyRows = (roundId: string, ideaIds: readonly string[]) =>
  ideaIds.flatMap((ideaId) => VOICE_POSITIONS.map((position) => ({ ideaId, position, roundId })));

export type CreateRoundResult = { ok: true; slug: string; communitySlug: string } | { ok: false; reason: "NOT_FOUND" };

/**
 * A verified official of the community opens a round (policy: `create` on PriorityRound for the
 * community). It is PENDING until a moderator approves it, like any listing; the round, its
 * turnout rows (one per position, all 0) and the audit entry are written in one transaction.
 */
export async function createRound(actor: PolicyViewer | null, form: RoundForm): Promise<CreateRoundResult> {
  authorize(actor, "create", "PriorityRound", { communityId: form.communityId });
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const community = await tx.community.findFirst({ where: { id: form.communityId, ...publicCommunityWhere }, select: { slug: true } });
    if (!community) return { ok: false as const, reason: "NOT_FOUND" as const };
    const base = slugFrom(`${community.slug} ${slugText(form, "question") || "priorities"}`, 60);
    const round = await tx.priorityRound.create({
      data: {
        slug: await uniqueSlug(base, slugsIn(tx.priorityRound)),
        communityId: form.communityId,
        question: localizedFrom(form, "question"),
        description: localizedFrom(form, "description"),
        opensAt: form.opensAt,
        ideasCloseAt: form.ideasCloseAt,
        closesAt: form.closesAt,
        timeZone: form.timeZone,
        points: form.points,
        status: ModerationStatus.PENDING,
        createdById: actor.id,
        turnout: { create: VOICE_POSITIONS.map((position) => ({ position })) },
      },
      select: { id: true, slug: true },
    });
    await recordAudit(tx, {
      actor,
      action: "priority_round.submitted",
      targetType: TargetType.PRIORITY_ROUND,
      targetId: round.id,
      after: { slug: round.slug, status: ModerationStatus.PENDING, communityId: form.communityId, points: form.points },
    });
    return { ok: true as const, slug: round.slug, communitySlug: community.slug };
  });
}

/** What the actions need to refresh a round's pages. */
type OnRound<Result> = { ok: true; communitySlug: string; roundSlug: string } | Exclude<Result, { ok: true }>;

const roundPages = { slug: true, community: { select: { slug: true } } } as const;

export type SubmitIdeaResult =
  { ok: true } | { ok: false; reason: "NOT_FOUND" | "NOT_OPEN" | "IDEAS_CLOSED" | "NOT_ELIGIBLE" | "TOO_MANY_WAITING" };

/**
 * Anyone signed in puts an idea forward while the round gathers ideas. It waits (PENDING) for
 * the community's officials; a person has at most MAX_WAITING_IDEAS waiting in one round.
 */
export async function submitIdea(actor: PolicyViewer | null, input: IdeaInput, now = new Date()): Promise<OnRound<SubmitIdeaResult>> {
  authorize(actor, "create", "PriorityIdea");
  const prisma = await db();
  const round = await prisma.priorityRound.findFirst({
    where: { ...publicPriorityRoundWhere, id: input.roundId },
    select: { id: true, opensAt: true, ideasCloseAt: true, closesAt: true, ...roundPages },
  });
  if (!round) return { ok: false, reason: "NOT_FOUND" };
  const phase = roundPhase(round, now);
  if (phase === "UPCOMING") return { ok: false, reason: "NOT_OPEN" };
  if (phase !== "IDEAS") return { ok: false, reason: "IDEAS_CLOSED" };
  const user = await prisma.user.findUnique({ where: { id: actor.id }, select: { blockedAt: true } });
  if (!user || user.blockedAt) return { ok: false, reason: "NOT_ELIGIBLE" };
  return prisma.$transaction(async (tx) => {
    // The round row is locked, so two ideas sent at once cannot both slip under the cap.
    await tx.$queryRaw`SELECT id FROM "PriorityRound" WHERE id = ${round.id} FOR UPDATE`;
    const waiting = await tx.priorityIdea.count({ where: { roundId: round.id, authorId: actor.id, status: ModerationStatus.PENDING } });
    if (waiting >= MAX_WAITING_IDEAS) return { ok: false as const, reason: "TOO_MANY_WAITING" as const };
    const idea = await tx.priorityIdea.create({
      data: {
        roundId: round.id,
        title: input.title,
        details: input.details ?? null,
        locale: input.lang,
        sector: input.sector ?? null,
        authorId: actor.id,
        status: ModerationStatus.PENDING,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: "priority_idea.submitted",
      targetType: TargetType.PRIORITY_IDEA,
      targetId: idea.id,
      after: { roundId: round.id, status: ModerationStatus.PENDING },
    });
    return { ok: true as const, communitySlug: round.community.slug, roundSlug: round.slug };
  });
}

export type DecideIdeaResult = { ok: true } | { ok: false; reason: "NOT_FOUND" | "ALREADY_DECIDED" | "IDEAS_CLOSED" };

/**
 * An official of the round's community (or a moderator: the policy's `update` on the round)
 * approves or rejects a waiting idea. Only before the ranking starts: an idea added later would
 * be missing from the ballots already cast. An approved idea gets its tally rows at once.
 */
export async function decideIdea(
  actor: PolicyViewer | null,
  input: IdeaDecisionInput,
  now = new Date(),
): Promise<OnRound<DecideIdeaResult> & { message?: "ideaApproved" | "ideaRejected" }> {
  const prisma = await db();
  const idea = await prisma.priorityIdea.findUnique({
    where: { id: input.ideaId },
    select: {
      id: true,
      status: true,
      round: { select: { id: true, communityId: true, opensAt: true, ideasCloseAt: true, closesAt: true, ...roundPages } },
    },
  });
  // A missing idea has no community: only moderators get past the policy to hear NOT_FOUND.
  authorize(actor, "update", "PriorityRound", { communityId: idea?.round.communityId ?? "" });
  if (!idea) return { ok: false, reason: "NOT_FOUND" };
  if (roundPhase(idea.round, now) !== "IDEAS" && roundPhase(idea.round, now) !== "UPCOMING") return { ok: false, reason: "IDEAS_CLOSED" };
  const approve = input.decision === "approve";
  const decided = await prisma.$transaction(async (tx) => {
    // The status condition sits in the write: two officials deciding at once decide once.
    const { count } = await tx.priorityIdea.updateMany({
      where: { id: idea.id, status: ModerationStatus.PENDING, ...notHidden },
      data: { status: approve ? ModerationStatus.PUBLISHED : ModerationStatus.REJECTED, decidedById: actor.id, decidedAt: now },
    });
    if (count === 0) return false;
    if (approve) await tx.priorityTally.createMany({ data: tallyRows(idea.round.id, [idea.id]), skipDuplicates: true });
    await recordAudit(tx, {
      actor,
      action: approve ? "priority_idea.approved" : "priority_idea.rejected",
      targetType: TargetType.PRIORITY_IDEA,
      targetId: idea.id,
      before: { status: idea.status },
      after: { status: approve ? ModerationStatus.PUBLISHED : ModerationStatus.REJECTED },
    });
    return true;
  });
  if (!decided) return { ok: false, reason: "ALREADY_DECIDED" };
  return {
    ok: true,
    communitySlug: idea.round.community.slug,
    roundSlug: idea.round.slug,
    message: approve ? "ideaApproved" : "ideaRejected",
  };
}

export type CastBallotResult =
  { ok: true } | { ok: false; reason: "NOT_FOUND" | "NOT_OPEN" | "CLOSED" | "NOT_ELIGIBLE" | "ALREADY_RANKED" | AllocationProblem };

export interface CastBallotInput {
  roundId: string;
  userId: string;
  position: VoicePosition;
  allocations: readonly Allocation[];
  now?: Date;
  /** For tests on a database of their own; the app uses the process's client. */
  client?: PrismaClient;
}

/**
 * Records one person's ranking, once, as one SQL statement (docs/decisions/0015-secret-ballots.md,
 * as castVote in lib/poll/mutations.ts):
 *
 *   - PriorityBallot (roundId, userId) is only "has voted". Its primary key with ON CONFLICT DO
 *     NOTHING is the once-only rule: a second ballot — two tabs, a double click, 20 at once —
 *     inserts nothing, and so counts nothing, whatever the timing.
 *   - Only if that row was inserted, the statement rewrites EVERY tally row of the round (each
 *     approved idea × each position: + the points where the idea and the voter's position match,
 *     + 0 elsewhere) and EVERY turnout row of the round (+1 on the voter's position, + 0
 *     elsewhere). So every row carries this voter's transaction id (xmin) and moves in the heap
 *     alike, whatever was ranked and whatever position was declared: joining the ballot to the
 *     tallies by xmin or ctid names all ideas and all positions, or none.
 *   - Rows are upserted in key order (tallies by idea id then position, turnout by position;
 *     the tallies first), so concurrent voters lock them in the same order and cannot deadlock;
 *     a row that is missing is created rather than the points lost.
 *   - The round's ranking window and the ideas (approved, of this round) are checked again inside
 *     the statement, so a ballot cannot land after the close even if the close falls in between.
 */
export async function castBallot({
  roundId,
  userId,
  position,
  allocations,
  now = new Date(),
  client,
}: CastBallotInput): Promise<CastBallotResult> {
  const prisma = client ?? (await db());
  const round = await prisma.priorityRound.findFirst({
    where: { ...publicPriorityRoundWhere, id: roundId },
    select: { id: true, opensAt: true, ideasCloseAt: true, closesAt: true, points: true },
  });
  if (!round) return { ok: false, reason: "NOT_FOUND" };
  const phase = roundPhase(round, now);
  if (phase === "UPCOMING" || phase === "IDEAS") return { ok: false, reason: "NOT_OPEN" };
  if (phase === "CLOSED") return { ok: false, reason: "CLOSED" };

  const onBallot = await prisma.priorityIdea.findMany({ where: { roundId, ...shownWhere }, select: { id: true } });
  const checked = checkAllocation(allocations, round.points, new Set(onBallot.map((idea) => idea.id)));
  if (!checked.ok) return checked;
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { blockedAt: true } });
  if (!user || user.blockedAt) return { ok: false, reason: "NOT_ELIGIBLE" };

  const ideaIds = checked.allocations.map((a) => a.ideaId);
  const points = checked.allocations.map((a) => a.points);
  const sum = points.reduce((total, p) => total + p, 0);
  const ideaShown = Prisma.sql`i.status = 'PUBLISHED' AND i."hiddenAt" IS NULL`;
  const inserted = await prisma.$executeRaw(Prisma.sql`
    WITH open_round AS (
      SELECT r.id FROM "PriorityRound" r JOIN "Community" c ON c.id = r."communityId"
      WHERE r.id = ${roundId} AND r.status = 'PUBLISHED' AND r."hiddenAt" IS NULL
        AND c.status = 'PUBLISHED' AND c."hiddenAt" IS NULL
        AND r."ideasCloseAt" <= ${now} AND r."closesAt" > ${now} AND ${sum} <= r.points
        AND (SELECT count(*) FROM "PriorityIdea" i WHERE i."roundId" = r.id AND ${ideaShown} AND i.id = ANY(${ideaIds}::text[])) = ${ideaIds.length}
    ), ballot AS (
      INSERT INTO "PriorityBallot" ("roundId", "userId")
      SELECT id, ${userId} FROM open_round
      ON CONFLICT ("roundId", "userId") DO NOTHING
      RETURNING "roundId"
    ), given AS (
      SELECT idea_id, points FROM unnest(${ideaIds}::text[], ${points}::int[]) AS g(idea_id, points)
    ), tallies AS (
      INSERT INTO "PriorityTally" ("ideaId", "position", "roundId", "points")
      SELECT i.id, p.position, i."roundId", CASE WHEN p.position = ${position}::"VoicePosition" THEN coalesce(given.points, 0) ELSE 0 END
      FROM ballot
        JOIN "PriorityIdea" i ON i."roundId" = ballot."roundId" AND ${ideaShown}
        CROSS JOIN unnest(enum_range(NULL::"VoicePosition")) AS p(position)
        LEFT JOIN given ON given.idea_id = i.id
      ORDER BY i.id, p.position
      ON CONFLICT ("ideaId", "position") DO UPDATE SET "points" = "PriorityTally"."points" + EXCLUDED."points"
      RETURNING 1
    )
    INSERT INTO "PriorityTurnout" ("roundId", "position", "ballots")
    SELECT ballot."roundId", p.position, CASE WHEN p.position = ${position}::"VoicePosition" THEN 1 ELSE 0 END
    FROM ballot
      -- Reading the tallies' count makes them run first: the same lock order for every voter.
      CROSS JOIN (SELECT count(*) AS written FROM tallies) AS t
      CROSS JOIN unnest(enum_range(NULL::"VoicePosition")) AS p(position)
    ORDER BY p.position
    ON CONFLICT ("roundId", "position") DO UPDATE SET "ballots" = "PriorityTurnout"."ballots" + EXCLUDED."ballots"`);
  if (inserted > 0) return { ok: true };
  // Nothing written: this person got there first (another tab), or the round closed meanwhile.
  const ranked = await prisma.priorityBallot.count({ where: { roundId, userId } });
  return { ok: false, reason: ranked ? "ALREADY_RANKED" : "CLOSED" };
}

/** A signed-in person ranks the ideas of a round (policy: `vote` on PriorityRound). */
export async function rankPriorities(actor: PolicyViewer | null, input: BallotInput): Promise<OnRound<CastBallotResult>> {
  authorize(actor, "vote", "PriorityRound");
  const prisma = await db();
  const round = await prisma.priorityRound.findFirst({ where: { ...publicPriorityRoundWhere, id: input.roundId }, select: roundPages });
  if (!round) return { ok: false, reason: "NOT_FOUND" };
  const result = await castBallot({ roundId: input.roundId, userId: actor.id, position: input.position, allocations: input.allocations });
  return result.ok ? { ok: true, communitySlug: round.community.slug, roundSlug: round.slug } : result;
}

export type IdeaForNeedProblem = "IDEA_NOT_READY" | "IDEA_ALREADY_NEED";

/**
 * For the need form (lib/need/mutations.ts): whether this idea may become a need of this
 * community now — approved, of a published round of the community that has closed, not yet a
 * need. Read inside the need's transaction; Need.priorityIdeaId's unique index still guards a race.
 */
export async function checkIdeaForNeed(
  tx: Tx,
  ideaId: string,
  communityId: string,
  now: Date,
): Promise<{ ok: true; roundId: string } | { ok: false; reason: IdeaForNeedProblem }> {
  const idea = await tx.priorityIdea.findFirst({
    where: { id: ideaId, ...shownWhere, round: { communityId, ...shownWhere } },
    select: { roundId: true, round: { select: { closesAt: true } }, need: { select: { id: true } } },
  });
  if (!idea || idea.round.closesAt.getTime() > now.getTime()) return { ok: false, reason: "IDEA_NOT_READY" };
  if (idea.need) return { ok: false, reason: "IDEA_ALREADY_NEED" };
  return { ok: true, roundId: idea.roundId };
}

/** The audit entry of a need made from an idea, in the need's transaction. */
export async function recordIdeaBecameNeed(tx: Tx, actor: PolicyViewer, ideaId: string, needId: string, roundId: string): Promise<void> {
  await recordAudit(tx, {
    actor,
    action: "priority_idea.need_created",
    targetType: TargetType.PRIORITY_IDEA,
    targetId: ideaId,
    after: { needId, roundId },
  });
}
