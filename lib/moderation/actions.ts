"use server";
// Moderators' decisions as server actions. Rejections need a reason (the author reads it).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { moderatorAction } from "@/lib/actions/client";
import type { Viewer } from "@/lib/auth/viewer";
import { recordKey } from "@/lib/forms/fields";
import { revokeMembership } from "@/lib/membership/mutations";
import { moderatedTypes } from "./listings";
import { decideChangeRequest, decideClaim, decideListings, mergeOrganizations, resolveReport } from "./mutations";

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

/**
 * A decision: moderators only (the client), the mutation asks the policy about this record, then
 * the admin page's queues are read again.
 */
function decisionAction<Input, Result>(
  name: string,
  schema: z.ZodType<Input>,
  decide: (viewer: Viewer | null, input: Input) => Promise<Result>,
) {
  return moderatorAction
    .metadata({ name })
    .inputSchema(async () => schema)
    .stateAction(async ({ parsedInput, ctx }) => {
      const result = await decide(ctx.viewer, parsedInput);
      revalidatePath("/[locale]/admin", "page");
      return result;
    });
}

export const decideListingsAction = decisionAction(
  "moderation.decideListings",
  zfd
    .formData({
      type: zfd.text(z.enum(moderatedTypes)),
      ids: zfd.repeatable(z.array(z.string().min(1)).min(1, { error: "pickOne" }).max(100)),
      decision: zfd.text(z.enum(["approve", "reject", "archive"])),
      reason,
    })
    .superRefine(needsReason),
  decideListings,
);

export const decideClaimAction = decisionAction(
  "moderation.decideClaim",
  zfd
    .formData({ membershipId: recordKey, ...approveOrReject })
    .superRefine(needsReason)
    .transform(approving),
  decideClaim,
);

export const decideChangeAction = decisionAction(
  "moderation.decideChange",
  zfd
    .formData({ changeRequestId: recordKey, ...approveOrReject })
    .superRefine(needsReason)
    .transform(approving),
  async (viewer, input) => {
    const result = await decideChangeRequest(viewer, input);
    // The same pages a direct edit revalidates: the approved version is now the public one.
    if (result.ok) for (const path of result.stale ?? []) revalidatePath(path, "page");
    return result;
  },
);

export const resolveReportAction = decisionAction(
  "moderation.resolveReport",
  zfd.formData({ reportId: recordKey, outcome: zfd.text(z.enum(["resolve", "dismiss"])), hideListing: zfd.checkbox(), reason }),
  resolveReport,
);

export const mergeOrganizationsAction = decisionAction(
  "moderation.mergeOrganizations",
  zfd.formData({
    duplicateId: recordKey,
    intoSlug: zfd.text(z.string({ error: "required" }).trim().min(1, { error: "required" }).max(120)),
    reason: zfd.text(z.string({ error: "reasonRequired" }).trim().min(1, { error: "reasonRequired" }).max(2000)),
    reportId: zfd.text(z.string().optional()),
  }),
  async (viewer, input) => {
    const result = await mergeOrganizations(viewer, input);
    if (result.ok && input.reportId) await resolveReport(viewer, { reportId: input.reportId, outcome: "resolve", reason: input.reason });
    return result;
  },
);

/** Takes a verified role away; the person reads the reason, so it is required. */
export const revokeMembershipAction = decisionAction(
  "moderation.revokeMembership",
  zfd.formData({
    membershipId: recordKey,
    reason: zfd.text(z.string({ error: "reasonRequired" }).trim().min(1, { error: "reasonRequired" }).max(2000, { error: "tooLong" })),
  }),
  revokeMembership,
);
