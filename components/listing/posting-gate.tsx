import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

/**
 * What the pages that post for a listing (events, announcements, polls) show around their form:
 * the "submitted, waiting for a moderator" note after a post, a sign-in link for visitors, a
 * note for people who represent no listing yet, and otherwise the form.
 */
export function PostingGate({
  submitted,
  signedIn,
  hasOwners,
  signInHref,
  text,
  children,
}: {
  submitted: boolean;
  signedIn: boolean;
  hasOwners: boolean;
  /** The sign-in page with `next` back to this form. */
  signInHref: string;
  text: { submitted: string; signInFirst: string; noListings: string };
  children: ReactNode;
}) {
  return (
    <>
      {submitted && (
        <p role="status" className="mt-6 rounded-md border border-ok-soft bg-ok-soft p-4 text-ok">
          {text.submitted}
        </p>
      )}
      {!signedIn ? (
        <p className="mt-6 rounded-md border border-note-line bg-note-soft p-4">
          <Link href={signInHref} className="font-semibold">
            {text.signInFirst}
          </Link>
        </p>
      ) : !hasOwners ? (
        <p className="mt-6 rounded-md border border-note-line bg-note-soft p-4">{text.noListings}</p>
      ) : (
        children
      )}
    </>
  );
}
