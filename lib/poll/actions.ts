"use server";
// The poll forms' server actions: parse the form, then the mutation asks the policy and writes.
// Registered in the authorization matrix (tests/integration/authorization).
import { revalidatePath } from "@/lib/cache/revalidate";
import { memberAction } from "@/lib/actions/client";
import { listingCreateAction, listingUpdateAction } from "@/lib/actions/listing-actions";
import { mutationAction } from "@/lib/actions/mutation-action";
import { approvePollNomination, createPoll, nominateInPoll, updatePoll, voteInPoll } from "./mutations";
import { nominationApprovalSchema, nominationSchema, pollCreateSchema, pollUpdateSchema, voteSchema } from "./schema";

/** A vote or a nomination changes what the poll's page shows. */
function pollPageChanged<Refusal extends { ok: false }, Message extends string>(
  result: { ok: true; slug: string } | Refusal,
  message: Message,
) {
  if (!result.ok) return result;
  revalidatePath(`/[locale]/polls/${result.slug}`, "page");
  return { ok: true as const, message };
}

export const castVoteAction = mutationAction(memberAction, {
  name: "poll.vote",
  schema: voteSchema,
  mutation: async (viewer, input) => pollPageChanged(await voteInPoll(viewer, input), "voted"),
});

export const nominateAction = mutationAction(memberAction, {
  name: "poll.nominate",
  schema: nominationSchema,
  mutation: async (viewer, input) => pollPageChanged(await nominateInPoll(viewer, input), "nominated"),
});

/** The poll's organiser lets a nomination onto the ballot. */
export const approveNominationAction = mutationAction(memberAction, {
  name: "poll.approveNomination",
  schema: nominationApprovalSchema,
  mutation: async (viewer, input) => pollPageChanged(await approvePollNomination(viewer, input), "approved"),
});

/** A verified representative or official submits a poll; it waits for a moderator. */
export const createPollAction = listingCreateAction({
  name: "poll.create",
  section: "polls",
  schema: pollCreateSchema,
  create: createPoll,
});

/** The organiser (or a moderator) edits a poll; on a published poll the organiser's edit waits for a moderator. */
export const updatePollAction = listingUpdateAction({
  name: "poll.update",
  section: "polls",
  id: "pollId",
  schema: pollUpdateSchema,
  update: updatePoll,
  listed: true,
});
