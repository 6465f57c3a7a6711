import "server-only";
// Every write of a dialogue (issue 19). Facilitators (the owner's verified people, and
// moderators: policy "update" on Dialogue) open a dialogue, approve what participants write and
// publish the report; participants are anonymous (./participant.ts) and answer and write while it
// is open. Each function asks the policy or the dialogue's window first, then writes in one
// transaction with its audit entry. Refusals are values ({ ok: false, reason }).
import { Prisma } from "@/generated/prisma/client";
import { EventType, ModerationStatus, TargetType, type VoicePosition } from "@/generated/prisma/enums";
import { recordAudit, recordSubmitted } from "@/lib/audit/log";
import { authorize, can, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { localizedFrom, localizedInput, slugText } from "@/lib/forms/fields";
import { checkLimits } from "@/lib/http/rate-limit";
import { notHidden, publicDialogueWhere, shownWhere } from "@/lib/listing/public-where";
import type { ListingOwner } from "@/lib/listing/owner";
import { slugFrom } from "@/lib/text/slug";
import { slugsIn, uniqueSlug } from "@/lib/text/unique-slug";
import { analyseDialogue } from "./analysis";
import { participantHash } from "./participant";
import { dialogueState, readAnalysisInput } from "./queries";
import { answerValues, type Answer, type DialogueForm } from "./schema";

type Refusal<Reason extends string> = { ok: false; reason: Reason };

/** Who is answering: the browser's token, and its address (for the limits). */
export interface Participant {
  token: string;
  address: string;
}

/** The dialogue's owner as the policy's subject. */
const ownerOf = (dialogue: { organizationId: string | null; communityId: string | null } | null) => ({
  organizationId: dialogue?.organizationId ?? null,
  communityId: dialogue?.communityId ?? null,
});

/**
 * A verified representative or official opens a dialogue for their own organisation or
 * community, with its first statements (published as written: they are the facilitators').
 * It waits for a moderator like any listing.
 */
export async function createDialogue(
  actor: PolicyViewer | null,
  owner: ListingOwner,
  form: DialogueForm,
): Promise<{ ok: true; slug: string } | Refusal<"EVENT_NOT_FOUND">> {
  authorize(actor, "create", "Dialogue", owner);
  const prisma = await db();
  if (form.eventId) {
    // Only a dialogue session of the same owner: a dialogue cannot attach itself to someone else's event.
    const event = await prisma.event.count({ where: { id: form.eventId, type: EventType.DIALOGUE_SESSION, ...owner } });
    if (!event) return { ok: false, reason: "EVENT_NOT_FOUND" };
  }
  const slug = await prisma.$transaction(async (tx) => {
    const dialogue = await tx.dialogue.create({
      data: {
        slug: await uniqueSlug(slugFrom(slugText(form, "question") || "dialogue"), slugsIn(tx.dialogue)),
        ...owner,
        eventId: form.eventId,
        question: localizedFrom(form, "question"),
        description: localizedFrom(form, "description"),
        opensAt: form.opensAt,
        closesAt: form.closesAt,
        timeZone: form.timeZone,
        status: ModerationStatus.PENDING,
        createdById: actor.id,
        statements: {
          create: form.seedStatements.map((text) => ({
            text,
            locale: form.statementsLocale,
            byFacilitator: true,
            status: ModerationStatus.PUBLISHED,
            decidedById: actor.id,
            decidedAt: new Date(),
          })),
        },
      },
      select: { id: true, slug: true },
    });
    await recordSubmitted(tx, actor, TargetType.DIALOGUE, dialogue, { statements: form.seedStatements.length });
    return dialogue.slug;
  });
  return { ok: true, slug };
}

/** Thrown to roll a transaction back when its last write found nothing to do. */
class NothingWritten extends Error {}

/** Runs `work` in one transaction, rolled back when it answers false: a refusal stores nothing. */
async function writeOrNothing(work: (tx: Prisma.TransactionClient) => Promise<boolean>): Promise<boolean> {
  const prisma = await db();
  return prisma
    .$transaction(async (tx) => {
      if (!(await work(tx))) throw new NothingWritten();
      return true;
    })
    .catch((error: unknown) => {
      if (error instanceof NothingWritten) return false;
      throw error;
    });
}

type WindowRefusal = Refusal<"NOT_FOUND" | "NOT_OPEN" | "CLOSED">;

/** The public dialogue, if people may answer and write in it at `now`. */
async function openDialogue(dialogueId: string, now: Date) {
  const prisma = await db();
  const dialogue = await prisma.dialogue.findFirst({
    where: { ...publicDialogueWhere, id: dialogueId },
    select: { id: true, slug: true, opensAt: true, closesAt: true, reportPublishedAt: true, organizationId: true, communityId: true },
  });
  if (!dialogue) return { ok: false, reason: "NOT_FOUND" } as const;
  const state = dialogueState(dialogue, now);
  if (state !== "OPEN") return { ok: false, reason: state === "UPCOMING" ? "NOT_OPEN" : "CLOSED" } as const;
  return { ok: true, dialogue } as const;
}

/**
 * A participant new to this dialogue spends the address's allowance to join. Decided by the
 * database, not by whether the browser sent a cookie: a script inventing a fresh token for every
 * request would otherwise join as a new participant each time for free.
 */
async function withinJoinLimit(dialogueId: string, who: Participant): Promise<boolean> {
  const prisma = await db();
  const known = await prisma.dialogueParticipant.count({ where: { dialogueId, tokenHash: participantHash(dialogueId, who.token) } });
  return known > 0 || (await checkLimits("voiceJoin", { address: who.address })).allowed;
}

/** Spends the participant's and the address's allowance (and, for a newcomer, the address's allowance to join). */
async function withinVoiceLimits(kind: "voiceAnswer" | "voiceStatement", dialogueId: string, who: Participant): Promise<boolean> {
  if (!(await withinJoinLimit(dialogueId, who))) return false;
  return (await checkLimits(kind, { address: who.address, account: `${dialogueId}:${participantHash(dialogueId, who.token)}` })).allowed;
}

/** The participant's row in this dialogue, made on their first answer or statement. */
async function participantId(tx: Prisma.TransactionClient, dialogueId: string, token: string): Promise<string> {
  const tokenHash = participantHash(dialogueId, token);
  // createMany skips the row a concurrent first answer of the same browser just made.
  await tx.dialogueParticipant.createMany({ data: [{ dialogueId, tokenHash }], skipDuplicates: true });
  return (
    await tx.dialogueParticipant.findUniqueOrThrow({ where: { dialogueId_tokenHash: { dialogueId, tokenHash } }, select: { id: true } })
  ).id;
}

/**
 * agree / disagree / pass on one approved statement, while the dialogue is open. Answering again
 * replaces the answer. The write checks the window again, so an answer racing the close is not
 * counted after it.
 */
export async function answerStatement(
  input: { dialogueId: string; statementId: string; answer: Answer },
  who: Participant,
  now = new Date(),
): Promise<{ ok: true; slug: string } | WindowRefusal | Refusal<"INVALID_STATEMENT" | "TOO_MANY">> {
  const open = await openDialogue(input.dialogueId, now);
  if (!open.ok) return open;
  const prisma = await db();
  const statement = await prisma.dialogueStatement.count({ where: { ...shownWhere, id: input.statementId, dialogueId: input.dialogueId } });
  if (!statement) return { ok: false, reason: "INVALID_STATEMENT" };
  if (!(await withinVoiceLimits("voiceAnswer", input.dialogueId, who))) return { ok: false, reason: "TOO_MANY" };
  // Closed meanwhile: the participant row goes too, so a refusal stores nothing.
  const counted = await writeOrNothing(async (tx) => {
    const participant = await participantId(tx, input.dialogueId, who.token);
    const written = await tx.$executeRaw(Prisma.sql`
      INSERT INTO "DialogueVote" ("participantId", "statementId", "value")
      SELECT ${participant}, ${input.statementId}, ${answerValues[input.answer]}
      WHERE EXISTS (SELECT 1 FROM "Dialogue" WHERE id = ${input.dialogueId} AND "closesAt" > ${now} AND "reportPublishedAt" IS NULL)
      ON CONFLICT ("participantId", "statementId") DO UPDATE SET "value" = EXCLUDED."value"`);
    return written > 0;
  });
  if (!counted) return { ok: false, reason: "CLOSED" };
  return { ok: true, slug: open.dialogue.slug };
}

/** Where the participant stands, asked once: a second answer does not change the first. */
export async function declarePosition(
  input: { dialogueId: string; position: VoicePosition },
  who: Participant,
  now = new Date(),
): Promise<{ ok: true; slug: string } | WindowRefusal | Refusal<"ALREADY_DECLARED" | "TOO_MANY">> {
  const open = await openDialogue(input.dialogueId, now);
  if (!open.ok) return open;
  if (!(await withinJoinLimit(input.dialogueId, who))) return { ok: false, reason: "TOO_MANY" };
  const changed = await writeOrNothing(async (tx) => {
    const participant = await participantId(tx, input.dialogueId, who.token);
    const { count } = await tx.dialogueParticipant.updateMany({
      where: { id: participant, position: null },
      data: { position: input.position },
    });
    return count > 0;
  });
  if (!changed) return { ok: false, reason: "ALREADY_DECLARED" };
  return { ok: true, slug: open.dialogue.slug };
}

/**
 * A statement added while the dialogue is open. A facilitator's is published at once; a
 * participant's waits for a facilitator. Its author is counted as agreeing with it, so it is not
 * put back to them. The same text twice in one dialogue is refused.
 */
export async function addStatement(
  viewer: PolicyViewer | null,
  input: { dialogueId: string; text: string; locale: string },
  who: Participant,
  now = new Date(),
): Promise<{ ok: true; slug: string; published: boolean } | WindowRefusal | Refusal<"DUPLICATE" | "TOO_MANY">> {
  const open = await openDialogue(input.dialogueId, now);
  if (!open.ok) return open;
  const facilitator = can(viewer, "update", "Dialogue", ownerOf(open.dialogue));
  const prisma = await db();
  const same = await prisma.dialogueStatement.count({
    where: { dialogueId: input.dialogueId, text: { equals: input.text, mode: "insensitive" }, status: { not: ModerationStatus.REJECTED } },
  });
  if (same) return { ok: false, reason: "DUPLICATE" };
  if (!facilitator && !(await withinVoiceLimits("voiceStatement", input.dialogueId, who))) return { ok: false, reason: "TOO_MANY" };
  await prisma.$transaction(async (tx) => {
    const participant = await participantId(tx, input.dialogueId, who.token);
    const statement = await tx.dialogueStatement.create({
      data: {
        dialogueId: input.dialogueId,
        text: input.text,
        locale: input.locale,
        authorParticipantId: participant,
        byFacilitator: facilitator,
        status: facilitator ? ModerationStatus.PUBLISHED : ModerationStatus.PENDING,
        ...(facilitator && viewer ? { decidedById: viewer.id, decidedAt: now } : {}),
      },
      select: { id: true },
    });
    await tx.dialogueVote.create({ data: { participantId: participant, statementId: statement.id, value: answerValues.agree } });
    // A participant is nobody in the trail: no actor, only the capacity.
    await recordAudit(tx, {
      actor: facilitator ? viewer : null,
      actorRole: facilitator ? undefined : "participant",
      action: "dialogue_statement.added",
      targetType: TargetType.DIALOGUE_STATEMENT,
      targetId: statement.id,
      after: { dialogueId: input.dialogueId, status: facilitator ? ModerationStatus.PUBLISHED : ModerationStatus.PENDING },
    });
  });
  return { ok: true, slug: open.dialogue.slug, published: facilitator };
}

/** What a decision moves a statement from and to. */
const decisions = {
  approve: {
    where: { status: ModerationStatus.PENDING },
    data: { status: ModerationStatus.PUBLISHED },
    action: "dialogue_statement.approved",
  },
  reject: {
    where: { status: ModerationStatus.PENDING },
    data: { status: ModerationStatus.REJECTED },
    action: "dialogue_statement.rejected",
  },
  hide: { where: { status: ModerationStatus.PUBLISHED, ...notHidden }, data: {}, action: "dialogue_statement.hidden" },
} as const;

/** A facilitator lets a participant's statement be seen, keeps it out, or takes a published one down. */
export async function decideStatement(
  actor: PolicyViewer | null,
  input: { statementId: string; decision: keyof typeof decisions; reason?: string },
  now = new Date(),
): Promise<{ ok: true; slug: string; message: "approved" | "rejected" | "hidden" } | Refusal<"NOT_FOUND" | "ALREADY_DECIDED">> {
  const prisma = await db();
  const statement = await prisma.dialogueStatement.findUnique({
    where: { id: input.statementId },
    select: { id: true, dialogue: { select: { slug: true, organizationId: true, communityId: true } } },
  });
  authorize(actor, "update", "Dialogue", ownerOf(statement?.dialogue ?? null));
  if (!statement) return { ok: false, reason: "NOT_FOUND" };
  const decision = decisions[input.decision];
  const decided = await prisma.$transaction(async (tx) => {
    const data = input.decision === "hide" ? { hiddenAt: now } : { ...decision.data, decidedById: actor.id, decidedAt: now };
    const { count } = await tx.dialogueStatement.updateMany({ where: { id: statement.id, ...decision.where }, data });
    if (count === 0) return false;
    await recordAudit(tx, {
      actor,
      action: decision.action,
      targetType: TargetType.DIALOGUE_STATEMENT,
      targetId: statement.id,
      reason: input.reason ?? null,
    });
    return true;
  });
  if (!decided) return { ok: false, reason: "ALREADY_DECIDED" };
  const message = ({ approve: "approved", reject: "rejected", hide: "hidden" } as const)[input.decision];
  return { ok: true, slug: statement.dialogue.slug, message };
}

/**
 * Closes the dialogue (now, when it is still open) and publishes its report: the facilitators'
 * summary and the groups and statements as they stand, computed once and kept, so the report
 * does not change under its readers. Publishing again updates the summary and keeps the figures.
 */
export async function publishReport(
  actor: PolicyViewer | null,
  input: { dialogueId: string; summaryUk?: string; summaryEn?: string },
  now = new Date(),
): Promise<{ ok: true; slug: string; message: "reportPublished" } | Refusal<"NOT_FOUND" | "NOT_OPEN">> {
  const prisma = await db();
  const dialogue = await prisma.dialogue.findFirst({
    where: { id: input.dialogueId, ...shownWhere },
    select: { id: true, slug: true, opensAt: true, closesAt: true, reportPublishedAt: true, organizationId: true, communityId: true },
  });
  authorize(actor, "update", "Dialogue", ownerOf(dialogue));
  if (!dialogue) return { ok: false, reason: "NOT_FOUND" };
  if (dialogue.opensAt > now) return { ok: false, reason: "NOT_OPEN" };
  const summary = localizedInput(input.summaryUk, input.summaryEn);
  await prisma.$transaction(async (tx) => {
    if (dialogue.reportPublishedAt) {
      await tx.dialogue.update({ where: { id: dialogue.id }, data: { summary } });
    } else {
      // Closed first, in this transaction: answers check the window in their own statement.
      const closesAt = dialogue.closesAt < now ? dialogue.closesAt : now;
      await tx.dialogue.update({ where: { id: dialogue.id }, data: { closesAt, reportPublishedAt: now } });
      const analysis = analyseDialogue({ ...(await readAnalysisInput(tx, dialogue.id)), seed: 19 });
      await tx.dialogue.update({ where: { id: dialogue.id }, data: { summary, analysis: analysis as unknown as Prisma.InputJsonObject } });
    }
    await recordAudit(tx, {
      actor,
      action: "dialogue.report_published",
      targetType: TargetType.DIALOGUE,
      targetId: dialogue.id,
      after: { firstPublication: !dialogue.reportPublishedAt },
    });
  });
  return { ok: true, slug: dialogue.slug, message: "reportPublished" };
}
