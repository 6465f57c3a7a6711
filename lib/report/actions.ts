"use server";
import { actionClient } from "@/lib/actions/client";
import { clientAddress } from "@/lib/http/client-address";
import { withinLimits } from "@/lib/http/rate-limit";
import { createReport } from "./mutations";
import { reportSchema } from "./schema";

export const reportListingAction = actionClient
  .metadata({ name: "report.create" })
  .inputSchema(reportSchema)
  .stateAction(async ({ parsedInput, ctx }) => {
    // Visitors are refused by the policy in createReport; only signed-in reports count.
    if (ctx.viewer && !(await withinLimits("report", { address: await clientAddress(), account: ctx.viewer.id })))
      return { ok: false as const, reason: "TOO_MANY" };
    return createReport(ctx.viewer, parsedInput);
  });
