"use server";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { actionClient } from "@/lib/actions/client";
import { httpUrl } from "@/lib/forms/fields";
import { clientAddress } from "@/lib/http/client-address";
import { withinLimits } from "@/lib/http/rate-limit";
import { requestMembership } from "./mutations";

const optionalText = (max: number) => zfd.text(z.string().trim().max(max, { error: "tooLong" }).optional());

export const claimListingAction = actionClient
  .metadata({ name: "membership.claim" })
  .inputSchema(zfd.formData({
    targetType: zfd.text(z.enum(["ORGANIZATION", "COMMUNITY"])),
    targetId: zfd.text(z.string().min(1)),
    title: zfd.text(z.string({ error: "required" }).trim().min(2, { error: "tooShort" }).max(200, { error: "tooLong" })),
    evidenceEmail: zfd.text(z.string().trim().toLowerCase().email({ error: "invalidEmail" }).max(200).optional()),
    evidenceUrl: httpUrl,
    evidenceNote: optionalText(2000),
  }))
  .stateAction(async ({ parsedInput, ctx }) => {
    // Visitors are refused by the policy in requestMembership; only signed-in claims count.
    if (ctx.viewer && !(await withinLimits("claim", { address: await clientAddress(), account: ctx.viewer.id }))) return { ok: false as const, reason: "TOO_MANY" as const };
    return requestMembership(ctx.viewer, {
      target: { type: parsedInput.targetType, id: parsedInput.targetId },
      title: parsedInput.title,
      evidenceEmail: parsedInput.evidenceEmail,
      evidenceUrl: parsedInput.evidenceUrl,
      evidenceNote: parsedInput.evidenceNote,
    });
  });
