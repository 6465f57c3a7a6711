import "server-only";
// Creating and editing a poll (its organiser), voting, nominating and approving nominations.
// Each entry point takes the acting viewer and asks the policy first, like every mutation:
// createPoll, updatePoll, voteInPoll, nominateInPoll, approvePollNomination. castVote, nominate
// and approveNomination do the writing for a person already let through (and for tests that
// need a known user id); eligibility for the poll itself (its window, its members) is theirs.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { MembershipStatus, ModerationStatus, PollAudience, TargetType } from "@/generated/prisma/enums";
import { recordSubmitted, recordUpdated } from "@/lib/audit/log";
import { authorize, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { editedPostSelect, ownerSubject, type ListingOwner } from "@/lib/listing/owner";
import { changedValues, editAppliesNow, fileChangeRequest, type ApplyResult, type FormValues } from "@/lib/listing/pending-edit";
import { localizedFrom, slugText } from "@/lib/forms/fields";
import { slugFrom } from "@/lib/text/slug";
import { slugsIn, uniqueSlug } from "@/lib/text/unique-slug";
import { getOptionForPolicy, getPollForPolicy, publicPollWhere } from "./queries";
import { fieldsFixedByVotes, pollFormValues, pollValuesSelect } from "./edit-values";
import { MAX_POLL_OPTIONS, pollFormSchema, type OptionLabel, type PollForm } from "./schema";
import { pollState } from "./state";

export { MAX_POLL_OPTIONS };

export type CreatePollResult = { ok: true; slug: string };

/** What the policy needs of a poll: who runs it and who it is for. */
const pollSubject = (poll: { organizationId: string | null; communityId: string | null; audience: PollAudience } | null | undefined) => ({
  ...ownerSubject(poll),
  audience: poll?.audience ?? PollAudience.SIGNED_IN,
});

/**
 * A verified representative or official puts a question to people on behalf of their own
 * organisation or community (policy: `create` on Poll, which also sees the audience). The poll
 * is PENDING until a moderator approves it, like any listing; the poll, its options (positions
 * 0..n-1, in the order typed) and the audit entry are written in one transaction.
 */
export async function createPoll(actor: PolicyViewer | null, owner: ListingOwner, form: PollForm): Promise<CreatePollResult> {
  authorize(actor, "create", "Poll", { ...owner, audience: form.audience });
  const prisma = await db();
  const base = slugFrom(slugText(form, "question") || "poll");
  const slug = await prisma.$transaction(async (tx) => {
    const poll = await tx.poll.create({
      data: {
        slug: await uniqueSlug(base, slugsIn(tx.poll)),
        ...owner,
        ...pollColumns(form),
        status: ModerationStatus.PENDING,
        createdById: actor.id,
        options: { create: form.options.map((label, position) => ({ label, position })) },
      },
      select: { id: true, slug: true, options: { select: { id: true } } },
    });
    await tx.pollTally.createMany({ data: poll.options.map((option) => ({ optionId: option.id, pollId: poll.id })) });
    await recordSubmitted(tx, actor, TargetType.POLL, poll, { options: form.options.length });
    return poll.slug;
  });
  return { ok: true, slug };
}

/** The poll's own columns the form covers (its options are rows of their own). */
function pollColumns(form: PollForm) {
  return {
    question: localizedFrom(form, "question"),
    description: localizedFrom(form, "description"),
    audience: form.audience,
    isAnonymous: form.isAnonymous,
    allowNominations: form.allowNominations,
    resultsVisibility: form.resultsVisibility,
    opensAt: form.opensAt,
    closesAt: form.closesAt,
    timeZone: form.timeZone,
  } satisfies Prisma.PollUpdateInput;
}

type PollEditRow = Prisma.PollGetPayload<{ select: typeof pollValuesSelect }>;

/** What the edit would change, in the form's terms; VOTES_CAST when it touches what votes have fixed. */
function pollEditDiff(current: PollEditRow, form: PollForm) {
  const diff = changedValues(
    pollFormValues(current, current.options),
    pollFormValues(
      { ...current, ...pollColumns(form) },
      form.options.map((label) => ({ label })),
    ),
  );
  const fixed = current._count.participations > 0 && Object.keys(diff.after).some((field) => fieldsFixedByVotes.includes(field));
  return { diff, fixed };
}

/** Writes the form's columns and, when they changed, the organiser's options (nominations stay, after them). */
async function writePoll(tx: Prisma.TransactionClient, pollId: string, form: PollForm, diff: { after: FormValues }) {
  await tx.poll.update({ where: { id: pollId }, data: pollColumns(form) });
  if (!("optionsUk" in diff.after || "optionsEn" in diff.after)) return;
  // Checked again inside the transaction: a vote may have landed since the form was read.
  if (await tx.pollParticipation.count({ where: { pollId } })) throw new VotesCastError();
  await replaceOptions(tx, pollId, form.options);
}

class VotesCastError extends Error {}

async function replaceOptions(tx: Prisma.TransactionClient, pollId: string, labels: OptionLabel[]) {
  const nominations = await tx.pollOption.findMany({
    where: { pollId, nominatedById: { not: null } },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  await tx.pollOption.deleteMany({ where: { pollId, nominatedById: null } });
  // Positions are unique per poll: park the nominations out of the way, then put them after the typed options.
  for (const [i, option] of nominations.entries()) await tx.pollOption.update({ where: { id: option.id }, data: { position: -1 - i } });
  const created = await tx.pollOption.createManyAndReturn({
    data: labels.map((label, position) => ({ pollId, label, position })),
    select: { id: true },
  });
  await tx.pollTally.createMany({ data: created.map((option) => ({ optionId: option.id, pollId })) });
  for (const [i, option] of nominations.entries())
    await tx.pollOption.update({ where: { id: option.id }, data: { position: labels.length + i } });
}

export type UpdatePollResult =
  { ok: true; message: "pollSaved" | "editSubmitted" } | { ok: false; reason: "NOT_FOUND" | "NOTHING_CHANGED" | "VOTES_CAST" };

/**
 * An edit by the poll's organiser or a moderator. While the poll is not public, or when a
 * moderator edits, it changes the poll; an edit to a published poll waits as a ChangeRequest.
 * Once anyone has voted, the options, the audience and anonymity are fixed for everyone.
 */
export async function updatePoll(actor: PolicyViewer | null, pollId: string, form: PollForm): Promise<UpdatePollResult> {
  const prisma = await db();
  const existing = await prisma.poll.findUnique({
    where: { id: pollId },
    select: { ...editedPostSelect, ...pollValuesSelect },
  });
  authorize(actor, "update", "Poll", pollSubject(existing));
  if (!existing) return { ok: false, reason: "NOT_FOUND" };
  const { diff, fixed } = pollEditDiff(existing, form);
  if (Object.keys(diff.after).length === 0) return { ok: false, reason: "NOTHING_CHANGED" };
  if (fixed) return { ok: false, reason: "VOTES_CAST" };
  if (!editAppliesNow(actor, "Poll", existing.status)) {
    await prisma.$transaction((tx) => fileChangeRequest(tx, actor, { type: TargetType.POLL, id: pollId }, diff));
    return { ok: true, message: "editSubmitted" };
  }
  try {
    await prisma.$transaction(async (tx) => {
      await writePoll(tx, pollId, form, diff);
      await recordUpdated(tx, actor, TargetType.POLL, pollId, diff);
    });
  } catch (error) {
    if (error instanceof VotesCastError) return { ok: false, reason: "VOTES_CAST" };
    throw error;
  }
  return { ok: true, message: "pollSaved" };
}

/** Applies an approved ChangeRequest: merged into the poll as it is now and checked by the form's schema again. */
export async function applyPollChange(
  tx: Prisma.TransactionClient,
  actor: PolicyViewer,
  pollId: string,
  changes: FormValues,
  requestId: string,
): Promise<ApplyResult> {
  const current = await tx.poll.findUniqueOrThrow({ where: { id: pollId }, select: pollValuesSelect });
  const parsed = pollFormSchema.safeParse({ ...pollFormValues(current, current.options), ...changes });
  if (!parsed.success) return { ok: false, reason: "CHANGE_INVALID" };
  const { diff, fixed } = pollEditDiff(current, parsed.data);
  if (fixed) return { ok: false, reason: "VOTES_CAST" };
  try {
    await writePoll(tx, pollId, parsed.data, diff);
  } catch (error) {
    if (error instanceof VotesCastError) return { ok: false, reason: "VOTES_CAST" };
    throw error;
  }
  await recordUpdated(tx, actor, TargetType.POLL, pollId, diff, requestId);
  return { ok: true };
}

export type CastVoteResult =
  { ok: true } | { ok: false; reason: "NOT_FOUND" | "NOT_OPEN" | "CLOSED" | "NOT_ELIGIBLE" | "INVALID_OPTION" | "ALREADY_VOTED" };

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
 * Records one person's vote, once. The participation row and the choice are written by a
 * single SQL statement, so they commit together or not at all:
 *
 *   - PollParticipation's primary key (pollId, userId) is the once-only rule. A second call —
 *     two tabs, a double click, 50 at once — inserts no participation (ON CONFLICT DO NOTHING),
 *     and so no choice, whatever the timing: the database decides, not a read before the write.
 *   - The poll's window and the option are re-checked in the same statement, so a vote cannot
 *     land after the close even if the close falls between the checks below and the write.
 *   - A named poll gets a Vote row with the voter. An anonymous poll gets no row of its own:
 *     any row written for the choice would carry the same transaction id (xmin) as the
 *     participation, and sit next to it in the heap. Instead the statement rewrites the tally
 *     of every option of the poll, +1 on the chosen one and +0 on the rest, so every tally row
 *     carries this voter's xmin and moves in the heap alike; which one grew is not recorded
 *     anywhere but in the counts (docs/decisions/0015-secret-ballots.md).
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

  const participation = Prisma.sql`
    WITH open_poll AS (
      SELECT id FROM "Poll" WHERE id = ${pollId} AND "opensAt" <= ${now} AND "closesAt" > ${now}
        AND (SELECT count(*) FROM "PollOption" WHERE "pollId" = ${pollId} AND "isApproved" AND id = ANY(${chosen}::text[])) = ${chosen.length}
    ), participation AS (
      INSERT INTO "PollParticipation" ("pollId", "userId", "votedAt")
      SELECT id, ${userId}, ${now} FROM open_poll
      ON CONFLICT ("pollId", "userId") DO NOTHING
      RETURNING "pollId"
    )`;
  const inserted = poll.isAnonymous
    ? // An upsert rather than an UPDATE so that an option whose tally row is missing still counts
      // (and gets its row); rows are taken in id order so concurrent voters lock them in the
      // same order and cannot deadlock.
      await prisma.$executeRaw(Prisma.sql`${participation}
      INSERT INTO "PollTally" ("optionId", "pollId", "count")
      SELECT o.id, o."pollId", CASE WHEN o.id = ANY(${chosen}::text[]) THEN 1 ELSE 0 END
      FROM participation JOIN "PollOption" o ON o."pollId" = participation."pollId"
      ORDER BY o.id
      ON CONFLICT ("optionId") DO UPDATE SET "count" = "PollTally"."count" + EXCLUDED."count"`)
    : await prisma.$executeRaw(Prisma.sql`${participation}
      INSERT INTO "Vote" ("id", "pollId", "optionId", "userId")
      SELECT gen_random_uuid()::text, participation."pollId", chosen.option_id, ${userId}
      FROM participation CROSS JOIN unnest(${chosen}::text[]) AS chosen(option_id)`);
  if (inserted > 0) return { ok: true };
  // Nothing written: either someone (this person, in another tab) got there first, or the
  // poll closed in the meantime.
  const participated = await prisma.pollParticipation.count({ where: { pollId, userId } });
  return { ok: false, reason: participated ? "ALREADY_VOTED" : "CLOSED" };
}

export type NominateResult =
  | { ok: true; optionId: string }
  | {
      ok: false;
      reason: "NOT_FOUND" | "NOT_OPEN" | "CLOSED" | "NOT_ELIGIBLE" | "NOMINATIONS_CLOSED" | "TOO_MANY_OPTIONS" | "ALREADY_NOMINATED";
    };

/**
 * A member proposes a candidate. The new option waits (isApproved false) until the poll's
 * organiser approves it, and is invisible to voters until then. One waiting nomination per
 * person per poll; the cap counts approved options only.
 */
export async function nominate({
  pollId,
  userId,
  label,
  now = new Date(),
  client,
}: {
  pollId: string;
  userId: string;
  label: { uk?: string; en?: string };
  now?: Date;
  client?: PrismaClient;
}): Promise<NominateResult> {
  const prisma = client ?? (await db());
  const poll = await prisma.poll.findFirst({
    where: { ...publicPollWhere, id: pollId },
    select: { opensAt: true, closesAt: true, allowNominations: true, audience: true, organizationId: true, communityId: true },
  });
  if (!poll) return { ok: false, reason: "NOT_FOUND" };
  if (!poll.allowNominations) return { ok: false, reason: "NOMINATIONS_CLOSED" };
  const state = pollState(poll, now);
  if (state === "CLOSED") return { ok: false, reason: "CLOSED" };
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { blockedAt: true } });
  if (!user || user.blockedAt) return { ok: false, reason: "NOT_ELIGIBLE" };
  if (poll.audience === "MEMBERS") {
    const owner = poll.organizationId ? { organizationId: poll.organizationId } : { communityId: poll.communityId };
    if (!(await prisma.membership.count({ where: { userId, status: MembershipStatus.VERIFIED, ...owner } })))
      return { ok: false, reason: "NOT_ELIGIBLE" };
  }
  // The poll row is locked for the transaction, so the per-person rule, the cap and the next
  // position are read and written with no other nomination or approval slipping in between.
  return prisma.$transaction(async (tx) => {
    await lockPoll(tx, pollId);
    if (await tx.pollOption.count({ where: { pollId, nominatedById: userId, isApproved: false } }))
      return { ok: false as const, reason: "ALREADY_NOMINATED" as const };
    // Only the ballot counts: waiting nominations must not fill the cap and shut others out.
    if ((await tx.pollOption.count({ where: { pollId, isApproved: true } })) >= MAX_POLL_OPTIONS)
      return { ok: false as const, reason: "TOO_MANY_OPTIONS" as const };
    const last = await tx.pollOption.aggregate({ where: { pollId }, _max: { position: true } });
    // The tally is born with the option, so approving it later makes it countable at once.
    const option = await tx.pollOption.create({
      data: {
        pollId,
        label,
        position: (last._max.position ?? -1) + 1,
        nominatedById: userId,
        isApproved: false,
        tally: { create: { pollId } },
      },
      select: { id: true },
    });
    return { ok: true as const, optionId: option.id };
  });
}

