"use client";
// Sign in, or the signed-in person's account (and moderation, for moderators). The layout reads
// no cookie, so the HTML of public pages is the same for everyone and the directory can serve it
// from a cache (docs/decisions/0014-cached-directory-pages.md). Every variant is therefore in the
// HTML, and app/globals.css shows the one <html data-viewer> names: set before the first paint
// by the inline script of lib/auth/viewer-hint.ts from a hint cookie, and kept in step here with
// /api/v1/viewer's answer. Without JavaScript "Sign in" shows; /sign-in sends a signed-in person
// on to the account. The hint only picks links: every permission is checked on the server.
import { useEffect, useLayoutEffect, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { readViewerHint, type ViewerHint } from "@/lib/auth/viewer-hint";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { unreadCount, type ViewerSummary } from "./viewer-summary";

const linkClass =
  "flex min-h-11 items-center whitespace-nowrap rounded-md px-3 font-medium no-underline text-ink hover:bg-brand-soft hover:text-brand-strong";

// One summary for both copies of the links (header row and phone menu), asked again after
// each navigation (signing in or out is one). Remembered for the tab, so the unread count shows
// on the next page before the request answers.
const STORAGE_KEY = "atlas.viewer";
const listeners = new Set<() => void>();
let summary: ViewerSummary | null | undefined;
let pending: Promise<void> | null = null;

function snapshot(): ViewerSummary | null {
  if (summary === undefined) {
    try {
      summary = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? "null") as ViewerSummary | null;
    } catch {
      summary = null;
    }
  }
  return summary;
}

/** Names the variant CSS shows: the cookie's hint on navigation, the server's answer after it. */
function showVariant(hint: ViewerHint | null): void {
  if (hint) document.documentElement.setAttribute("data-viewer", hint);
  else document.documentElement.removeAttribute("data-viewer");
}

function refresh(): void {
  pending ??= fetch("/api/v1/viewer", { cache: "no-store" })
    .then((response) => (response.ok ? (response.json() as Promise<ViewerSummary>) : null))
    .then((next) => {
      if (!next) return;
      summary = next;
      showVariant(next.signedIn ? (next.moderator ? "moderator" : "member") : null);
      try {
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      } catch {
        // Storage may be off (private mode); the links still follow the answer.
      }
      for (const listener of listeners) listener();
    })
    .catch(() => undefined)
    .finally(() => {
      pending = null;
    });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function AccountLinks({ layout }: { layout: "row" | "column" }) {
  const t = useTranslations("auth");
  const tn = useTranslations("nav");
  const pathname = usePathname();
  const viewer = useSyncExternalStore(subscribe, snapshot, () => null);
  // A sign-in or sign-out is a server action and a client-side navigation, not a new document:
  // the head script does not run again, so the cookie it reads is read here before the paint.
  useLayoutEffect(() => showVariant(readViewerHint(document.cookie)), [pathname]);
  useEffect(refresh, [pathname]);
  const unread = unreadCount(viewer);
  return (
    <ul className={layout === "row" ? "flex items-center gap-1" : "flex flex-col gap-1 border-t border-line pt-2"}>
      <li className="when-moderator">
        <Link href="/admin" className={linkClass}>
          {t("admin")}
        </Link>
      </li>
      <li className="when-signed-out">
        <Link href="/sign-in" className={linkClass}>
          {t("signIn")}
        </Link>
      </li>
      <li className="when-signed-in">
        <Link href="/account" className={`${linkClass} gap-1.5`}>
          {t("account")}
          {unread > 0 && (
            <>
              <span
                aria-hidden="true"
                className="min-w-6 rounded-full bg-brand px-1.5 text-center text-xs leading-6 font-semibold text-white tabular-nums"
              >
                {unread > 99 ? "99+" : unread}
              </span>
              <span className="sr-only">{`, ${tn("unread", { count: unread })}`}</span>
            </>
          )}
        </Link>
      </li>
    </ul>
  );
}
