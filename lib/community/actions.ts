"use server";
// Server actions for communities: parse the form, then the mutation authorizes (policy) and
// writes. Registered in the authorization matrix (tests/integration/authorization).
import { revalidatePath } from "@/lib/cache/revalidate";
import { memberAction, moderatorAction } from "@/lib/actions/client";
import { mutationAction } from "@/lib/actions/mutation-action";
import { importCommunityProfiles, updateCommunityProfile } from "./mutations";
import { communityImportFormSchema, communityProfileFormSchema } from "./schema";

export const updateCommunityAction = mutationAction(memberAction, {
  name: "community.update",
  schema: communityProfileFormSchema,
  mutation: (viewer, { communityId, ...profile }) => updateCommunityProfile(viewer, communityId, profile),
  // The profile and every page under it (matches, the edit form itself) show the new text.
  after: (result, { slug }) => {
    if (result.ok) revalidatePath(`/[locale]/communities/${slug}`, "layout");
  },
});

/** A moderator's bulk update of community profiles: a preview (no writes), or the confirmed import of the previewed file. */
export const importCommunityProfilesAction = mutationAction(moderatorAction, {
  name: "community.import",
  schema: communityImportFormSchema,
  mutation: importCommunityProfiles,
  after: (result) => {
    if (result.ok && result.imported) revalidatePath("/[locale]/communities", "layout");
  },
});