async function lockPoll(tx: Prisma.TransactionClient, pollId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Poll" WHERE id = ${pollId} FOR UPDATE`;
}

/** Lets a nomination onto the ballot, unless it is full; approvePollNomination asks the policy first. */
export async function approveNomination({
  optionId,
  client,
}: {
  optionId: string;
  client?: PrismaClient;
}): Promise<{ ok: true } | { ok: false; reason: "NOT_FOUND" | "TOO_MANY_OPTIONS" }> {
  const prisma = client ?? (await db());
  return prisma.$transaction(async (tx) => {
    const option = await tx.pollOption.findUnique({ where: { id: optionId }, select: { pollId: true } });
    if (!option) return { ok: false as const, reason: "NOT_FOUND" as const };
    await lockPoll(tx, option.pollId);
    if ((await tx.pollOption.count({ where: { pollId: option.pollId, isApproved: true } })) >= MAX_POLL_OPTIONS)
      return { ok: false as const, reason: "TOO_MANY_OPTIONS" as const };
    const updated = await tx.pollOption.updateMany({ where: { id: optionId, isApproved: false }, data: { isApproved: true } });
    return updated.count ? { ok: true as const } : { ok: false as const, reason: "NOT_FOUND" as const };
  });
}

/** A refusal of the write, or the poll's slug for the pages to refresh. */
type OnPoll<Result> = { ok: true; slug: string } | Exclude<Result, { ok: true }>;

