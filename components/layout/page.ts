// The opening lines every page under app/[locale] shares, said once.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import type { Locale, MessageKeys, Messages, NestedKeyOf } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { perRequest } from "@/lib/cache/shared-render";
import { requireLocale } from "@/lib/i18n/locale-param";

/** A message by its full path, e.g. "auth.outboxTitle". */
export type MessagePath = MessageKeys<Messages, NestedKeyOf<Messages>>;

/**
 * The page's locale, set for next-intl's server helpers; the page is rendered per request
 * (it reads the database or the session, and `next build` must not).
 */
export async function openPage(params: Promise<{ locale: string }>): Promise<Locale> {
  const locale = requireLocale((await params).locale);
  setRequestLocale(locale);
  await perRequest(); // except the shared copy of a public page (lib/cache/shared-render.ts)
  return locale;
}

/** As openPage, for a signed-in person: a visitor is sent to sign in, and back to `path` after. */
export async function openSignedInPage(params: Promise<{ locale: string }>, path: string) {
  const locale = await openPage(params);
  const viewer = await getViewer();
  if (!viewer) redirect(`/${locale}/sign-in?next=/${locale}${path}`);
  return { locale, viewer };
}

/**
 * A generateMetadata that only names the page. Pages for one person (forms, the account, the
 * moderation queues) pass `index: false` so search engines leave them out.
 */
export function titleMetadata(title: MessagePath, { index = true, values }: { index?: boolean; values?: Record<string, string> } = {}) {
  return async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
    const locale = requireLocale((await params).locale);
    const text = (await getTranslations({ locale }))(title, values);
    return index ? { title: text } : { title: text, robots: { index: false } };
  };
}
