import "server-only";
// Edits to a published event, announcement or poll by anyone but a moderator wait as a
// ChangeRequest (the same table and queue as organisation edits): approval would otherwise be a
// one-time gate. Their `changes` hold the edited fields as the edit form posts them, not as
// columns, so the moderator's approval can run them through the same zod schema again (a date
// may have passed meanwhile) and the author's form can show what they sent.
import type { Prisma } from "@/generated/prisma/client";
import { ChangeRequestStatus, ModerationStatus, TargetType } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/log";
import { can, type PolicyViewer } from "@/lib/auth/policy";

/** A form's values as it posts them: text, a ticked box, a list of ticked boxes. */
export type FormValues = Record<string, string | boolean | string[]>;
export type ReviewedType = typeof TargetType.EVENT | typeof TargetType.ANNOUNCEMENT | typeof TargetType.POLL;
type ReviewedSubject = "Event" | "Announcement" | "Poll";

/** Whether an edit may change the row now: a moderator's always, anyone's while the item is not public. */
export function editAppliesNow(actor: PolicyViewer | null, subject: ReviewedSubject, status: ModerationStatus): boolean {
  return status !== ModerationStatus.PUBLISHED || can(actor, "moderate", subject);
}

/** The fields whose value differs, with both sides (lists compared as they are ordered). */
export function changedValues(current: FormValues, next: FormValues): { before: FormValues; after: FormValues } {
  const before: FormValues = {};
  const after: FormValues = {};
  for (const [field, value] of Object.entries(next)) {
    if (JSON.stringify(current[field] ?? "") === JSON.stringify(value)) continue;
    before[field] = current[field] ?? "";
    after[field] = value;
  }
  return { before, after };
}

/**
 * Files the author's edit for review. One open request per target and author: a newer edit
 * withdraws the older one, so the queue never holds two versions from the same person. The
 * advisory lock keeps two quick saves from both finding nothing to withdraw.
 */
export async function fileChangeRequest(
  tx: Prisma.TransactionClient,
  actor: PolicyViewer,
  target: { type: ReviewedType; id: string },
  diff: { before: FormValues; after: FormValues },
): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`change-request:${target.id}:${actor.id}`}))`;
  const open = await tx.changeRequest.findMany({
    where: { targetType: target.type, targetId: target.id, authorId: actor.id, status: ChangeRequestStatus.PENDING },
    select: { id: true },
  });
  const request = await tx.changeRequest.create({
    data: { targetType: target.type, targetId: target.id, authorId: actor.id, changes: diff.after },
    select: { id: true },
  });
  for (const old of open) {
    // Conditional: a moderator may have decided it a moment ago; then it stays decided.
    const { count } = await tx.changeRequest.updateMany({
      where: { id: old.id, status: ChangeRequestStatus.PENDING },
      data: { status: ChangeRequestStatus.WITHDRAWN },
    });
    if (count)
      await recordAudit(tx, {
        actor,
        action: "change.withdrawn",
        targetType: TargetType.CHANGE_REQUEST,
        targetId: old.id,
        reason: `replaced by ${request.id}`,
      });
  }
  await recordAudit(tx, {
    actor,
    action: "change.requested",
    targetType: TargetType.CHANGE_REQUEST,
    targetId: request.id,
    before: diff.before,
    after: diff.after,
  });
}

/** A change that no longer passes the form's checks, or would touch what votes have fixed. */
export type ApplyRefusal = "CHANGE_INVALID" | "VOTES_CAST";
export type ApplyResult = { ok: true } | { ok: false; reason: ApplyRefusal };
