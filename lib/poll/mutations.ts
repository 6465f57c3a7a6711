import "server-only";
// Creating a poll (its organiser, through the policy) and casting a vote. Voting functions are
// plain server-only functions with explicit parameters: the caller (a server action) has
// already established who `userId` is; eligibility for the poll is checked here.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { MembershipStatus, ModerationStatus, TargetType } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/log";
import { authorize, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import type { ListingOwner } from "@/lib/listing/owner";
import { localizedInput } from "@/lib/forms/fields";
import { slugFrom } from "@/lib/text/slug";
import { uniqueSlug } from "@/lib/text/unique-slug";
import { publicPollWhere } from "./queries";
import { MAX_POLL_OPTIONS, type PollForm } from "./schema";
import { pollState } from "./state";

export { MAX_POLL_OPTIONS };

export type CreatePollResult = { ok: true; slug: string };

/**
 * A verified representative or official puts a question to people on behalf of their own
 * organisation or community (policy: `create` on Poll, which also sees the audience). The poll
 * is PENDING until a moderator approves it, like any listing; the poll, its options (positions
 * 0..n-1, in the order typed) and the audit entry are written in one transaction.
 */
export async function createPoll(actor: PolicyViewer | null, owner: ListingOwner, form: PollForm): Promise<CreatePollResult> {
  authorize(actor, "create", "Poll", { ...owner, audience: form.audience });
  const prisma = await db();
  const base = slugFrom(form.questionEn || form.questionUk || "poll");
  const slug = await prisma.$transaction(async (tx) => {
    const slug = await uniqueSlug(base, (prefix) => tx.poll.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } }));
    const poll = await tx.poll.create({
      data: {
        slug,
        ...owner,
        question: localizedInput(form.questionUk, form.questionEn),
        description: localizedInput(form.descriptionUk, form.descriptionEn),
        audience: form.audience,
        isAnonymous: form.isAnonymous,
        allowNominations: form.allowNominations,
        resultsVisibility: form.resultsVisibility,
        opensAt: form.opensAt,
        closesAt: form.closesAt,
        status: ModerationStatus.PENDING,
        createdById: actor.id,
        options: { create: form.options.map((label, position) => ({ label, position })) },
      },
      select: { id: true, slug: true },
    });
    await recordAudit(tx, {
      actor, action: "poll.submitted", targetType: TargetType.POLL, targetId: poll.id,
      after: { slug: poll.slug, status: ModerationStatus.PENDING, options: form.options.length },
    });
    return poll.slug;
  });
  return { ok: true, slug };
}

export type CastVoteResult =
  | { ok: true }
  | { ok: false; reason: "NOT_FOUND" | "NOT_OPEN" | "CLOSED" | "NOT_ELIGIBLE" | "INVALID_OPTION" | "ALREADY_VOTED" };

export interface CastVoteInput {
  pollId: string;
  userId: string;
  /** One option: polls are single-choice (the schema has no multiple-choice setting). */
  optionIds: readonly string[];
  now?: Date;
  /** For tests on a database of their own; the app uses the process's client. */
  client?: PrismaClient;
}

/**
 * Records one person's vote, once. The participation row and the vote rows are written by a
 * single SQL statement, so they commit together or not at all:
 *
 *   - PollParticipation's primary key (pollId, userId) is the once-only rule. A second call —
 *     two tabs, a double click, 50 at once — inserts no participation (ON CONFLICT DO NOTHING),
 *     and so no vote, whatever the timing: the database decides, not a read before the write.
 *   - The poll's window is re-checked in the same statement, so a vote cannot land after the
 *     close even if the close falls between the checks below and the write.
 *   - In an anonymous poll the Vote row gets no userId and a random UUID id (Prisma's default
 *     cuid embeds a timestamp that could be matched against PollParticipation.votedAt); the
 *     row has no time column. Nothing in the database then links the person to the choice.
 */
