"use server";
// The priorities round's server actions: parse the form, then the mutation asks the policy and
// writes (./mutations.ts). Registered in the authorization matrix (tests/integration/authorization).
import { revalidatePath } from "@/lib/cache/revalidate";
import { memberAction } from "@/lib/actions/client";
import { mutationAction } from "@/lib/actions/mutation-action";
import { createRound, decideIdea, rankPriorities, submitIdea } from "./mutations";
import { ballotSchema, ideaDecisionSchema, ideaSchema, roundFormSchema } from "./schema";

/** What a round's page shows moved: its page and the community's list of rounds. */
function roundChanged<Refusal extends { ok: false; reason: string }, Message extends string>(
  result: { ok: true; communitySlug: string; roundSlug: string; message?: Message } | Refusal,
  message: Message,
) {
  if (!result.ok) return result;
  revalidatePath(`/[locale]/communities/${result.communitySlug}/priorities`, "layout");
  return { ok: true as const, message: result.message ?? message };
}

/** A verified official opens a round; it waits for a moderator. Back to the community's rounds, which say so. */
export const createRoundAction = mutationAction(memberAction, {
  name: "priorities.createRound",
  schema: roundFormSchema,
  mutation: (viewer, form) => createRound(viewer, form),
  after: (result, { locale }, redirect) => {
    if (!result.ok) return;
    revalidatePath(`/[locale]/communities/${result.communitySlug}/priorities`, "layout");
    redirect(`/${locale}/communities/${result.communitySlug}/priorities?submitted=${encodeURIComponent(result.slug)}`);
  },
});

export const submitIdeaAction = mutationAction(memberAction, {
  name: "priorities.submitIdea",
  schema: ideaSchema,
  mutation: async (viewer, input) => roundChanged(await submitIdea(viewer, input), "ideaSubmitted"),
});

/** An official of the community (or a moderator) approves or rejects a waiting idea. */
export const decideIdeaAction = mutationAction(memberAction, {
  name: "priorities.decideIdea",
  schema: ideaDecisionSchema,
  mutation: async (viewer, input) => roundChanged(await decideIdea(viewer, input), "ideaApproved"),
});

export const rankPrioritiesAction = mutationAction(memberAction, {
  name: "priorities.rank",
  schema: ballotSchema,
  mutation: async (viewer, input) => roundChanged(await rankPriorities(viewer, input), "ranked"),
});
