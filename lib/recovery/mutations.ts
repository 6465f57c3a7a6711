import "server-only";
// Writes to a partnership's recovery plan (issue 18). Each is one transaction with its audit
// entry; notices go out after commit. Who may write is the policy's "track" on the partnership
// (its two sides and moderators); who may confirm is narrower and decided here from the
// partnership's sides: a milestone is confirmed only by the side that did not mark it delivered.
// Step conditions sit in each update's `where`, so a stale page or a replayed request cannot
// move a milestone twice.
import type { Prisma } from "@/generated/prisma/client";
import { MembershipStatus, MilestoneStatus, PartnershipSide, TargetType } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/log";
import { authorize, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { acceptEvidence, fileStore } from "@/lib/files/evidence";
import { notHidden, PUBLIC_PARTNERSHIP_STATUSES, publicMilestoneWhere } from "@/lib/listing/public-where";
import { unitsToMinor } from "@/lib/money/minor";
import { recordNotices, sendNotices, type Notice } from "@/lib/notification/notify";
import type {
  EvidenceInput,
  ExchangeRateInput,
  MilestoneInput,
  MilestoneStepInput,
  QuestionAnswerInput,
  QuestionInput,
  TransactionInput,
} from "./schema";
import { mayConfirm, otherSideOf, sidesOf, viewerSides } from "./sides";

export type RecoveryRefusal =
  | "NOT_FOUND"
  | "NOT_AGREED" // a proposal or a declined partnership has no plan
  | "WRONG_STEP" // the milestone is not at the step this asks for (already moved)
  | "OTHER_SIDE_ONLY" // confirming is the other side's
  | "NOT_A_SIDE" // delivering is said by a side
  | "BAD_SIDE" // a transaction between sides this partnership does not have
  | "FILE_EMPTY"
  | "FILE_TOO_LARGE"
  | "FILE_TYPE"
  | "FILE_UNREADABLE";

export type RecoveryResult = { ok: true; message: "saved"; id?: string } | { ok: false; reason: RecoveryRefusal };

const partnershipSelect = {
  id: true,
  slug: true,
  title: true,
  organizationId: true,
  communityId: true,
  partnerOrganizationId: true,
  partnershipStatus: true,
  organization: { select: { name: true } },
  community: { select: { name: true } },
  partnerOrganization: { select: { name: true } },
} as const;
type PlanPartnership = Prisma.PartnershipGetPayload<{ select: typeof partnershipSelect }>;

/** The agreed partnership a write goes to, after the policy's "track"; null when there is none. */
async function trackedPartnership(actor: PolicyViewer | null, partnershipId: string): Promise<PlanPartnership | null | "NOT_AGREED"> {
  const prisma = await db();
  const partnership = await prisma.partnership.findUnique({ where: { id: partnershipId }, select: partnershipSelect });
  if (!partnership) {
    authorize(actor, "track", "Partnership"); // a visitor is told to sign in, not that it is missing
    return null;
  }
  authorize(actor, "track", "Partnership", partnership);
  const agreed = (PUBLIC_PARTNERSHIP_STATUSES as readonly string[]).includes(partnership.partnershipStatus);
  return agreed ? partnership : "NOT_AGREED";
}

/** The milestone a write goes to, with its partnership, after the policy's "track". */
async function trackedMilestone(actor: PolicyViewer | null, milestoneId: string) {
  const prisma = await db();
  const milestone = await prisma.milestone.findFirst({
    where: { id: milestoneId, ...notHidden },
    select: { id: true, title: true, milestoneStatus: true, deliveredBySide: true, partnership: { select: partnershipSelect } },
  });
  if (!milestone) {
    authorize(actor, "track", "Partnership");
    return null;
  }
  authorize(actor, "track", "Partnership", milestone.partnership);
  return milestone;
}

/** Verified people of one side, to tell them something. */
async function peopleOf(tx: Prisma.TransactionClient, partnership: PlanPartnership, side: PartnershipSide | null): Promise<string[]> {
  if (!side) return [];
  const where =
    side === PartnershipSide.COMMUNITY
      ? { communityId: partnership.communityId }
      : { organizationId: side === PartnershipSide.ORGANIZATION ? partnership.organizationId : partnership.partnerOrganizationId };
  const rows = await tx.membership.findMany({ where: { ...where, status: MembershipStatus.VERIFIED }, select: { userId: true } });
  return rows.map((r) => r.userId);
}

/** The name a side goes by in notices: its listing's name. */
const sideName = (partnership: PlanPartnership, side: PartnershipSide | null | undefined) =>
  side === PartnershipSide.COMMUNITY
    ? partnership.community?.name
    : side === PartnershipSide.PARTNER_ORGANIZATION
      ? partnership.partnerOrganization?.name
      : side === PartnershipSide.ORGANIZATION
        ? partnership.organization.name
        : partnership.title;

const milestoneUrl = (partnership: { slug: string }, milestoneId: string) => `/partnerships/${partnership.slug}#milestone-${milestoneId}`;

export async function addMilestone(actor: PolicyViewer | null, input: MilestoneInput): Promise<RecoveryResult> {
  const partnership = await trackedPartnership(actor, input.partnershipId);
  if (partnership === null) return { ok: false, reason: "NOT_FOUND" };
  if (partnership === "NOT_AGREED") return { ok: false, reason: "NOT_AGREED" };
  const prisma = await db();
  const id = await prisma.$transaction(async (tx) => {
    // Only needs of this partnership's community can be addressed.
    const needs = partnership.communityId
      ? await tx.need.findMany({ where: { id: { in: input.needIds }, communityId: partnership.communityId }, select: { id: true } })
      : [];
    const milestone = await tx.milestone.create({
      data: {
        partnershipId: partnership.id,
        title: { ...(input.titleUk ? { uk: input.titleUk } : {}), ...(input.titleEn ? { en: input.titleEn } : {}) },
        plannedDate: input.plannedDate ? new Date(`${input.plannedDate}T00:00:00Z`) : null,
        registryProjectId: input.registryProjectId ?? null,
        tenderId: input.tenderId ?? null,
        createdById: actor!.id,
        needs: { create: needs.map((n) => ({ needId: n.id })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: "milestone.created",
      targetType: TargetType.MILESTONE,
      targetId: milestone.id,
      after: {
        partnershipId: partnership.id,
        title: { uk: input.titleUk ?? null, en: input.titleEn ?? null },
        plannedDate: input.plannedDate ?? null,
        needIds: needs.map((n) => n.id),
      },
    });
    return milestone.id;
  });
  return { ok: true, message: "saved", id };
}

export async function recordTransaction(actor: PolicyViewer | null, input: TransactionInput): Promise<RecoveryResult> {
  const partnership = await trackedPartnership(actor, input.partnershipId);
  if (partnership === null) return { ok: false, reason: "NOT_FOUND" };
  if (partnership === "NOT_AGREED") return { ok: false, reason: "NOT_AGREED" };
  if (!sidesOf(partnership).includes(input.providerSide)) return { ok: false, reason: "BAD_SIDE" };
  const receiverSide = otherSideOf(partnership, input.providerSide)!;
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    if (input.milestoneId) {
      const milestone = await tx.milestone.findFirst({
        where: { id: input.milestoneId, partnershipId: partnership.id, ...notHidden },
        select: { id: true },
      });
      if (!milestone) return { ok: false as const, reason: "NOT_FOUND" as const };
    }
    const row = await tx.aidTransaction.create({
      data: {
        partnershipId: partnership.id,
        milestoneId: input.milestoneId ?? null,
        flow: input.flow,
        amountMinor: unitsToMinor(input.amount),
        currency: input.currency,
        date: new Date(`${input.date}T00:00:00Z`),
        providerSide: input.providerSide,
        receiverSide,
        inKind: input.inKind,
        quantity: input.quantity ?? null,
        item: input.item ?? null,
        note: input.note ?? null,
        recordedById: actor!.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: "transaction.recorded",
      targetType: input.milestoneId ? TargetType.MILESTONE : TargetType.PARTNERSHIP,
      targetId: input.milestoneId ?? partnership.id,
      after: {
        transactionId: row.id,
        flow: input.flow,
        amount: input.amount,
        currency: input.currency,
        date: input.date,
        providerSide: input.providerSide,
        receiverSide,
        ...(input.inKind ? { inKind: true, quantity: input.quantity ?? 1, item: input.item ?? null } : {}),
      },
    });
    return { ok: true as const, message: "saved" as const, id: row.id };
  });
}

const STEPS = {
  start: { from: [MilestoneStatus.PLANNED], to: MilestoneStatus.IN_PROGRESS, audit: "milestone.started" },
  deliver: { from: [MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS], to: MilestoneStatus.DELIVERED, audit: "milestone.delivered" },
  confirm: { from: [MilestoneStatus.DELIVERED], to: MilestoneStatus.CONFIRMED, audit: "milestone.confirmed" },
  cancel: {
    from: [MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS, MilestoneStatus.DELIVERED],
    to: MilestoneStatus.CANCELLED,
    audit: "milestone.cancelled",
  },
} as const;

export async function moveMilestone(actor: PolicyViewer | null, input: MilestoneStepInput): Promise<RecoveryResult> {
  const milestone = await trackedMilestone(actor, input.milestoneId);
  if (!milestone) return { ok: false, reason: "NOT_FOUND" };
  const { partnership } = milestone;
  const step = STEPS[input.step];
  const sides = viewerSides(actor, partnership);
  // Delivering is a side's word; confirming is the other side's.
  if (input.step === "deliver" && sides.length === 0) return { ok: false, reason: "NOT_A_SIDE" };
  if (input.step === "confirm" && !mayConfirm(actor, partnership, milestone.deliveredBySide))
    return { ok: false, reason: "OTHER_SIDE_ONLY" };
  const now = new Date();
  const data: Prisma.MilestoneUpdateManyMutationInput = { milestoneStatus: step.to };
  if (input.step === "deliver") Object.assign(data, { deliveredBySide: sides[0], deliveredAt: now });
  if (input.step === "confirm") Object.assign(data, { confirmedById: actor!.id, confirmedAt: now });
  if (input.step === "cancel") Object.assign(data, { cancelReason: input.reason });
  const prisma = await db();
  const emails = await prisma.$transaction(async (tx) => {
    const { count } = await tx.milestone.updateMany({
      where: {
        id: milestone.id,
        milestoneStatus: { in: [...step.from] },
        // The delivering side read on the page is the one confirmed against.
        ...(input.step === "confirm" ? { deliveredBySide: milestone.deliveredBySide } : {}),
      },
      data,
    });
    if (count === 0) return null;
    await recordAudit(tx, {
      actor,
      action: step.audit,
      targetType: TargetType.MILESTONE,
      targetId: milestone.id,
      reason: input.step === "cancel" ? (input.reason ?? null) : null,
      before: { milestoneStatus: milestone.milestoneStatus },
      after: {
        milestoneStatus: step.to,
        ...(input.step === "deliver" ? { deliveredBySide: sides[0] } : {}),
        ...(input.step === "confirm" ? { confirmedBySide: sides[0] } : {}),
      },
    });
    // Delivered: the other side is asked to confirm. Confirmed: the delivering side hears it.
    const tell =
      input.step === "deliver"
        ? await peopleOf(tx, partnership, otherSideOf(partnership, sides[0]!))
        : input.step === "confirm"
          ? await peopleOf(tx, partnership, milestone.deliveredBySide)
          : [];
    const kind = input.step === "deliver" ? ("milestone.delivered" as const) : ("milestone.confirmed" as const);
    const notices: Notice[] = tell
      .filter((userId) => userId !== actor!.id)
      .map((userId) => ({
        userId,
        kind,
        payload: {
          name: milestone.title,
          object: "partnership",
          url: milestoneUrl(partnership, milestone.id),
          actor: sideName(partnership, sides[0]),
        },
      }));
    return recordNotices(tx, notices);
  });
  if (!emails) return { ok: false, reason: "WRONG_STEP" };
  await sendNotices(emails);
  return { ok: true, message: "saved" };
}

const FILE_REFUSALS = {
  EMPTY: "FILE_EMPTY",
  TOO_LARGE: "FILE_TOO_LARGE",
  TYPE_MISMATCH: "FILE_TYPE",
  NOT_ACCEPTED: "FILE_TYPE",
  UNREADABLE: "FILE_UNREADABLE",
} as const satisfies Record<string, RecoveryRefusal>;

/**
 * A photo or a document for a milestone. The file is checked on its content, re-encoded without
 * metadata when it is an image (lib/files), stored, then recorded; if the record fails, the stored
 * bytes are removed again, so nothing is left half-saved.
 */
export async function addEvidence(actor: PolicyViewer | null, input: EvidenceInput): Promise<RecoveryResult> {
  const milestone = await trackedMilestone(actor, input.milestoneId);
  if (!milestone) return { ok: false, reason: "NOT_FOUND" };
  const accepted = await acceptEvidence({
    bytes: Buffer.from(await input.file.arrayBuffer()),
    declaredName: input.file.name,
    declaredType: input.file.type,
  });
  if (!accepted.ok) return { ok: false, reason: FILE_REFUSALS[accepted.reason] };
  const prisma = await db();
  try {
    const id = await prisma.$transaction(async (tx) => {
      const row = await tx.evidence.create({
        data: {
          milestoneId: milestone.id,
          kind: accepted.kind,
          contentType: accepted.contentType,
          size: accepted.size,
          width: accepted.width ?? null,
          height: accepted.height ?? null,
          storedKey: accepted.storedKey,
          thumbKey: accepted.thumbKey ?? null,
          sha256: accepted.sha256,
          fileName: accepted.fileName,
          caption: input.caption ?? null,
          uploadedById: actor!.id,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor,
        action: "evidence.added",
        targetType: TargetType.MILESTONE,
        targetId: milestone.id,
        after: { evidenceId: row.id, kind: accepted.kind, contentType: accepted.contentType, size: accepted.size, sha256: accepted.sha256 },
      });
      return row.id;
    });
    return { ok: true, message: "saved", id };
  } catch (error) {
    const store = fileStore();
    await Promise.allSettled([store.remove(accepted.storedKey), ...(accepted.thumbKey ? [store.remove(accepted.thumbKey)] : [])]);
    throw error;
  }
}

/** Anyone signed in asks about a shown milestone of a public partnership; both sides are told. */
export async function askQuestion(actor: PolicyViewer | null, input: QuestionInput): Promise<RecoveryResult> {
  authorize(actor, "create", "MilestoneQuestion");
  const prisma = await db();
  const milestone = await prisma.milestone.findFirst({
    // Only what the public can see can be asked about in public.
    where: { id: input.milestoneId, ...publicMilestoneWhere },
    select: { id: true, title: true, partnership: { select: partnershipSelect } },
  });
  if (!milestone) return { ok: false, reason: "NOT_FOUND" };
  const { partnership } = milestone;
  const result = await prisma.$transaction(async (tx) => {
    const question = await tx.milestoneQuestion.create({
      data: { milestoneId: milestone.id, authorId: actor.id, body: input.body },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: "question.asked",
      targetType: TargetType.MILESTONE_QUESTION,
      targetId: question.id,
      after: { milestoneId: milestone.id },
    });
    const people = new Set<string>();
    for (const side of sidesOf(partnership)) for (const userId of await peopleOf(tx, partnership, side)) people.add(userId);
    people.delete(actor.id);
    const emails = await recordNotices(
      tx,
      [...people].map((userId) => ({
        userId,
        kind: "milestone.asked" as const,
        payload: { name: milestone.title, object: "partnership" as const, url: milestoneUrl(partnership, milestone.id) },
      })),
    );
    return { id: question.id, emails };
  });
  await sendNotices(result.emails);
  return { ok: true, message: "saved", id: result.id };
}

/** A side answers a question in public (once; a second answer is refused as WRONG_STEP). */
export async function answerQuestion(actor: PolicyViewer | null, input: QuestionAnswerInput): Promise<RecoveryResult> {
  const prisma = await db();
  const question = await prisma.milestoneQuestion.findFirst({
    where: { id: input.questionId, ...notHidden },
    select: { id: true, authorId: true, milestone: { select: { id: true, title: true, partnership: { select: partnershipSelect } } } },
  });
  if (!question) {
    authorize(actor, "track", "Partnership");
    return { ok: false, reason: "NOT_FOUND" };
  }
  const { partnership } = question.milestone;
  authorize(actor, "track", "Partnership", partnership);
  // The answer is the partnership's: a moderator, who speaks for neither side, does not give it.
  if (viewerSides(actor, partnership).length === 0) return { ok: false, reason: "NOT_A_SIDE" };
  const emails = await prisma.$transaction(async (tx) => {
    const { count } = await tx.milestoneQuestion.updateMany({
      where: { id: question.id, answeredAt: null },
      data: { answer: input.answer, answeredById: actor.id, answeredAt: new Date() },
    });
    if (count === 0) return null;
    await recordAudit(tx, { actor, action: "question.answered", targetType: TargetType.MILESTONE_QUESTION, targetId: question.id });
    return question.authorId && question.authorId !== actor.id
      ? recordNotices(tx, [
          {
            userId: question.authorId,
            kind: "milestone.answered",
            payload: {
              name: question.milestone.title,
              actor: sideName(partnership, viewerSides(actor, partnership)[0]),
              object: "partnership",
              url: milestoneUrl(partnership, question.milestone.id),
            },
          },
        ])
      : [];
  });
  if (!emails) return { ok: false, reason: "WRONG_STEP" };
  await sendNotices(emails);
  return { ok: true, message: "saved" };
}

/** A moderator hides an abusive question (kept for the trail, no longer shown). */
export async function hideQuestion(actor: PolicyViewer | null, input: { questionId: string; reason?: string }): Promise<RecoveryResult> {
  authorize(actor, "moderate", "MilestoneQuestion");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.milestoneQuestion.updateMany({
      where: { id: input.questionId, ...notHidden },
      data: { hiddenAt: new Date() },
    });
    if (count === 0) return { ok: false as const, reason: "NOT_FOUND" as const };
    await recordAudit(tx, {
      actor,
      action: "question.hidden",
      targetType: TargetType.MILESTONE_QUESTION,
      targetId: input.questionId,
      reason: input.reason ?? null,
    });
    return { ok: true as const, message: "saved" as const };
  });
}

/** A moderator sets the euro rate of a currency from a date on (replacing that date's rate). */
export async function setExchangeRate(actor: PolicyViewer | null, input: ExchangeRateInput): Promise<RecoveryResult> {
  authorize(actor, "update", "ExchangeRate");
  const prisma = await db();
  const validFrom = new Date(`${input.validFrom}T00:00:00Z`);
  return prisma.$transaction(async (tx) => {
    const before = await tx.exchangeRate.findUnique({ where: { currency_validFrom: { currency: input.currency, validFrom } } });
    const row = await tx.exchangeRate.upsert({
      where: { currency_validFrom: { currency: input.currency, validFrom } },
      create: { currency: input.currency, validFrom, eurPerUnit: input.eurPerUnit, setById: actor.id },
      update: { eurPerUnit: input.eurPerUnit, setById: actor.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: "rate.set",
      targetType: TargetType.EXCHANGE_RATE,
      targetId: row.id,
      before: before ? { eurPerUnit: before.eurPerUnit.toString() } : null,
      after: { currency: input.currency, validFrom: input.validFrom, eurPerUnit: input.eurPerUnit },
    });
    return { ok: true as const, message: "saved" as const, id: row.id };
  });
}
