// The frame of a post's page (events, announcements, polls): the links above it, and the text
// beside a fact box.
import type { ReactNode } from "react";
import { Localized } from "@/components/i18n/localized";
import { Link } from "@/lib/i18n/navigation";

/** Back to the list, and "Edit" for those who may. */
export function PostNav({
  back,
  edit,
  className = "flex flex-wrap justify-between gap-2 text-sm",
}: {
  back: { href: string; text: string };
  edit?: { href: string; text: string } | false | null;
  className?: string;
}) {
  return (
    <p className={className}>
      <Link href={back.href}>{back.text}</Link>
      {edit && (
        <Link href={edit.href} className="font-semibold">
          {edit.text}
        </Link>
      )}
    </p>
  );
}

/** The post's text beside its facts (the children of one <dl>), stacked on narrow screens. */
export function PostColumns({ facts, children }: { facts: ReactNode; children: ReactNode }) {
  return (
    <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_20rem]">
      <div className="min-w-0">{children}</div>
      <dl className="h-fit rounded-lg border border-line bg-surface p-4">{facts}</dl>
    </div>
  );
}

/** The top of a post in a list: its title linked to its page, and its badges beside it. */
export function PostCardHead({
  href,
  title,
  headingLevel = 3,
  badges,
}: {
  href: string;
  title: unknown;
  headingLevel?: 2 | 3;
  badges: ReactNode;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="flex flex-wrap items-start justify-between gap-2">
      <Heading className="text-lg leading-snug font-semibold">
        <Link href={href}>
          <Localized value={title} />
        </Link>
      </Heading>
      {badges}
    </div>
  );
}