export async function castVote({ pollId, userId, optionIds, now = new Date(), client }: CastVoteInput): Promise<CastVoteResult> {
  const prisma = client ?? (await db());
  const poll = await prisma.poll.findFirst({
    where: { ...publicPollWhere, id: pollId },
    select: { id: true, opensAt: true, closesAt: true, audience: true, isAnonymous: true, organizationId: true, communityId: true },
  });
  if (!poll) return { ok: false, reason: "NOT_FOUND" };
  const state = pollState(poll, now);
  if (state === "UPCOMING") return { ok: false, reason: "NOT_OPEN" };
  if (state === "CLOSED") return { ok: false, reason: "CLOSED" };

  const chosen = [...new Set(optionIds)];
  if (chosen.length !== 1) return { ok: false, reason: "INVALID_OPTION" };
  const validOptions = await prisma.pollOption.count({ where: { pollId, isApproved: true, id: { in: chosen } } });
  if (validOptions !== chosen.length) return { ok: false, reason: "INVALID_OPTION" };

  const user = await prisma.user.findUnique({ where: { id: userId }, select: { blockedAt: true } });
  if (!user || user.blockedAt) return { ok: false, reason: "NOT_ELIGIBLE" };
  if (poll.audience === "MEMBERS") {
    const owner = poll.organizationId ? { organizationId: poll.organizationId } : { communityId: poll.communityId };
    const member = await prisma.membership.count({ where: { userId, status: MembershipStatus.VERIFIED, ...owner } });
    if (!member) return { ok: false, reason: "NOT_ELIGIBLE" };
  }

  const voterColumn = poll.isAnonymous ? null : userId;
  const inserted = await prisma.$executeRaw(Prisma.sql`
    WITH open_poll AS (
      SELECT id FROM "Poll" WHERE id = ${pollId} AND "opensAt" <= ${now} AND "closesAt" > ${now}
    ), participation AS (
      INSERT INTO "PollParticipation" ("pollId", "userId", "votedAt")
      SELECT id, ${userId}, ${now} FROM open_poll
      ON CONFLICT ("pollId", "userId") DO NOTHING
      RETURNING "pollId"
    )
    INSERT INTO "Vote" ("id", "pollId", "optionId", "userId")
    SELECT gen_random_uuid()::text, participation."pollId", chosen.option_id, ${voterColumn}
    FROM participation CROSS JOIN unnest(${chosen}::text[]) AS chosen(option_id)`);
  if (inserted > 0) return { ok: true };
  // Nothing written: either someone (this person, in another tab) got there first, or the
  // poll closed in the meantime.
  const participated = await prisma.pollParticipation.count({ where: { pollId, userId } });
  return { ok: false, reason: participated ? "ALREADY_VOTED" : "CLOSED" };
}

export type NominateResult = { ok: true; optionId: string } | { ok: false; reason: "NOT_FOUND" | "NOT_OPEN" | "CLOSED" | "NOT_ELIGIBLE" | "NOMINATIONS_CLOSED" | "TOO_MANY_OPTIONS" };

/**
 * A member proposes a candidate. The new option waits (isApproved false) until the poll's
 * organiser approves it, and is invisible to voters until then. Positions are unique per poll;
 * two nominations at once both land (the loser of the race takes the next position).
 */
export async function nominate({ pollId, userId, label, now = new Date(), client }: { pollId: string; userId: string; label: { uk?: string; en?: string }; now?: Date; client?: PrismaClient }): Promise<NominateResult> {
  const prisma = client ?? (await db());
  const poll = await prisma.poll.findFirst({ where: { ...publicPollWhere, id: pollId }, select: { opensAt: true, closesAt: true, allowNominations: true, audience: true, organizationId: true, communityId: true } });
  if (!poll) return { ok: false, reason: "NOT_FOUND" };
  if (!poll.allowNominations) return { ok: false, reason: "NOMINATIONS_CLOSED" };
  const state = pollState(poll, now);
  if (state === "CLOSED") return { ok: false, reason: "CLOSED" };
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { blockedAt: true } });
  if (!user || user.blockedAt) return { ok: false, reason: "NOT_ELIGIBLE" };
  if (poll.audience === "MEMBERS") {
    const owner = poll.organizationId ? { organizationId: poll.organizationId } : { communityId: poll.communityId };
    if (!(await prisma.membership.count({ where: { userId, status: MembershipStatus.VERIFIED, ...owner } }))) return { ok: false, reason: "NOT_ELIGIBLE" };
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    const options = await prisma.pollOption.aggregate({ where: { pollId }, _max: { position: true }, _count: { _all: true } });
    if (options._count._all >= MAX_POLL_OPTIONS) return { ok: false, reason: "TOO_MANY_OPTIONS" };
    try {
      const option = await prisma.pollOption.create({
        data: { pollId, label, position: (options._max.position ?? -1) + 1, nominatedById: userId, isApproved: false },
        select: { id: true },
      });
      return { ok: true, optionId: option.id };
    } catch (error) {
      // Another nomination took this position in the meantime: read again and retry.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
  }
  throw new Error("nominate: could not find a free position");
}

/** The organiser (or a moderator) lets a nomination onto the ballot; the caller checks the policy. */
export async function approveNomination({ optionId, client }: { optionId: string; client?: PrismaClient }): Promise<{ ok: true } | { ok: false; reason: "NOT_FOUND" }> {
  const prisma = client ?? (await db());
  const updated = await prisma.pollOption.updateMany({ where: { id: optionId, isApproved: false }, data: { isApproved: true } });
  return updated.count ? { ok: true } : { ok: false, reason: "NOT_FOUND" };
}
