import "server-only";
// Writes one AuditLog row inside the caller's transaction, so the change and its record commit
// or fail together (docs/decisions/0004). Action names come from the closed list in ./actions.ts.
import type { Prisma } from "@/generated/prisma/client";
import { ModerationStatus, TargetType, UserRole } from "@/generated/prisma/enums";
import type { PolicyViewer } from "@/lib/auth/policy";
import type { AuditAction } from "./actions";
import { appliedChangeReason } from "./entry";

export interface AuditEntry {
  actor: PolicyViewer | null;
  /** The capacity the actor acted in; defaults to their platform role. */
  actorRole?: string;
  action: AuditAction;
  targetType: TargetType;
  targetId: string;
  reason?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorRole: entry.actorRole ?? roleName(entry.actor),
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      reason: entry.reason ?? null,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}

/** A listing's noun in the trail: its type in lower case, as lib/audit/actions.ts names them ("EVENT" → "event"). */
const nounOf = <Type extends TargetType>(type: Type) => type.toLowerCase() as Lowercase<Type>;

/** The listings a member submits for a moderator (communities come from the register, needs are published at once). */
type SubmittedType =
  | typeof TargetType.ORGANIZATION
  | typeof TargetType.EVENT
  | typeof TargetType.ANNOUNCEMENT
  | typeof TargetType.POLL
  | typeof TargetType.DIALOGUE
  | typeof TargetType.PRIORITY_ROUND;

/** Records a new listing waiting for a moderator (PENDING), with `after` as more to note. */
export async function recordSubmitted(
  tx: Prisma.TransactionClient,
  actor: PolicyViewer,
  type: SubmittedType,
  listing: { id: string; slug: string },
  after: Prisma.InputJsonObject = {},
): Promise<void> {
  await recordAudit(tx, {
    actor,
    action: `${nounOf(type)}.submitted`,
    targetType: type,
    targetId: listing.id,
    after: { slug: listing.slug, status: ModerationStatus.PENDING, ...after },
  });
}

/** Records an edit of a listing; `requestId` names the change request a moderator approved, when the edit applies one. */
export async function recordUpdated(
  tx: Prisma.TransactionClient,
  actor: PolicyViewer | null,
  type: SubmittedType | typeof TargetType.COMMUNITY | typeof TargetType.NEED,
  targetId: string,
  change: Pick<AuditEntry, "before" | "after">,
  requestId?: string,
): Promise<void> {
  await recordAudit(tx, {
    actor,
    action: `${nounOf(type)}.updated`,
    targetType: type,
    targetId,
    reason: requestId ? appliedChangeReason(requestId) : null,
    ...change,
  });
}

function roleName(actor: PolicyViewer | null): string {
  if (!actor) return "system";
  if (actor.role === UserRole.ADMIN) return "admin";
  if (actor.role === UserRole.MODERATOR) return "moderator";
  return "member";
}
