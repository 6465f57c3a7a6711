"use server";
// Server actions for partnerships: parse the form, then the mutation authorizes (policy) and
// writes. Every step changes the proposals page of both sides.
import { revalidatePath } from "@/lib/cache/revalidate";
import { memberAction } from "@/lib/actions/client";
import { mutationAction } from "@/lib/actions/mutation-action";
import { completePartnership, proposePartnership, respondToPartnership } from "./mutations";
import { answerSchema, completionSchema, proposalSchema } from "./schema";

const after = () => revalidatePath("/[locale]/partnerships/proposals", "page");

/** Accepting or completing also moves the needs it addresses: the community pages and the needs list. */
const afterNeedsMoved = () => {
  after();
  revalidatePath("/[locale]/communities/[slug]", "layout");
  revalidatePath("/[locale]/needs", "page");
};

export const proposePartnershipAction = mutationAction(memberAction, {
  name: "partnership.propose",
  schema: proposalSchema,
  mutation: proposePartnership,
  after,
});

export const respondToPartnershipAction = mutationAction(memberAction, {
  name: "partnership.respond",
  schema: answerSchema,
  mutation: respondToPartnership,
  after: afterNeedsMoved,
});

export const completePartnershipAction = mutationAction(memberAction, {
  name: "partnership.complete",
  schema: completionSchema,
  mutation: completePartnership,
  after: afterNeedsMoved,
});
