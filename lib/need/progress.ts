import "server-only";
// A need's life follows the partnerships that address it (PartnershipNeed): accepted → its open
// needs are in progress; completed → its open or in-progress needs are met, by it. Called inside
// the partnership's own transaction, so the two changes commit together; each moved need gets its
// own entry in the trail. Withdrawn and already met needs are left as they are.
import type { Prisma } from "@/generated/prisma/client";
import { NeedStatus, TargetType } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/log";
import type { PolicyViewer } from "@/lib/auth/policy";

const STEPS = {
  accepted: { from: [NeedStatus.OPEN], to: NeedStatus.IN_PROGRESS },
  completed: { from: [NeedStatus.OPEN, NeedStatus.IN_PROGRESS], to: NeedStatus.MET },
} as const;

/** Moves the needs a partnership addresses one step; gives back the ids it moved. */
export async function advanceNeedsOf(
  tx: Prisma.TransactionClient,
  actor: PolicyViewer | null,
  partnershipId: string,
  step: keyof typeof STEPS,
): Promise<string[]> {
  const { from, to } = STEPS[step];
  const needs = await tx.need.findMany({
    where: { partnerships: { some: { partnershipId } }, needStatus: { in: [...from] } },
    select: { id: true, needStatus: true },
  });
  if (needs.length === 0) return [];
  const metByPartnershipId = to === NeedStatus.MET ? partnershipId : undefined;
  await tx.need.updateMany({
    where: { id: { in: needs.map((n) => n.id) }, needStatus: { in: [...from] } },
    data: { needStatus: to, ...(metByPartnershipId ? { metByPartnershipId } : {}) },
  });
  for (const need of needs)
    await recordAudit(tx, {
      actor,
      action: "need.updated",
      targetType: TargetType.NEED,
      targetId: need.id,
      reason: `partnership ${step}`,
      before: { needStatus: need.needStatus },
      after: { needStatus: to, partnershipId },
    });
  return needs.map((n) => n.id);
}
