import "server-only";
// Exactly once from the browser (issue 21): a create form sends a key made once per form
// (components/forms/idempotency-key-field.tsx). The first request with a key claims it, runs the
// action and stores the answer; a double click, a retry after a dropped connection or a
// resubmit with the same key gets that stored answer (or the same redirect) and creates nothing.
// A failure (invalid input, a refusal, an exception) gives the key back, so the corrected form
// can run. Used as two middlewares of lib/actions/client.ts, so no action does this itself.
import { redirect } from "next/navigation";
import { returnServerError, returnValidationErrors, type MiddlewareResult } from "next-safe-action";
import { z } from "zod";
import { claimKey, releaseKey, storeOutcome } from "@/lib/db/idempotency-keys";

export const IDEMPOTENCY_FIELD = "idempotencyKey";

const keySchema = z.uuid();
const inputSchemaForTypes = z.object({ [IDEMPOTENCY_FIELD]: z.string() });

/** The key a form sent: undefined when it sent none (older pages, scripts, no JavaScript yet). */
export function readIdempotencyKey(input: unknown): string | undefined {
  let raw: unknown;
  if (input && typeof input === "object") {
    raw =
      typeof (input as FormData).get === "function"
        ? (input as FormData).get(IDEMPOTENCY_FIELD)
        : (input as Record<string, unknown>)[IDEMPOTENCY_FIELD];
  }
  if (raw === undefined || raw === null || raw === "") return undefined;
  const parsed = keySchema.safeParse(raw);
  // A malformed key is refused rather than ignored: ignoring it would quietly allow duplicates.
  if (!parsed.success) returnValidationErrors(inputSchemaForTypes, { _errors: ["invalid"] });
  return parsed.data.toLowerCase();
}

/**
 * What the two middlewares share for one request. A class, so next-safe-action's context merge
 * passes it on as the same object rather than a copy.
 */
export class Submission {
  /** Set by submitOnce when the answer is a stored one: replayGate then skips the action. */
  replaying = false;
  /** Where the action sent the person (ctx.redirect), stored so a replay sends them there too. */
  redirectedTo: string | undefined;
}

const isRefusal = (data: unknown) => typeof data === "object" && data !== null && (data as { ok?: unknown }).ok === false;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- next-safe-action's own default
type Next<ServerError> = <NextCtx extends object = {}>(opts?: { ctx?: NextCtx }) => Promise<MiddlewareResult<ServerError, NextCtx>>;

/** What every action finds in its context from here on. */
export interface SubmissionCtx {
  /** next/navigation's redirect, remembered for a replay: use it instead of importing redirect. */
  redirect: (url: string) => never;
  submission: Submission;
}

/**
 * The outer middleware. Gives every action `ctx.redirect` (next/navigation's, remembered so a
 * replay can repeat it: the redirect itself is caught by next-safe-action before a middleware
 * could read where it went). With a key: claim, run or replay, then store or give back.
 */
export async function submitOnce<ServerError>({
  clientInput,
  ctx,
  metadata,
  next,
}: {
  clientInput: unknown;
  ctx: { viewer: { id: string } | null };
  metadata: { name: string };
  next: Next<ServerError>;
}): Promise<MiddlewareResult<ServerError, SubmissionCtx>> {
  const submission = new Submission();
  const navigate = (url: string): never => {
    submission.redirectedTo = url;
    redirect(url);
  };
  const nextCtx: { ctx: SubmissionCtx } = { ctx: { redirect: navigate, submission } };
  const key = readIdempotencyKey(clientInput);
  if (!key) return next(nextCtx);

  // Keys are per person and per action: nobody can replay another person's answer.
  const scope = ctx.viewer?.id ?? "anonymous";
  const claim = await claimKey(scope, metadata.name, key);
  if (claim.kind === "busy") returnServerError("IN_PROGRESS");
  if (claim.kind === "replay") {
    if ("redirect" in claim.outcome) redirect(claim.outcome.redirect);
    submission.replaying = true;
    const result = await next(nextCtx);
    result.success = true;
    result.data = claim.outcome.data;
    return result;
  }

  let result: MiddlewareResult<ServerError, SubmissionCtx>;
  try {
    result = await next(nextCtx);
  } catch (error) {
    await releaseKey(scope, metadata.name, key);
    throw error;
  }
  if (result.navigationKind === "redirect") {
    if (submission.redirectedTo) await storeOutcome(scope, metadata.name, key, { redirect: submission.redirectedTo });
    else {
      // next/navigation's redirect leaves no trace to replay; the record exists, so the key
      // stays taken (a replay answers with nothing rather than a second record).
      console.warn(`[action ${metadata.name}] redirected without ctx.redirect: a replay cannot repeat it`);
      await storeOutcome(scope, metadata.name, key, { data: undefined });
    }
  } else if (result.success && result.validationErrors === undefined && result.serverError === undefined && !isRefusal(result.data)) {
    await storeOutcome(scope, metadata.name, key, { data: result.data });
  } else {
    await releaseKey(scope, metadata.name, key);
  }
  return result;
}

/** The inner middleware: on a replay, neither validation nor the action runs. */
export async function replayGate<ServerError>({
  ctx,
  next,
}: {
  ctx: { submission: Submission };
  next: Next<ServerError>;
}): Promise<MiddlewareResult<ServerError, object>> {
  if (ctx.submission.replaying) return { success: false };
  return next();
}
