import type { ReactNode } from "react";

/** One entry of a detail page's fact box (a <dl>): the term, small, above its value. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="border-t border-line py-3 first:border-t-0 first:pt-0">
      <dt className="text-sm font-semibold text-muted">{term}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}

/** One row of a two-column <dl> (the term beside its value on wide screens). */
export function TermRow({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
