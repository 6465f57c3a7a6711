import "server-only";
// The server-action clients (next-safe-action), built once. Every action:
//   1. names itself (metadata.name) — the authorization matrix test lists actions by this name,
//   2. gets the viewer from the database (ctx.viewer; null when signed out),
//   3. validates its input with zod (validation errors come back per field, as message keys),
//   4. calls lib/auth/policy.ts `authorize` before touching anything.
// Expected refusals are values ({ ok: false, reason }); NotAllowedError becomes serverError
// "SIGN_IN_REQUIRED" or "FORBIDDEN"; anything else is logged and reported as "UNEXPECTED".
import { createSafeActionClient, returnValidationErrors } from "next-safe-action";
import { z } from "zod";
import { NotAllowedError } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { replayGate, submitOnce } from "./idempotency";
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

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ name: z.string() }),
  defaultValidationErrorsShape: "flattened",
  handleServerError(error, { metadata }): ActionServerError {
    if (error instanceof NotAllowedError) return error.reason;
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
  .use(async ({ next }) => next({ ctx: { viewer: await getViewer() } }))
  // A form's idempotency key makes a double click or a resubmit create one record and answer
  // the same (lib/actions/idempotency.ts); actions navigate with ctx.redirect so a replay can too.
  .use(submitOnce)
  .use(replayGate);
