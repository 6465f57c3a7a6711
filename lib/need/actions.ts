"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { actionClient } from "@/lib/actions/client";
import { createNeed } from "./mutations";
import { needSchema } from "./schema";

export const createNeedAction = actionClient
  .metadata({ name: "need.create" })
  .inputSchema(async () => needSchema.and(zfd.formData({ communitySlug: zfd.text(z.string().min(1)), locale: zfd.text(z.enum(["uk", "en"]).catch("uk")) })))
  .stateAction(async ({ parsedInput, ctx }) => {
    const result = await createNeed(ctx.viewer, parsedInput);
    if (!result.ok) return result;
    redirect(`/${parsedInput.locale}/communities/${parsedInput.communitySlug}/matches`);
  });
