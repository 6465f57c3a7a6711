"use server";
// Server actions of the recovery tracker (issue 18): parse the form with its schema, then the
// mutation asks the policy and writes (lib/recovery/mutations.ts). Every write changes the
// partnership's page, the recovery pages and the needs it addresses: the partnerships section
// (its pages and the profiles that list them) and the needs section are refreshed.
import { revalidatePath } from "@/lib/cache/revalidate";
import { memberAction, moderatorAction } from "@/lib/actions/client";
import { mutationAction } from "@/lib/actions/mutation-action";
import {
  addEvidence,
  addMilestone,
  answerQuestion,
  askQuestion,
  hideQuestion,
  moveMilestone,
  recordTransaction,
  setExchangeRate,
} from "./mutations";
import {
  evidenceSchema,
  exchangeRateSchema,
  hideQuestionSchema,
  milestoneSchema,
  milestoneStepSchema,
  questionAnswerSchema,
  questionSchema,
  transactionSchema,
} from "./schema";

const after = () => {
  revalidatePath("/[locale]/partnerships/[slug]", "page");
  revalidatePath("/[locale]/needs", "page");
  revalidatePath("/[locale]/recovery", "page");
};

export const addMilestoneAction = mutationAction(memberAction, {
  name: "milestone.add",
  schema: milestoneSchema,
  mutation: addMilestone,
  after,
});

export const recordTransactionAction = mutationAction(memberAction, {
  name: "transaction.record",
  schema: transactionSchema,
  mutation: recordTransaction,
  after,
});

export const moveMilestoneAction = mutationAction(memberAction, {
  name: "milestone.move",
  schema: milestoneStepSchema,
  mutation: moveMilestone,
  after,
});

export const addEvidenceAction = mutationAction(memberAction, {
  name: "evidence.add",
  schema: evidenceSchema,
  mutation: addEvidence,
  after,
});

export const askQuestionAction = mutationAction(memberAction, {
  name: "question.ask",
  schema: questionSchema,
  mutation: askQuestion,
  after,
});

export const answerQuestionAction = mutationAction(memberAction, {
  name: "question.answer",
  schema: questionAnswerSchema,
  mutation: answerQuestion,
  after,
});

export const hideQuestionAction = mutationAction(moderatorAction, {
  name: "question.hide",
  schema: hideQuestionSchema,
  mutation: hideQuestion,
  after,
});

export const setExchangeRateAction = mutationAction(moderatorAction, {
  name: "rate.set",
  schema: exchangeRateSchema,
  mutation: setExchangeRate,
  after,
});
