// The shape next-safe-action returns (flattened validation errors) and how a form reads it.
// Messages are keys under `forms` in messages/*.json, so one schema serves both languages.
export interface ActionResultLike {
  // void: actions that end in a redirect return nothing.
  data?: { ok: true; message?: string } | { ok: false; reason: string } | void;
  serverError?: string;
  validationErrors?: { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> };
}

export function fieldError(result: ActionResultLike | undefined, field: string): string | undefined {
  return result?.validationErrors?.fieldErrors[field]?.[0];
}

/** Why the action refused, when it did (an answer of `{ ok: false, reason }`). */
export function refusalReason(result: ActionResultLike | undefined): string | undefined {
  return result?.data && !result.data.ok ? result.data.reason : undefined;
}
