"use server";
import { memberAction } from "@/lib/actions/client";
import { clientAddress } from "@/lib/http/client-address";
import { withinLimits } from "@/lib/http/rate-limit";
import { requestMembership } from "./mutations";
import { claimSchema } from "./schema";

export const claimListingAction = memberAction
  .metadata({ name: "membership.claim" })
  .inputSchema(claimSchema)
  .stateAction(async ({ parsedInput, ctx }) => {
    if (!(await withinLimits("claim", { address: await clientAddress(), account: ctx.viewer.id })))
      return { ok: false as const, reason: "TOO_MANY" as const };
    return requestMembership(ctx.viewer, parsedInput);
  });
