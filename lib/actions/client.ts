import "server-only";
// The server-action clients (next-safe-action), built once. Every action:
//   1. names itself (metadata.name) — the authorization matrix test lists actions by this name,
//   2. gets the viewer from the database (ctx.viewer; null when signed out),
//   3. validates its input with zod (validation errors come back per field, as message keys),
//   4. calls lib/auth/policy.ts `authorize` before touching anything.
// Expected refusals are values ({ ok: false, reason }); NotAllowedError becomes serverError
// "SIGN_IN_REQUIRED" or "FORBIDDEN"; anything else is logged and reported as "UNEXPECTED".
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { NotAllowedError } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";

export type ActionServerError = "SIGN_IN_REQUIRED" | "FORBIDDEN" | "UNEXPECTED";

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ name: z.string() }),
  defaultValidationErrorsShape: "flattened",
  handleServerError(error, { metadata }): ActionServerError {
    if (error instanceof NotAllowedError) return error.reason;
    console.error(`[action ${metadata?.name ?? "?"}]`, error);
    return "UNEXPECTED";
  },
}).use(async ({ next }) => next({ ctx: { viewer: await getViewer() } }));
