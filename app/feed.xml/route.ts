// GET /feed.xml — Atom feed of announcements and new events. ?locale=en|uk.
import { siteOrigin } from "@/lib/site/origin";
import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { listNewestAnnouncements } from "@/lib/announcement/queries";
import { feedLocale } from "@/lib/event/feed-locale";
import { listNewestEvents } from "@/lib/event/queries";
import { buildNewsFeed } from "@/lib/news/atom";
import { withRateLimit } from "@/lib/http/with-rate-limit";

export const dynamic = "force-dynamic";

export const GET = withRateLimit("feed", async (request: NextRequest) => {
  const locale = feedLocale(request.nextUrl.searchParams);
  const [announcements, events, t, te] = await Promise.all([
    listNewestAnnouncements(30),
    listNewestEvents(30),
    getTranslations({ locale, namespace: "feed" }),
    getTranslations({ locale, namespace: "events" }),
  ]);
  const body = buildNewsFeed(
    { announcements, events },
    { baseUrl: siteOrigin().origin, locale, title: t("title"), description: t("description"), onlineLabel: te("online") },
  );
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
});
