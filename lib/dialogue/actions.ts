"use server";
// The dialogue forms' server actions (issue 19). Answering, declaring a position and adding a
// statement are open to visitors without an account (actionClient): the participant is the
// browser's anonymous token (./participant.ts), counted against limits per token and per
// address. Facilitating needs a signed-in person the policy lets "update" the dialogue.
// Registered in the authorization matrix (tests/integration/authorization).
import type { z } from "zod";
import { actionClient, memberAction } from "@/lib/actions/client";
import type { Viewer } from "@/lib/auth/viewer";
import { listingCreateAction } from "@/lib/actions/listing-actions";
import { mutationAction } from "@/lib/actions/mutation-action";
import { revalidatePath } from "@/lib/cache/revalidate";
import { clientAddress } from "@/lib/http/client-address";
import {
  addStatement,
  answerStatement,
  createDialogue,
  decideStatement,
  declarePosition,
  publishReport,
  type Participant,
} from "./mutations";
import { ensureVoiceToken } from "./participant";
import {
  answerSchema,
  dialogueCreateSchema,
  positionSchema,
  publishReportSchema,
  statementDecisionSchema,
  statementSchema,
} from "./schema";

/** The browser as a participant: its token (made now if it has none) and its address. */
async function participant(): Promise<Participant> {
  const { token } = await ensureVoiceToken();
  return { token, address: await clientAddress() };
}

/** An answer, a statement or a decision changes what the dialogue's pages show. */
function dialoguePagesChanged<R extends { ok: true; slug: string } | { ok: false }>(result: R): R {
  if (result.ok) {
    revalidatePath(`/[locale]/dialogues/${result.slug}`, "page");
    revalidatePath(`/[locale]/dialogues/${result.slug}/facilitate`, "page");
  }
  return result;
}

/** An action anyone may call (a visitor too): the mutation gets the viewer (or null) and the browser as a participant. */
function participantAction<Input, Result extends { ok: true; slug: string } | { ok: false }>(spec: {
  name: string;
  schema: z.ZodType<Input>;
  mutation: (viewer: Viewer | null, input: Input, who: Participant) => Promise<Result>;
}) {
  return actionClient
    .metadata({ name: spec.name })
    .inputSchema(async () => spec.schema)
    .stateAction(async ({ parsedInput, ctx }) => dialoguePagesChanged(await spec.mutation(ctx.viewer, parsedInput, await participant())));
}

export const answerAction = participantAction({
  name: "dialogue.answer",
  schema: answerSchema,
  mutation: (_viewer, input, who) => answerStatement(input, who),
});

export const positionAction = participantAction({
  name: "dialogue.position",
  schema: positionSchema,
  mutation: (_viewer, input, who) => declarePosition(input, who),
});

export const addStatementAction = participantAction({
  name: "dialogue.addStatement",
  schema: statementSchema,
  mutation: (viewer, input, who) => addStatement(viewer, input, who),
});

export const decideStatementAction = mutationAction(memberAction, {
  name: "dialogue.decideStatement",
  schema: statementDecisionSchema,
  mutation: async (viewer, input) => dialoguePagesChanged(await decideStatement(viewer, input)),
});

export const publishReportAction = mutationAction(memberAction, {
  name: "dialogue.publishReport",
  schema: publishReportSchema,
  mutation: async (viewer, input) => {
    const result = await publishReport(viewer, input);
    if (result.ok) {
      revalidatePath("/[locale]/dialogues", "page");
      revalidatePath(`/[locale]/dialogues/${result.slug}/report`, "page");
    }
    return dialoguePagesChanged(result);
  },
});

/** A verified representative or official opens a dialogue; it waits for a moderator. */
export const createDialogueAction = listingCreateAction({
  name: "dialogue.create",
  section: "dialogues",
  schema: dialogueCreateSchema,
  create: createDialogue,
});
