"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { PartnershipForm } from "@/generated/prisma/enums";
import { actionClient } from "@/lib/actions/client";
import { completePartnership, proposePartnership, respondToPartnership } from "./mutations";

export const proposePartnershipAction = actionClient
  .metadata({ name: "partnership.propose" })
  .inputSchema(zfd.formData({
    organizationId: zfd.text(z.string().min(1)),
    communityId: zfd.text(z.string().min(1)),
    form: zfd.text(z.enum(PartnershipForm, { error: "required" })),
    needIds: zfd.repeatableOfType(zfd.text(z.string().min(1))),
    message: zfd.text(z.string().trim().max(2000, { error: "tooLong" }).optional()),
  }))
  .stateAction(async ({ parsedInput, ctx }) => {
    const result = await proposePartnership(ctx.viewer, parsedInput);
    revalidatePath("/[locale]/partnerships/proposals", "page");
    return result;
  });

export const respondToPartnershipAction = actionClient
  .metadata({ name: "partnership.respond" })
  .inputSchema(zfd.formData({ partnershipId: zfd.text(z.string().min(1)), decision: zfd.text(z.enum(["accept", "decline"])) }))
  .stateAction(async ({ parsedInput, ctx }) => {
    const result = await respondToPartnership(ctx.viewer, { partnershipId: parsedInput.partnershipId, accept: parsedInput.decision === "accept" });
    revalidatePath("/[locale]/partnerships/proposals", "page");
    return result;
  });

export const completePartnershipAction = actionClient
  .metadata({ name: "partnership.complete" })
  .inputSchema(zfd.formData({ partnershipId: zfd.text(z.string().min(1)) }))
  .stateAction(async ({ parsedInput, ctx }) => {
    const result = await completePartnership(ctx.viewer, parsedInput);
    revalidatePath("/[locale]/partnerships/proposals", "page");
    return result;
  });
