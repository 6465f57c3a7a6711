"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { actionClient } from "@/lib/actions/client";
import { createNeed, updateNeed } from "./mutations";
import { needEditSchema, needSchema } from "./schema";

export const createNeedAction = actionClient
  .metadata({ name: "need.create" })
  .inputSchema(async () => needSchema.and(zfd.formData({ communitySlug: zfd.text(z.string().min(1)), locale: zfd.text(z.enum(["uk", "en"]).catch("uk")) })))
  .stateAction(async ({ parsedInput, ctx }) => {
    const result = await createNeed(ctx.viewer, parsedInput);
    if (!result.ok) return result;
    ctx.redirect(`/${parsedInput.locale}/communities/${parsedInput.communitySlug}/matches`);
  });

export const updateNeedAction = actionClient
  .metadata({ name: "need.update" })
  .inputSchema(async () => needEditSchema.and(zfd.formData({ communitySlug: zfd.text(z.string().min(1)) })))
  .stateAction(async ({ parsedInput, ctx }) => {
    const { communitySlug, ...edit } = parsedInput;
    const result = await updateNeed(ctx.viewer, edit);
    // The profile lists open needs; the needs list, matches and the workspace all move with a status.
    if (result.ok) {
      revalidatePath(`/[locale]/communities/${communitySlug}`, "layout");
      revalidatePath("/[locale]/needs", "page");
    }
    return result;
  });
