import "server-only";
// A member's flag on a listing. One per person per listing (unique index); it lands in the
// moderators' report queue.
import { Prisma } from "@/generated/prisma/client";
import { TargetType, type ReportReason } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/log";
import { authorize, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { listingKindOf } from "@/lib/listing/kinds";

export type ReportResult = { ok: true; message: "reportSent" } | { ok: false; reason: "ALREADY_REPORTED" | "NOT_FOUND" };

/** Only public listings can be reported: a flag on an id that names nothing would clutter the
 *  queue. Every kind a report is accepted for is one a moderator can hide (lib/listing/kinds.ts). */
async function isPublicListing(tx: Prisma.TransactionClient, type: TargetType, id: string): Promise<boolean> {
  const kind = listingKindOf(type);
  return kind !== null && (await kind.table(tx).count({ where: { id, ...kind.publicWhere } })) > 0;
}

export async function createReport(
  actor: PolicyViewer | null,
  input: { targetType: TargetType; targetId: string; reason: ReportReason; details?: string },
): Promise<ReportResult> {
  authorize(actor, "create", "Report");
  const prisma = await db();
  try {
    const found = await prisma.$transaction(async (tx) => {
      if (!(await isPublicListing(tx, input.targetType, input.targetId))) return false;
      const report = await tx.report.create({
        data: {
          targetType: input.targetType,
          targetId: input.targetId,
          reporterId: actor.id,
          reason: input.reason,
          details: input.details ?? null,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor,
        action: "report.created",
        targetType: TargetType.REPORT,
        targetId: report.id,
        after: { targetType: input.targetType, targetId: input.targetId, reason: input.reason },
      });
      return true;
    });
    if (!found) return { ok: false, reason: "NOT_FOUND" };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, reason: "ALREADY_REPORTED" };
    throw error;
  }
  return { ok: true, message: "reportSent" };
}
