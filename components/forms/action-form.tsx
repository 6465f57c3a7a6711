"use client";
// A form bound to a next-safe-action state action through React's useActionState: it works
// without JavaScript (the page re-renders with the result) and, with it, shows the result
// without a reload. For forms whose only feedback is one message (buttons, short forms).
import { useActionState, type ReactNode } from "react";
import type { ActionResultLike } from "./action-result";
import { FormMessage } from "./form-message";
import { IdempotencyKeyField } from "./idempotency-key-field";

// next-safe-action's result types are precise per action; the form only needs this shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type StateAction = (previous: any, input: FormData) => Promise<ActionResultLike>;

/**
 * A form's last result and the action to bind it to. Any state action fits, so one hook serves a
 * form that runs either of two (create or edit): their answers differ in type but share this shape.
 */
export function useStateAction(action: StateAction) {
  return useActionState(action, {} as ActionResultLike);
}

/** `once`: the form creates something (lib/actions/idempotency.ts); it stays on screen, so each success renews the key. */
export function ActionForm({
  action,
  children,
  className,
  successText,
  once = false,
}: {
  action: StateAction;
  children: ReactNode;
  className?: string;
  successText?: string;
  once?: boolean;
}) {
  const [result, formAction] = useStateAction(action);
  return (
    <form action={formAction} className={className}>
      {once ? <IdempotencyKeyField renewAfter={result?.data?.ok ? result : undefined} /> : null}
      {children}
      <FormMessage result={result} successText={successText} />
    </form>
  );
}
