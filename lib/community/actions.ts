"use server";
// Server actions for communities: parse the form, then the mutation authorizes (policy) and
// writes. Registered in the authorization matrix (tests/integration/authorization).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { actionClient } from "@/lib/actions/client";
import { updateCommunityProfile } from "./mutations";
import { communityProfileSchema } from "./schema";

export const updateCommunityAction = actionClient
  .metadata({ name: "community.update" })
  .inputSchema(async () => communityProfileSchema.and(zfd.formData({ communityId: zfd.text(z.string().min(1)), slug: zfd.text(z.string().min(1)) })))
  .stateAction(async ({ parsedInput, ctx }) => {
    const { communityId, slug, ...profile } = parsedInput;
    const result = await updateCommunityProfile(ctx.viewer, communityId, profile);
    // The profile and every page under it (matches, the edit form itself) show the new text.
    if (result.ok) revalidatePath(`/[locale]/communities/${slug}`, "layout");
    return result;
  });
