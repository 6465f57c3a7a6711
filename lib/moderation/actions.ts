"use server";
// Moderators' decisions as server actions. Rejections need a reason (the author reads it).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { actionClient } from "@/lib/actions/client";
import { moderatedTypes } from "./listings";
import { decideChangeRequest, decideClaim, decideListings, mergeOrganizations, resolveReport } from "./mutations";
import { revokeMembership } from "@/lib/membership/mutations";

const reason = zfd.text(z.string().trim().max(2000, { error: "tooLong" }).optional());
const needsReason = (value: { decision?: string; reason?: string }, ctx: z.RefinementCtx) => {
  if (value.decision === "reject" && !value.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "reasonRequired" });
};
const done = () => revalidatePath("/[locale]/admin", "page");

export const decideListingsAction = actionClient
  .metadata({ name: "moderation.decideListings" })
  .inputSchema(
    zfd
      .formData({
        type: zfd.text(z.enum(moderatedTypes)),
        ids: zfd.repeatable(z.array(z.string().min(1)).min(1, { error: "pickOne" }).max(100)),
        decision: zfd.text(z.enum(["approve", "reject", "archive"])),
        reason,
      })
      .superRefine(needsReason),
  )
  .stateAction(async ({ parsedInput, ctx }) => {
    const result = await decideListings(ctx.viewer, parsedInput);
    done();
    return result;
  });

export const decideClaimAction = actionClient
  .metadata({ name: "moderation.decideClaim" })
  .inputSchema(
    zfd
      .formData({ membershipId: zfd.text(z.string().min(1)), decision: zfd.text(z.enum(["approve", "reject"])), reason })
      .superRefine(needsReason),
  )
  .stateAction(async ({ parsedInput, ctx }) => {
    const result = await decideClaim(ctx.viewer, {
      membershipId: parsedInput.membershipId,
      approve: parsedInput.decision === "approve",
      reason: parsedInput.reason,
    });
    done();
    return result;
  });

export const decideChangeAction = actionClient
  .metadata({ name: "moderation.decideChange" })
  .inputSchema(
    zfd
      .formData({ changeRequestId: zfd.text(z.string().min(1)), decision: zfd.text(z.enum(["approve", "reject"])), reason })
      .superRefine(needsReason),
  )
  .stateAction(async ({ parsedInput, ctx }) => {
    const result = await decideChangeRequest(ctx.viewer, {
      changeRequestId: parsedInput.changeRequestId,
      approve: parsedInput.decision === "approve",
      reason: parsedInput.reason,
    });
    // The same pages a direct edit revalidates: the approved version is now the public one.
    if (result.ok) for (const path of result.stale ?? []) revalidatePath(path, "page");
    done();
    return result;
  });

export const resolveReportAction = actionClient
  .metadata({ name: "moderation.resolveReport" })
  .inputSchema(
    zfd.formData({
      reportId: zfd.text(z.string().min(1)),
      outcome: zfd.text(z.enum(["resolve", "dismiss"])),
      hideListing: zfd.checkbox(),
      reason,
    }),
  )
  .stateAction(async ({ parsedInput, ctx }) => {
    const result = await resolveReport(ctx.viewer, parsedInput);
    done();
    return result;
  });

export const mergeOrganizationsAction = actionClient
  .metadata({ name: "moderation.mergeOrganizations" })
  .inputSchema(
    zfd.formData({
      duplicateId: zfd.text(z.string().min(1)),
      intoSlug: zfd.text(z.string({ error: "required" }).trim().min(1, { error: "required" }).max(120)),
      reason: zfd.text(z.string({ error: "reasonRequired" }).trim().min(1, { error: "reasonRequired" }).max(2000)),
      reportId: zfd.text(z.string().optional()),
    }),
  )
  .stateAction(async ({ parsedInput, ctx }) => {
    const result = await mergeOrganizations(ctx.viewer, parsedInput);
    if (result.ok && parsedInput.reportId)
      await resolveReport(ctx.viewer, { reportId: parsedInput.reportId, outcome: "resolve", reason: parsedInput.reason });
    done();
    return result;
  });

/** Takes a verified role away; the person reads the reason, so it is required. */
export const revokeMembershipAction = actionClient
  .metadata({ name: "moderation.revokeMembership" })
  .inputSchema(
    zfd.formData({
      membershipId: zfd.text(z.string().min(1)),
      reason: zfd.text(z.string({ error: "reasonRequired" }).trim().min(1, { error: "reasonRequired" }).max(2000, { error: "tooLong" })),
    }),
  )
  .stateAction(async ({ parsedInput, ctx }) => {
    const result = await revokeMembership(ctx.viewer, parsedInput);
    done();
    return result;
  });
