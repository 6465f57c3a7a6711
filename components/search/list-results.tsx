// The results half of a list page (needs, events, partnerships, announcements): the count as the
// heading the results section is named by, the cards or an empty state, and paging.
import type { ComponentProps, ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { ListPagination } from "./list-pagination";

export interface Card {
  key: string;
  card: ReactNode;
}

/** Cards as list items; `className` lays the list out (a column, or a grid on the directories). */
export function CardList({ cards, className }: { cards: Card[]; className: string }) {
  return (
    <ul className={className}>
      {cards.map(({ key, card }) => (
        <li key={key}>{card}</li>
      ))}
    </ul>
  );
}

/** Said where a list has nothing to show, with the way back (clear the filters, or the first page). */
export function EmptyResults({ message, link }: { message: string; link?: { href: ComponentProps<typeof Link>["href"]; text: string } }) {
  return (
    <div className="mt-6 rounded-lg border border-dashed border-line bg-surface p-6 text-muted">
      <p>{message}</p>
      {link && (
        <p className="mt-2">
          <Link href={link.href}>{link.text}</Link>
        </p>
      )}
    </div>
  );
}

export function ListResults({
  heading,
  cards,
  empty,
  pathname,
  query,
  result,
}: {
  /** The count, e.g. "12 open needs". */
  heading: string;
  cards: Card[];
  /** Shown instead of the list when `cards` is empty (an EmptyResults). */
  empty: ReactNode;
} & ComponentProps<typeof ListPagination>) {
  return (
    <>
      <h2 id="results-heading" className="font-medium" aria-live="polite">
        {heading}
      </h2>
      {cards.length === 0 ? empty : <CardList cards={cards} className="mt-4 space-y-4" />}
      <ListPagination pathname={pathname} query={query} result={result} />
    </>
  );
}
