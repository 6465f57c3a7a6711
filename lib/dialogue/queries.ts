import "server-only";
// Reads of dialogues (issue 19). Public reads go through publicDialogueWhere and
// publicStatementWhere; a participant is looked up only by the hash of their own token, and the
// votes leave this module only as an analysis (counts per group and statement, never per person).
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { EventType, ModerationStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { organiserSelect } from "@/lib/event/queries";
import { notHidden, publicDialogueWhere, publicEventWhere, publicStatementWhere, shownWhere } from "@/lib/listing/public-where";
import { pollState, type PollState } from "@/lib/poll/state";
import { lookableSlug } from "@/lib/text/slug";
import { analyseDialogue, type DialogueAnalysis, type Position, type VoteRow } from "./analysis";
import { participantHash } from "./participant";

type Db = PrismaClient | Prisma.TransactionClient;

export type DialogueState = PollState;

/** Open from opensAt to closesAt, like a poll; a published report closes it for good. */
export const dialogueState = (dialogue: { opensAt: Date; closesAt: Date; reportPublishedAt: Date | null }, now: Date): DialogueState =>
  dialogue.reportPublishedAt ? "CLOSED" : pollState(dialogue, now);

const dialogueSelect = {
  id: true,
  slug: true,
  question: true,
  description: true,
  opensAt: true,
  closesAt: true,
  timeZone: true,
  reportPublishedAt: true,
  organizationId: true,
  communityId: true,
  isDemo: true,
  ...organiserSelect,
  event: { select: { slug: true, title: true, startsAt: true, status: true, hiddenAt: true } },
  _count: { select: { participants: true, statements: { where: shownWhere } } },
} satisfies Prisma.DialogueSelect;

export type DialogueItem = Prisma.DialogueGetPayload<{ select: typeof dialogueSelect }>;

/** Open dialogues first (closing soonest first), then upcoming, then closed (latest first). */
export async function listDialogues(now = new Date()) {
  const prisma = await db();
  const [open, upcoming, closed] = await Promise.all([
    prisma.dialogue.findMany({
      where: { ...publicDialogueWhere, reportPublishedAt: null, opensAt: { lte: now }, closesAt: { gt: now } },
      select: dialogueSelect,
      orderBy: [{ closesAt: "asc" }, { id: "asc" }],
      take: 100,
    }),
    prisma.dialogue.findMany({
      where: { ...publicDialogueWhere, reportPublishedAt: null, opensAt: { gt: now } },
      select: dialogueSelect,
      orderBy: [{ opensAt: "asc" }, { id: "asc" }],
      take: 100,
    }),
    prisma.dialogue.findMany({
      where: { AND: [publicDialogueWhere, { OR: [{ reportPublishedAt: { not: null } }, { closesAt: { lte: now } }] }] },
      select: dialogueSelect,
      orderBy: [{ closesAt: "desc" }, { id: "asc" }],
      take: 100,
    }),
  ]);
  return { open, upcoming, closed };
}

/** One public dialogue, or null. */
export async function getPublicDialogue(slug: string) {
  if (!lookableSlug(slug)) return null;
  const prisma = await db();
  const dialogue = await prisma.dialogue.findFirst({ where: { ...publicDialogueWhere, slug }, select: dialogueSelect });
  if (!dialogue) return null;
  // The event is linked only while it is public itself.
  const eventPublic = await eventIsPublic(prisma, dialogue);
  return { ...dialogue, event: eventPublic ? dialogue.event : null };
}

async function eventIsPublic(prisma: Db, dialogue: { event: { slug: string } | null }): Promise<boolean> {
  if (!dialogue.event) return false;
  return (await prisma.event.count({ where: { ...publicEventWhere, slug: dialogue.event.slug } })) === 1;
}

/** A dialogue as the facilitators' page reads it: any status (a pending one can be prepared), with what waits for them. */
export async function getDialogueForFacilitators(slug: string) {
  if (!lookableSlug(slug)) return null;
  const prisma = await db();
  return prisma.dialogue.findFirst({
    where: { slug, ...notHidden },
    select: {
      ...dialogueSelect,
      status: true,
      summary: true,
      statements: {
        where: { status: { in: [ModerationStatus.PENDING, ModerationStatus.PUBLISHED] }, ...notHidden },
        select: {
          id: true,
          text: true,
          locale: true,
          status: true,
          byFacilitator: true,
          createdAt: true,
          _count: { select: { votes: true } },
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
}

/** What the policy needs of a dialogue: whose it is. */
export async function getDialogueOwner(dialogueId: string) {
  const prisma = await db();
  return prisma.dialogue.findUnique({ where: { id: dialogueId }, select: { organizationId: true, communityId: true } });
}

/** The next statement for this participant, how far they are, and whether they said where they stand. */
export async function participantProgress(dialogueId: string, token: string | null) {
  const prisma = await db();
  const total = await prisma.dialogueStatement.count({ where: { ...shownWhere, dialogueId } });
  const participant = token
    ? await prisma.dialogueParticipant.findUnique({
        where: { dialogueId_tokenHash: { dialogueId, tokenHash: participantHash(dialogueId, token) } },
        select: { id: true, position: true, _count: { select: { votes: { where: { statement: shownWhere } } } } },
      })
    : null;
  // The statement with the fewest answers so far that this participant has not answered: every
  // statement gets read by enough people to place it, not only the first ones.
  const next = await prisma.dialogueStatement.findFirst({
    where: { ...shownWhere, dialogueId, ...(participant ? { votes: { none: { participantId: participant.id } } } : {}) },
    select: { id: true, text: true, locale: true },
    orderBy: [{ votes: { _count: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
  });
  const pendingOwn = participant
    ? await prisma.dialogueStatement.count({ where: { dialogueId, authorParticipantId: participant.id, status: ModerationStatus.PENDING } })
    : 0;
  return {
    total,
    answered: participant?._count.votes ?? 0,
    positionAsked: Boolean(participant?.position),
    next,
    pendingOwn,
  };
}

/** Every answer to the dialogue's shown statements, and each participant's declared position. */
export async function readAnalysisInput(prisma: Db, dialogueId: string) {
  const [statements, votes, participants] = await Promise.all([
    prisma.dialogueStatement.findMany({ where: { ...shownWhere, dialogueId }, select: { id: true }, orderBy: { id: "asc" } }),
    prisma.dialogueVote.findMany({
      where: { statement: { ...shownWhere, dialogueId } },
      select: { participantId: true, statementId: true, value: true },
    }),
    prisma.dialogueParticipant.findMany({ where: { dialogueId }, select: { id: true, position: true } }),
  ]);
  return {
    statementIds: statements.map((s) => s.id),
    votes: votes as VoteRow[],
    positions: Object.fromEntries(participants.map((p) => [p.id, (p.position as Position | null) ?? null])),
  };
}

type LiveResults = { analysis: DialogueAnalysis; texts: StatementTexts };

/** How long an open dialogue's live results are reused: the clustering reads every answer. */
const LIVE_RESULTS_MS = 15_000;
const live = new Map<string, { at: number; value: Promise<LiveResults> }>();

/**
 * The groups and statements as they stand (an open dialogue's page), with the statements' texts.
 * Computed at most once per dialogue every LIVE_RESULTS_MS and shared by the page views meanwhile:
 * the analysis grows with participants × statements, and every participant's answer re-renders
 * the page. A published report keeps its own, computed once.
 */
export function liveResults(dialogueId: string): Promise<LiveResults> {
  const now = Date.now();
  for (const [id, entry] of live) if (now - entry.at >= LIVE_RESULTS_MS) live.delete(id);
  const kept = live.get(dialogueId);
  if (kept) return kept.value;
  const value = (async () => {
    const prisma = await db();
    const input = await readAnalysisInput(prisma, dialogueId);
    return { analysis: analyseDialogue({ ...input, seed: 19 }), texts: await statementTexts(prisma, dialogueId) };
  })();
  const entry = { at: now, value };
  live.set(dialogueId, entry);
  // A failed read is not kept: the next view tries again.
  value.catch(() => {
    if (live.get(dialogueId) === entry) live.delete(dialogueId);
  });
  return value;
}

export type StatementTexts = Record<string, { text: string; locale: string }>;

/** Every shown statement's text by id, for naming the analysis's statements. */
async function statementTexts(prisma: Db, dialogueId: string): Promise<StatementTexts> {
  const rows = await prisma.dialogueStatement.findMany({
    where: { ...shownWhere, dialogueId },
    select: { id: true, text: true, locale: true },
  });
  return Object.fromEntries(rows.map((r) => [r.id, { text: r.text, locale: r.locale }]));
}

/** A published report: the dialogue, its summary and the analysis kept at publication. */
export async function getPublishedReport(slug: string) {
  if (!lookableSlug(slug)) return null;
  const prisma = await db();
  const dialogue = await prisma.dialogue.findFirst({
    where: { ...publicDialogueWhere, slug, reportPublishedAt: { not: null } },
    select: { ...dialogueSelect, summary: true, analysis: true },
  });
  if (!dialogue?.analysis) return null;
  return { dialogue, analysis: dialogue.analysis as unknown as DialogueAnalysis, texts: await statementTexts(prisma, dialogue.id) };
}

/** One statement others see, for the report form: its text and its dialogue's page. */
export async function getPublicStatement(id: string) {
  if (!lookableSlug(id)) return null;
  const prisma = await db();
  return prisma.dialogueStatement.findFirst({
    where: { ...publicStatementWhere, id },
    select: { id: true, text: true, dialogue: { select: { slug: true } } },
  });
}

/** The public dialogues of an organisation or a community (its profile) or of an event, newest first. */
export async function dialoguesOf(owner: { organizationId: string } | { communityId: string } | { eventId: string }) {
  const prisma = await db();
  return prisma.dialogue.findMany({
    where: { ...publicDialogueWhere, ...owner },
    select: { slug: true, question: true, opensAt: true, closesAt: true, reportPublishedAt: true },
    orderBy: [{ opensAt: "desc" }, { id: "asc" }],
    take: 20,
  });
}

/** The dialogue-session events a facilitator may attach a new dialogue to: their owners' upcoming and recent ones. */
export async function dialogueSessionsOf(owners: { organizationIds: string[]; communityIds: string[] }, now = new Date()) {
  if (owners.organizationIds.length + owners.communityIds.length === 0) return [];
  const prisma = await db();
  return prisma.event.findMany({
    where: {
      type: EventType.DIALOGUE_SESSION,
      ...notHidden,
      endsAt: { gt: new Date(now.getTime() - 90 * 86_400_000) },
      OR: [{ organizationId: { in: owners.organizationIds } }, { communityId: { in: owners.communityIds } }],
    },
    select: { id: true, title: true, startsAt: true, organizationId: true, communityId: true },
    orderBy: { startsAt: "asc" },
    take: 50,
  });
}
