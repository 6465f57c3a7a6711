// What the pages that post for a listing (events, announcements, polls) share around their form.
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { openPage } from "@/components/layout/page";
import { getViewer } from "@/lib/auth/viewer";
import { PostingGate } from "./posting-gate";
import { postingOwnerOptions } from "./posting-owners";

type PostForm = "eventForm" | "pollForm" | "announcementForm" | "dialogueForms.form";

export type NewPostProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The page's locale, the viewer, the listings they may post for, and the `submitted` marker the
 * form's action redirects back with (a fresh form, and idempotency key, after each post).
 */
export async function openNewPost({ params, searchParams }: NewPostProps) {
  const locale = await openPage(params);
  const submitted = (await searchParams).submitted;
  const viewer = await getViewer();
  const owners = await postingOwnerOptions(viewer, locale);
  return { locale, viewer, owners, submitted: typeof submitted === "string" ? submitted : null };
}

/** The heading and lead of the form's messages, then the form behind the posting gate. */
export async function NewPostFrame({
  form,
  path,
  posting,
  back,
  children,
}: {
  form: PostForm;
  /** This page's path without the locale, for the sign-in link's way back. */
  path: string;
  posting: Awaited<ReturnType<typeof openNewPost>>;
  back?: ReactNode;
  children: ReactNode;
}) {
  const t = await getTranslations();
  return (
    <div className="mx-auto max-w-2xl">
      {back}
      <h1 className={back ? "mt-2 text-3xl font-bold tracking-tight" : "text-3xl font-bold tracking-tight"}>{t(`${form}.newTitle`)}</h1>
      <p className="mt-2 text-lg text-muted">{t(`${form}.newLead`)}</p>
      <PostingGate
        submitted={posting.submitted !== null}
        signedIn={posting.viewer !== null}
        hasOwners={posting.owners.length > 0}
        signInHref={`/sign-in?next=/${posting.locale}${path}`}
        text={{ submitted: t(`${form}.submitted`), signInFirst: t(`${form}.signInFirst`), noListings: t(`${form}.noListings`) }}
      >
        {children}
      </PostingGate>
    </div>
  );
}
