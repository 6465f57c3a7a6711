import "server-only";
// Most actions are one mutation behind a form: parse the form with the noun's schema, hand the
// viewer and the input to the mutation (which asks the policy), then refresh what the result
// made stale or send the person on, and answer with the mutation's result. This builds such an
// action from those parts.
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import type { memberAction } from "./client";

export function mutationAction<Input, Result>(
  /** memberAction or moderatorAction: who may call it at all. */
  client: typeof memberAction,
  spec: {
    name: string;
    schema: z.ZodType<Input>;
    mutation: (viewer: Viewer, input: Input) => Promise<Result>;
    /** After the mutation: revalidatePath what it changed, or `redirect` (ctx.redirect, which a replay repeats). */
    after?: (result: Result, input: Input, redirect: (url: string) => never) => void;
  },
) {
  return client
    .metadata({ name: spec.name })
    .inputSchema(async () => spec.schema)
    .stateAction(async ({ parsedInput, ctx }) => {
      const result = await spec.mutation(ctx.viewer, parsedInput);
      spec.after?.(result, parsedInput, ctx.redirect);
      return result;
    });
}
