// The account page's sections say what they hold the same way: a heading the section is named by,
// then a list, or a sentence when the list is empty.
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

export function AccountSection({
  id,
  title,
  danger = false,
  children,
}: {
  id: string;
  title: string;
  danger?: boolean;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={danger ? "rounded-lg border border-danger p-4" : undefined}>
      <h2 id={id} className={danger ? "text-xl font-semibold text-danger" : "text-xl font-semibold"}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The items, or `empty` when there are none. */
export function ListOrEmpty({ empty, className, children }: { empty: ReactNode; className: string; children: ReactNode[] }) {
  return children.length === 0 ? <p className="mt-2 text-muted">{empty}</p> : <ul className={className}>{children}</ul>;
}

/** A listing's name, linked while its page is public. */
export function ListingName({
  href,
  published,
  className,
  children,
}: {
  href: string;
  published: boolean;
  className?: string;
  children: ReactNode;
}) {
  return published ? (
    <Link href={href} className={className}>
      {children}
    </Link>
  ) : (
    <span className={className}>{children}</span>
  );
}
