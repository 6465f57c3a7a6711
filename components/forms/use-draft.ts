// React resets a form after its action runs. A form that takes what was sent as its new defaults
// keeps the typed text on screen when a field needs correcting (long texts, a poll's options).
import { useState, type FormEvent } from "react";

type Draftable<V> = { [K in keyof V]: string | boolean | string[] | null };

/**
 * What a form sent, in the shape of its values: each field read as the kind of value it has there
 * (a text, a ticked box, the ticked boxes of a group). A text the form did not send reads "";
 * a field that starts as null (not offered on this form) stays null unless it was sent.
 */
export function sentValues<V extends Draftable<V>>(data: FormData, like: V): V {
  const read = (name: string, start: unknown) =>
    typeof start === "boolean"
      ? data.has(name)
      : Array.isArray(start)
        ? data.getAll(name).map(String)
        : start === null && !data.has(name)
          ? null
          : String(data.get(name) ?? "");
  return Object.fromEntries(Object.entries(like).map(([name, start]) => [name, read(name, start)])) as V;
}

/** The form's current defaults, and the submit handler that makes what was sent (`adjust`ed) the next ones. */
export function useDraft<V extends Draftable<V>>(values: V, adjust: (sent: V) => V = (sent) => sent) {
  const [draft, setDraft] = useState(values);
  const remember = (event: FormEvent<HTMLFormElement>) => setDraft(adjust(sentValues(new FormData(event.currentTarget), values)));
  return [draft, remember] as const;
}

/**
 * A form's `onReset` that keeps every field as sent. React resets a form after its action runs,
 * which, when the answer is a refusal, empties what the person typed and puts lists and boxes back
 * to their first state. Cancelling that reset leaves texts, selects and boxes as they were, and the
 * messages next to them say what to correct. For forms that do not keep a draft (useDraft).
 */
export function keepValuesOnReset(event: FormEvent<HTMLFormElement>): void {
  event.preventDefault();
}
