import "server-only";
// The server-action clients (next-safe-action), built once. Every action:
//   1. names itself (metadata.name) — the authorization matrix test lists actions by this name,
//   2. gets the viewer from the database (ctx.viewer; null when signed out),
//   3. validates its input with zod (validation errors come back per field, as message keys),
//   4. calls a mutation, which asks lib/auth/policy.ts `authorize` before touching anything.
// One client per level: `actionClient` for anyone, `memberAction` for the signed-in,
// `moderatorAction` for moderators and admins. The level is checked before the input is read;
// whether this person may act on this record is still the mutation's question.
// Expected refusals are values ({ ok: false, reason }); NotAllowedError becomes serverError
// "SIGN_IN_REQUIRED" or "FORBIDDEN"; anything else is logged and reported as "UNEXPECTED".
import { createSafeActionClient, returnValidationErrors } from "next-safe-action";
import { z } from "zod";
import { authorize, NotAllowedError } from "@/lib/auth/policy";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { replayGate, submitOnce } from "./idempotency";
import { markListingsChanged } from "@/lib/cache/listings-version";
import { tagSerial, tagsBumpedSince } from "@/lib/cache/tags";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { log } from "@/lib/log/logger";

export type ActionServerError = "SIGN_IN_REQUIRED" | "FORBIDDEN" | "DATABASE_UNAVAILABLE" | "IN_PROGRESS" | "UNEXPECTED";

// zod-form-data reads field names as paths ("a.b", "a[0]") and throws on these segments, and
// throws on input that is not an object (a hand-made request may send a number, a string or
// nothing at all); PostgreSQL refuses text holding NUL, which no form field can type. Thrown
// inside validation or the query, each would be reported as UNEXPECTED; refused here first, the
// sender gets a validation error like any other bad input.
const FORBIDDEN_SEGMENT = /(^|[.[\]])(__proto__|constructor|prototype)($|[.[\]])/;
const holdsNul = (value: unknown): boolean =>
  typeof value === "string" ? value.includes("\u0000") : Array.isArray(value) ? value.some(holdsNul) : false;
function readableInput(input: unknown): boolean {
  if (input === null || typeof input !== "object") return false;
  if (!(Symbol.iterator in input)) return !Object.values(input).some(holdsNul);
  if (Array.isArray(input)) return true;
  for (const entry of input as Iterable<unknown>) {
    if (!Array.isArray(entry)) continue;
    if (typeof entry[0] === "string" && (FORBIDDEN_SEGMENT.test(entry[0]) || entry[0].includes("\u0000"))) return false;
    if (holdsNul(entry[1])) return false;
  }
  return true;
}
const inputSchemaForTypes = z.object({ input: z.unknown() });

/** A visitor at an action that needs someone signed in (memberAction). */
class SignInRequired extends Error {}

const baseClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ name: z.string() }),
  defaultValidationErrorsShape: "flattened",
  handleServerError(error, { metadata }): ActionServerError {
    if (error instanceof NotAllowedError) return error.reason;
    if (error instanceof SignInRequired) return "SIGN_IN_REQUIRED";
    // A stopped or restarting database wrote nothing (each mutation is one transaction): the
    // person is told to try again, not that we broke (issue 21).
    if (isDatabaseUnavailable(error)) {
      log({ action: metadata?.name ?? "?" }).warn("database unavailable");
      return "DATABASE_UNAVAILABLE";
    }
    log({ action: metadata?.name ?? "?" }).error({ err: error }, "action failed unexpectedly");
    return "UNEXPECTED";
  },
})
  .use(async ({ clientInput, next }) => {
    if (!readableInput(clientInput)) returnValidationErrors(inputSchemaForTypes, { _errors: ["invalid"] });
    return next();
  })
  .use(async ({ next }) => {
    // The indexer marks listings changed inside the action's transaction, before it commits: a
    // search or page rendered in between reads the old rows and caches them under the new mark.
    // Once the action is over (committed or rolled back), mark again so nothing from that window
    // is served (facet counts, directory pages, map clusters all key on the mark).
    // With tags (lib/cache/tags.ts): the tags bumped meanwhile are bumped again.
    const before = tagSerial();
    try {
      return await next();
    } finally {
      const tags = tagsBumpedSince(before);
      if (tags.length > 0) markListingsChanged(tags);
    }
  });

// The viewer is set once per client (next-safe-action merges contexts deeply, concatenating
// arrays: setting it again would double the memberships). Then a form's idempotency key makes a
// double click or a resubmit create one record and answer the same (lib/actions/idempotency.ts);
// actions navigate with ctx.redirect so a replay can too.

/** Actions anyone may call; ctx.viewer is null for visitors. */
export const actionClient = baseClient
  .use(async ({ next }) => next({ ctx: { viewer: await getViewer() } }))
  .use(submitOnce)
  .use(replayGate);

/** Actions for signed-in people: visitors are refused before the input is read. */
export const memberAction = baseClient
  .use(async ({ next }) => next({ ctx: { viewer: signedIn(await getViewer()) } }))
  .use(submitOnce)
  .use(replayGate);

/** Actions for moderators and admins (the policy's "moderate" on the moderation queue). */
export const moderatorAction = baseClient
  .use(async ({ next }) => next({ ctx: { viewer: moderator(await getViewer()) } }))
  .use(submitOnce)
  .use(replayGate);

function signedIn(viewer: Viewer | null): Viewer {
  if (!viewer) throw new SignInRequired();
  return viewer;
}

function moderator(viewer: Viewer | null): Viewer {
  authorize(viewer, "moderate", "ModerationQueue");
  return viewer;
}
