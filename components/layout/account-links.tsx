"use client";
// Sign in, or the signed-in person's account (and moderation, for moderators). Rendered in the
// browser from /api/v1/viewer, not on the server: the layout then reads no cookie, so the HTML
// of public pages is the same for everyone and the directory can serve it from a cache
// (docs/decisions/0014-cached-directory-pages.md). The server renders "Sign in", which is also
// what a browser without JavaScript keeps; /sign-in sends a signed-in person on to the account.
import { useEffect, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

const linkClass =
  "flex min-h-11 items-center whitespace-nowrap rounded-md px-3 font-medium no-underline text-ink hover:bg-brand-soft hover:text-brand-strong";

interface ViewerSummary {
  signedIn: boolean;
  moderator: boolean;
}

// One summary for both copies of the links (header row and phone menu), asked again after each
// navigation (signing in or out is one). Remembered for the tab, so a signed-in person's next
// page shows "My account" from the first paint instead of after the request.
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

function refresh(): void {
  pending ??= fetch("/api/v1/viewer", { cache: "no-store" })
    .then((response) => (response.ok ? (response.json() as Promise<ViewerSummary>) : null))
    .then((next) => {
      if (!next) return;
      summary = next;
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
  const pathname = usePathname();
  const viewer = useSyncExternalStore(subscribe, snapshot, () => null);
  useEffect(refresh, [pathname]);
  return (
    <ul className={layout === "row" ? "flex items-center gap-1" : "flex flex-col gap-1 border-t border-line pt-2"}>
      {viewer?.moderator ? (
        <li>
          <Link href="/admin" className={linkClass}>
            {t("admin")}
          </Link>
        </li>
      ) : null}
      <li>
        {viewer?.signedIn ? (
          <Link href="/account" className={linkClass}>
            {t("account")}
          </Link>
        ) : (
          <Link href="/sign-in" className={linkClass}>
            {t("signIn")}
          </Link>
        )}
      </li>
    </ul>
  );
}
