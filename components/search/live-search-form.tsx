"use client";
// The directory's search form. Without JavaScript it is a plain GET form (the submit button
// applies text, facets and sort). With JavaScript, typing updates the URL after a pause and
// ticking a facet or changing the sort applies at once; the server renders the new results
// while the input keeps its focus and text (it is uncontrolled and never re-mounted).
import { useEffect, useRef, useTransition, type ReactNode } from "react";
import { usePathname, useRouter } from "next/navigation";

const TYPING_PAUSE_MS = 300;

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
