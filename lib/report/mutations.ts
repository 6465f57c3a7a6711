import "server-only";
// A member's flag on a listing. One per person per listing (unique index); it lands in the
// moderators' report queue.
import { Prisma } from "@/generated/prisma/client";
import { TargetType, type ReportReason } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/log";
import { authorize, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";

export type ReportResult = { ok: true; message: "reportSent" } | { ok: false; reason: "ALREADY_REPORTED" };

export async function createReport(actor: PolicyViewer | null, input: { targetType: TargetType; targetId: string; reason: ReportReason; details?: string }): Promise<ReportResult> {
  authorize(actor, "create", "Report");
  const prisma = await db();
  try {
    await prisma.$transaction(async (tx) => {
      const report = await tx.report.create({
        data: { targetType: input.targetType, targetId: input.targetId, reporterId: actor.id, reason: input.reason, details: input.details ?? null },
        select: { id: true },
      });
      await recordAudit(tx, { actor, action: "report.created", targetType: TargetType.REPORT, targetId: report.id, after: { targetType: input.targetType, targetId: input.targetId, reason: input.reason } });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, reason: "ALREADY_REPORTED" };
    throw error;
  }
  return { ok: true, message: "reportSent" };
}
