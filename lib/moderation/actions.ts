"use server";
// Moderators' decisions as server actions. Rejections need a reason (the author reads it).
import { markListingsChanged } from "@/lib/cache/listings-version";
import { revalidatePath } from "@/lib/cache/revalidate";
import { z } from "zod";
import { moderatorAction } from "@/lib/actions/client";
import type { Viewer } from "@/lib/auth/viewer";
import { revokeMembership } from "@/lib/membership/mutations";
import {
  decideListingsSchema,
  decideClaimSchema,
  decideChangeSchema,
  resolveReportSchema,
  mergeOrganizationsSchema,
  revokeMembershipSchema,
} from "./schema";
import { decideChangeRequest, decideClaim, decideListings, mergeOrganizations, resolveReport } from "./mutations";

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
      // Approving, hiding or merging listings may change any public page: all tags move on.
      markListingsChanged();
      return result;
    });
}

export const decideListingsAction = decisionAction("moderation.decideListings", decideListingsSchema, decideListings);

export const decideClaimAction = decisionAction("moderation.decideClaim", decideClaimSchema, decideClaim);

export const decideChangeAction = decisionAction("moderation.decideChange", decideChangeSchema, async (viewer, input) => {
  const result = await decideChangeRequest(viewer, input);
  // The same pages a direct edit revalidates: the approved version is now the public one.
  if (result.ok) for (const path of result.stale ?? []) revalidatePath(path, "page");
  return result;
});

export const resolveReportAction = decisionAction("moderation.resolveReport", resolveReportSchema, resolveReport);

export const mergeOrganizationsAction = decisionAction("moderation.mergeOrganizations", mergeOrganizationsSchema, async (viewer, input) => {
  const result = await mergeOrganizations(viewer, input);
  if (result.ok && input.reportId) await resolveReport(viewer, { reportId: input.reportId, outcome: "resolve", reason: input.reason });
  return result;
});

/** Takes a verified role away; the person reads the reason, so it is required. */
export const revokeMembershipAction = decisionAction("moderation.revokeMembership", revokeMembershipSchema, revokeMembership);