/** A signed-in person votes, if the policy lets them vote in this poll (its audience, its organiser). */
export async function voteInPoll(actor: PolicyViewer | null, input: { pollId: string; optionId: string }): Promise<OnPoll<CastVoteResult>> {
  authorize(actor, "vote", "Poll"); // signed in at all
  const poll = await getPollForPolicy(input.pollId);
  if (!poll) return { ok: false, reason: "NOT_FOUND" };
  authorize(actor, "vote", "Poll", pollSubject(poll));
  const result = await castVote({ pollId: input.pollId, userId: actor.id, optionIds: [input.optionId] });
  return result.ok ? { ok: true, slug: poll.slug } : result;
}

/** A signed-in person proposes a candidate, if the policy lets them nominate in this poll. */
export async function nominateInPoll(
  actor: PolicyViewer | null,
  input: { pollId: string; label: OptionLabel },
): Promise<OnPoll<NominateResult>> {
  authorize(actor, "nominate", "Poll");
  const poll = await getPollForPolicy(input.pollId);
  if (!poll) return { ok: false, reason: "NOT_FOUND" };
  authorize(actor, "nominate", "Poll", pollSubject(poll));
  const result = await nominate({ pollId: input.pollId, userId: actor.id, label: input.label });
  return result.ok ? { ok: true, slug: poll.slug } : result;
}

/** The poll's organiser (or a moderator: the policy's `update` on the poll) approves a nomination. */
export async function approvePollNomination(
  actor: PolicyViewer | null,
  input: { optionId: string },
): Promise<OnPoll<Awaited<ReturnType<typeof approveNomination>>>> {
  const option = await getOptionForPolicy(input.optionId);
  // A missing option has no organiser: only moderators get past the policy to hear NOT_FOUND.
  authorize(actor, "update", "Poll", pollSubject(option?.poll));
  if (!option) return { ok: false, reason: "NOT_FOUND" };
  const result = await approveNomination({ optionId: option.id });
  return result.ok ? { ok: true, slug: option.poll.slug } : result;
}
