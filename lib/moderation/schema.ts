// The moderators' forms: decisions on listings, claims, pending edits and reports, merges and
// revocations. Rejections need a reason (the author reads it).
import { z } from "zod";
import { zfd } from "zod-form-data";
import { recordKey } from "@/lib/forms/fields";
import { moderatedTypes } from "./listings";

const reason = zfd.text(z.string().trim().max(2000, { error: "tooLong" }).optional());
const needsReason = (value: { decision?: string; reason?: string }, ctx: z.RefinementCtx) => {
  if (value.decision === "reject" && !value.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "reasonRequired" });
};

/** An approval or a rejection of one item (a claim, a pending edit), as the mutations take it. */
const approveOrReject = { decision: zfd.text(z.enum(["approve", "reject"])), reason };
const approving = <Form extends { decision: "approve" | "reject" }>({ decision, ...rest }: Form) => ({
  ...rest,
  approve: decision === "approve",
});

export const decideListingsSchema = zfd
  .formData({
    type: zfd.text(z.enum(moderatedTypes)),
    ids: zfd.repeatable(z.array(z.string().min(1)).min(1, { error: "pickOne" }).max(100)),
    decision: zfd.text(z.enum(["approve", "reject", "archive"])),
    reason,
  })
  .superRefine(needsReason);

export const decideClaimSchema = zfd
  .formData({ membershipId: recordKey, ...approveOrReject })
  .superRefine(needsReason)
  .transform(approving);

export const decideChangeSchema = zfd
  .formData({ changeRequestId: recordKey, ...approveOrReject })
  .superRefine(needsReason)
  .transform(approving);

export const resolveReportSchema = zfd.formData({
  reportId: recordKey,
  outcome: zfd.text(z.enum(["resolve", "dismiss"])),
  hideListing: zfd.checkbox(),
  reason,
});

export const mergeOrganizationsSchema = zfd.formData({
  duplicateId: recordKey,
  intoSlug: zfd.text(z.string({ error: "required" }).trim().min(1, { error: "required" }).max(120)),
  reason: zfd.text(z.string({ error: "reasonRequired" }).trim().min(1, { error: "reasonRequired" }).max(2000)),
  reportId: zfd.text(z.string().optional()),
});

export const revokeMembershipSchema = zfd.formData({
  membershipId: recordKey,
  reason: zfd.text(z.string({ error: "reasonRequired" }).trim().min(1, { error: "reasonRequired" }).max(2000, { error: "tooLong" })),
});
