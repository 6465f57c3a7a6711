import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

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

/** A row whose value is a list, comma-separated; nothing when the list is empty. */
export function ListTermRow({ term, values }: { term: string; values: string[] }) {
  if (values.length === 0) return null;
  return <TermRow term={term}>{values.join(", ")}</TermRow>;
}

/** A detail page's sectors, each linking to its list filtered by that sector; nothing when there are none. */
export function SectorsFact({
  term,
  pathname,
  sectors,
  className,
}: {
  term: string;
  /** The list page, e.g. "/events". */
  pathname: string;
  sectors: { value: string; label: string }[];
  className: string;
}) {
  if (sectors.length === 0) return null;
  return (
    <Fact term={term}>
      <ul className={className}>
        {sectors.map((sector) => (
          <li key={sector.value}>
            <Link href={{ pathname, query: { sector: sector.value } }} className="text-sm">
              {sector.label}
            </Link>
          </li>
        ))}
      </ul>
    </Fact>
  );
}
