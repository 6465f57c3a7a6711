"use server";
// Server actions for communities: parse the form, then the mutation authorizes (policy) and
// writes. Registered in the authorization matrix (tests/integration/authorization).
import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions/client";
import { mutationAction } from "@/lib/actions/mutation-action";
import { updateCommunityProfile } from "./mutations";
import { communityProfileFormSchema } from "./schema";

export const updateCommunityAction = mutationAction(memberAction, {
  name: "community.update",
  schema: communityProfileFormSchema,
  mutation: (viewer, { communityId, ...profile }) => updateCommunityProfile(viewer, communityId, profile),
  // The profile and every page under it (matches, the edit form itself) show the new text.
  after: (result, { slug }) => {
    if (result.ok) revalidatePath(`/[locale]/communities/${slug}`, "layout");
  },
});
