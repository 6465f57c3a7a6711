import "server-only";
// Writes one AuditLog row inside the caller's transaction, so the change and its record commit
// or fail together (docs/decisions/0004). Action names are noun.past_tense: "organization.approved".
import type { Prisma } from "@/generated/prisma/client";
import { UserRole, type TargetType } from "@/generated/prisma/enums";
import type { PolicyViewer } from "@/lib/auth/policy";

export interface AuditEntry {
  actor: PolicyViewer | null;
  /** The capacity the actor acted in; defaults to their platform role. */
  actorRole?: string;
  action: string;
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

function roleName(actor: PolicyViewer | null): string {
  if (!actor) return "system";
  if (actor.role === UserRole.ADMIN) return "admin";
  if (actor.role === UserRole.MODERATOR) return "moderator";
  return "member";
}
