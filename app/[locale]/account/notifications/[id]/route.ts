// GET /{locale}/account/notifications/{id} — opening a notice: it is marked read, and the
// browser goes on to the thing it is about (or back to the list when it has no page). A link,
// not a form, so a notice opens like any other link (new tab, keyboard); the list uses plain
// <a> elements, never prefetched, so only a real visit marks a notice read.
import type { NextRequest } from "next/server";
import { hasLocale } from "next-intl";
import { getViewer } from "@/lib/auth/viewer";
import { withRateLimit } from "@/lib/http/with-rate-limit";
import { routing } from "@/lib/i18n/routing";
import { openNotice } from "@/lib/notification/mutations";
import { noticeId } from "@/lib/notification/schema";
import { absoluteUrl } from "@/lib/site/origin";

export const dynamic = "force-dynamic";

const seeOther = (path: string) =>
  new Response(null, { status: 303, headers: { Location: absoluteUrl(path), "Cache-Control": "private, no-store" } });

export const GET = withRateLimit("api", async (_request: NextRequest, { params }: { params: Promise<{ locale: string; id: string }> }) => {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const list = `/${locale}/account/notifications`;
  const viewer = await getViewer();
  if (!viewer) return seeOther(`/${locale}/sign-in?next=${encodeURIComponent(list)}`);
  if (!noticeId.safeParse(id).success) return seeOther(list);
  const opened = await openNotice(viewer, id);
  return seeOther(opened?.path ? `/${locale}${opened.path}` : list);
});
