// What the edit pages of posts (events, announcements, polls) share: who may open them, the
// author's edit that still waits, and the frame around the form.
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import type { Locale } from "next-intl";
import { openPage } from "@/components/layout/page";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { asLocalizedText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import type { ReviewedType } from "@/lib/listing/pending-edit";
import { getOpenChange } from "@/lib/listing/queries";
import { PendingChangeNote } from "./pending-change-note";

/**
 * The post to edit and the author's open edit of it. Not found and not allowed look the same:
 * an edit page does not confirm that a pending post exists.
 */
export async function openPostEdit<T extends { id: string }>(
  params: Promise<{ locale: string; slug: string }>,
  read: (slug: string) => Promise<T | null>,
  mayEdit: (viewer: Viewer | null, post: T) => boolean,
  type: ReviewedType,
) {
  const [locale, { slug }] = await Promise.all([openPage(params), params]);
  const [viewer, post] = await Promise.all([getViewer(), read(slug)]);
  if (!post || !mayEdit(viewer, post)) notFound();
  const pending = await getOpenChange(type, post.id, viewer?.id);
  return { locale, post, pending };
}

/** Back to the post, the heading and its status, a note when an earlier edit still waits, then the form. */
export function EditPostFrame({
  href,
  name,
  slug,
  heading,
  status,
  pending,
  locale,
  children,
}: {
  href: string;
  /** The post's localized title. */
  name: unknown;
  slug: string;
  heading: string;
  status: string;
  pending: { createdAt: Date } | null;
  locale: Locale;
  children: ReactNode;
}) {
  const title = asLocalizedText(name);
  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm">
        <Link href={href}>← {title[locale] ?? title.uk ?? title.en ?? slug}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{heading}</h1>
      <p className="mt-2 text-muted">{status}</p>
      {pending ? <PendingChangeNote createdAt={pending.createdAt} locale={locale} /> : null}
      {children}
    </div>
  );
}
