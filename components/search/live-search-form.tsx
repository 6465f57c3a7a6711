"use client";
// The directory's search form. Without JavaScript it is a plain GET form (the submit button
// applies text, facets and sort). With JavaScript, typing updates the URL after a pause and
// ticking a facet or changing the sort applies at once; the server renders the new results
// while the input keeps its focus and text (it is uncontrolled and never re-mounted).
import { useEffect, useLayoutEffect, useRef, useTransition, type ReactNode } from "react";
import { usePathname, useRouter } from "next/navigation";

const TYPING_PAUSE_MS = 300;

/**
 * Visitors without a session get each search as its own cached page (docs/decisions/0014), so
 * a new search mounts a new form. What had focus in the old one (the text box with its caret
 * and any letters typed while the page loaded, a facet, the sort) is carried over to the new
 * one, as if it were the same form: a keyboard user stays where they were.
 */
interface Carried {
  at: number;
  name: string;
  value: string;
  text: string | null;
  selection: [number | null, number | null];
}
let carried: Carried | null = null;

function rememberFocus(form: HTMLFormElement | null): void {
  const active = document.activeElement;
  carried =
    form && (active instanceof HTMLInputElement || active instanceof HTMLSelectElement) && form.contains(active)
      ? {
          at: Date.now(),
          name: active.name,
          value: active.value,
          text: active.type === "search" ? active.value : null,
          selection:
            active instanceof HTMLInputElement && active.type === "search" ? [active.selectionStart, active.selectionEnd] : [null, null],
        }
      : null;
}

/** Focuses the carried control in the new form; true when its text is newer than the page's. */
function restoreFocus(form: HTMLFormElement, from: Carried): boolean {
  const control = [...form.elements].find(
    (element): element is HTMLInputElement | HTMLSelectElement =>
      (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) &&
      element.name === from.name &&
      (from.text !== null || element instanceof HTMLSelectElement || element.value === from.value),
  );
  if (!control) return false;
  control.focus({ preventScroll: true });
  if (from.text === null || !(control instanceof HTMLInputElement)) return false;
  // The page shows the query as the server cleaned it (spaces collapsed); only other letters count.
  const newer = control.value !== from.text.replace(/\s+/g, " ").trim();
  control.value = from.text;
  control.setSelectionRange(from.selection[0], from.selection[1]);
  return newer;
}

function urlFor(form: HTMLFormElement, pathname: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "") params.append(key, value);
  }
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

export function LiveSearchForm({ children, className, busyLabel }: { children: ReactNode; className?: string; busyLabel: string }) {
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  useEffect(() => () => clearTimeout(timer.current), []);

  // Typing replaces the history entry (one entry per search, not per letter); a facet, the sort
  // or the submit button adds one, so Back undoes the last choice.
  const apply = (mode: "push" | "replace") => {
    if (!form.current) return;
    const url = urlFor(form.current, pathname);
    startTransition(() => router[mode](url, { scroll: false }));
  };

  // Layout effects: the old form's cleanup runs while it is still in the document.
  useLayoutEffect(() => {
    const element = form.current;
    if (carried && element && Date.now() - carried.at < 5000 && restoreFocus(element, carried)) {
      // Letters typed while the page loaded have not been searched for yet.
      timer.current = setTimeout(() => apply("replace"), TYPING_PAUSE_MS);
    }
    carried = null;
    return () => rememberFocus(element);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per form: mount and unmount
  }, []);

  return (
    <form
      ref={form}
      method="get"
      role="search"
      className={className}
      aria-busy={pending}
      onSubmit={(event) => {
        event.preventDefault();
        clearTimeout(timer.current);
        apply("push");
      }}
      onInput={(event) => {
        const target = event.target as HTMLInputElement;
        clearTimeout(timer.current);
        // Typed text and numbers wait for a pause; checkboxes and selects apply at once.
        if (target.type === "search" || target.type === "number") timer.current = setTimeout(() => apply("replace"), TYPING_PAUSE_MS);
        else apply("push");
      }}
    >
      {children}
      <p aria-live="polite" className="sr-only">
        {pending ? busyLabel : ""}
      </p>
    </form>
  );
}
