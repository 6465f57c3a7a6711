"use server";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { ReportReason, TargetType } from "@/generated/prisma/enums";
import { actionClient } from "@/lib/actions/client";
import { clientAddress } from "@/lib/http/client-address";
import { withinLimits } from "@/lib/http/rate-limit";
import { createReport } from "./mutations";

export const reportListingAction = actionClient
  .metadata({ name: "report.create" })
  .inputSchema(
    zfd.formData({
      targetType: zfd.text(z.enum(TargetType)),
      targetId: zfd.text(z.string().min(1).max(40)),
      reason: zfd.text(z.enum(ReportReason, { error: "required" })),
      details: zfd.text(z.string().trim().max(2000, { error: "tooLong" }).optional()),
    }),
  )
  .stateAction(async ({ parsedInput, ctx }) => {
    // Visitors are refused by the policy in createReport; only signed-in reports count.
    if (ctx.viewer && !(await withinLimits("report", { address: await clientAddress(), account: ctx.viewer.id })))
      return { ok: false as const, reason: "TOO_MANY" };
    return createReport(ctx.viewer, parsedInput);
  });
