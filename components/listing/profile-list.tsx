import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

/**
 * A block of a profile that lists what belongs to the listing (partnerships, events,
 * announcements): a heading, the items or a sentence saying there are none, and a link to the
 * whole list.
 */
export function ProfileList({
  headingId,
  heading,
  headingLevel = 2,
  empty,
  listClassName = "space-y-3",
  more,
  children,
}: {
  headingId: string;
  heading: string;
  headingLevel?: 2 | 3;
  /** Said instead of the list when there are no items. */
  empty: string;
  listClassName?: string;
  more: { href: string; text: string };
  /** The <li> elements. */
  children: ReactNode[];
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId} className="mb-3 text-xl font-bold">
        {heading}
      </Heading>
      {children.length === 0 ? <p className="text-muted">{empty}</p> : <ul className={listClassName}>{children}</ul>}
      <p className="mt-3">
        <Link href={more.href}>{more.text} →</Link>
      </p>
    </section>
  );
}
