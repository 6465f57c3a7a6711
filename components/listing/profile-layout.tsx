// The frame of a listing's profile (organisations, communities, partnerships): a link back to the
// list, a header, the main column beside a fact box. One markup, so the profiles look alike.
import type { ReactNode } from "react";
import { LocalizedParagraphs } from "@/components/i18n/localized-paragraphs";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/lib/i18n/navigation";
import { pickText } from "@/lib/i18n/localized-text";
import { DemoBadge } from "./demo-badge";
import { VerifiedBadge } from "./verified-badge";

/** "← All organisations": the arrow is decoration. */
export function BackLink({ href, className = "mb-4 text-sm", children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <p className={className}>
      <Link href={href}>
        <span aria-hidden="true">← </span>
        {children}
      </Link>
    </p>
  );
}

/** The profile's name as the page heading, a line saying what and where it is, then any notes and badges. */
export function ProfileHeader({ title, subtitle, children }: { title: ReactNode; subtitle: ReactNode; children?: ReactNode }) {
  return (
    <header className="border-b border-line pb-6">
      <h1 className="text-3xl leading-tight font-bold tracking-tight sm:text-4xl">{title}</h1>
      <p className="mt-2 text-lg text-muted">{subtitle}</p>
      {children}
    </header>
  );
}

/** "Verified" and "Demo", when either applies. */
export function ListingBadges({
  listing,
  className = "mt-3 flex flex-wrap gap-2",
}: {
  listing: { isVerified: boolean; isDemo: boolean };
  className?: string;
}) {
  if (!listing.isVerified && !listing.isDemo) return null;
  return (
    <p className={className}>
      {listing.isVerified && <VerifiedBadge />}
      {listing.isDemo && <DemoBadge />}
    </p>
  );
}

/** The main column (sections) beside the fact box, stacked on narrow screens. */
export function ProfileColumns({
  aside,
  mainClassName = "flex flex-col gap-8",
  children,
}: {
  aside: ReactNode;
  mainClassName?: string;
  children: ReactNode;
}) {
  return (
    <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]">
      <div className={mainClassName}>{children}</div>
      {aside}
    </div>
  );
}

/** The fact box: a heading, the facts (children of one <dl>), then when it was last updated and a small map. */
export function ProfileAside({
  headingId,
  heading,
  updated,
  map,
  children,
}: {
  headingId: string;
  heading: string;
  updated?: string;
  map?: ReactNode;
  children: ReactNode;
}) {
  return (
    <aside aria-labelledby={headingId} className="h-fit rounded-lg border border-line bg-surface p-5">
      <h2 id={headingId} className="mb-3 text-lg font-bold">
        {heading}
      </h2>
      <dl>{children}</dl>
      {updated ? <p className="mt-4 border-t border-line pt-3 text-sm text-muted">{updated}</p> : null}
      {map ? <div className="mt-4">{map}</div> : null}
    </aside>
  );
}

export interface TextSection {
  /** The section's id; its heading's id is `${id}-heading`. */
  id: string;
  title: string;
  /** Localized text; a section without text in any language is left out. */
  value: unknown;
}

/** A titled section of a profile's main column; its heading's id is `${id}-heading`. */
export function ProfileSection({
  id,
  heading,
  headingClassName = "mb-3 text-xl font-bold",
  children,
}: {
  id: string;
  heading: string;
  headingClassName?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={headingClassName}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** Titled free-text sections (mission, description, …), each only where there is text. */
export function TextSections({ sections, locale }: { sections: readonly TextSection[]; locale: string }) {
  return sections
    .filter((section) => pickText(section.value, locale))
    .map((section) => (
      <ProfileSection key={section.id} id={section.id} heading={section.title} headingClassName="mb-2 text-xl font-bold">
        <LocalizedParagraphs value={section.value} className="max-w-prose text-lg" />
      </ProfileSection>
    ));
}

/** A titled row of labels (sectors, cooperation goals); nothing when there are none. */
export function BadgeSection({ id, title, labels }: { id: string; title: string; labels: readonly string[] }) {
  if (labels.length === 0) return null;
  return (
    <ProfileSection id={id} heading={title}>
      <ul className="flex flex-wrap gap-2">
        {labels.map((label) => (
          <li key={label}>
            <Badge tone="brand">{label}</Badge>
          </li>
        ))}
      </ul>
    </ProfileSection>
  );
}

/** A titled two-column list of terms (a community's partner preferences, an organisation's offer). */
export function TermsSection({
  id,
  heading,
  headingClassName,
  listClassName,
  children,
}: {
  id: string;
  heading: string;
  headingClassName?: string;
  listClassName: string;
  children: ReactNode;
}) {
  return (
    <ProfileSection id={id} heading={heading} headingClassName={headingClassName}>
      <dl className={`grid gap-x-6 ${listClassName} sm:grid-cols-[max-content_1fr]`}>{children}</dl>
    </ProfileSection>
  );
}
