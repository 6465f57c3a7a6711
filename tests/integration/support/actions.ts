// Calling server actions as a browser does: with FormData, as a state action or a plain one, and
// reading the redirect a finished action ends with.
import path from "node:path";
import { root } from "./discover";

/** FormData as a form sends it: a list value is the same name repeated. */
export function formData(values: Record<string, string | string[] | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  return data;
}

/** The digest of the redirect `error` is ("NEXT_REDIRECT;replace;/en/…;307;"), or undefined for any other error. */
export function redirectOf(error: unknown): string | undefined {
  const digest = String((error as { digest?: string } | null)?.digest ?? "");
  return digest.startsWith("NEXT_REDIRECT") ? digest : undefined;
}

/** The action's answer, or the redirect it ended with; any other error is thrown on. */
export async function settle<T>(call: Promise<T>): Promise<{ result: T } | { redirect: string }> {
  try {
    return { result: await call };
  } catch (error) {
    const redirect = redirectOf(error);
    if (redirect === undefined) throw error;
    return { redirect };
  }
}

type Action = (...args: unknown[]) => Promise<unknown>;
export type ActionResult = { serverError?: unknown; validationErrors?: unknown; data?: unknown } | undefined;

/** The function behind "path/to/module.ts#exportName" (as discoverActions() names it). */
export async function loadAction(action: string): Promise<Action> {
  const [file, name] = action.split("#") as [string, string];
  const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, Action>;
  return mod[name]!;
}

/**
 * Calls an action with `input` whether it is a state action (useActionState: previous state,
 * input) or a plain one, which called the first way reads `{}` as its input and answers with
 * validation errors only: then it is called again with the input alone.
 */
export async function callAction(action: Action, input: unknown): Promise<ActionResult> {
  const first = (await action({}, input)) as ActionResult;
  if (!first?.validationErrors) return first;
  return ((await action(input)) as ActionResult) ?? first;
}
