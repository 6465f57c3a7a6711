// GET /events.ics — every upcoming public event as iCalendar, narrowed by the same query
// parameters as /{locale}/events (country, type, sector, language, month, format), so any
// filtered view can be subscribed to. ?locale=en|uk picks the language of titles.
import { siteOrigin } from "@/lib/site/origin";
import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { parseEventFilters } from "@/lib/event/filters";
import { feedLocale } from "@/lib/event/feed-locale";
import { buildEventsCalendar } from "@/lib/event/ical";
import { listEventsForFeed } from "@/lib/event/queries";
import { withRateLimit } from "@/lib/http/with-rate-limit";

export const dynamic = "force-dynamic";

export const GET = withRateLimit("feed", async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  const locale = feedLocale(params);
  const filters = { ...parseEventFilters(params), when: "upcoming" as const };
  const [events, t] = await Promise.all([listEventsForFeed(filters), getTranslations({ locale, namespace: "feed" })]);
  const body = buildEventsCalendar(events, { baseUrl: siteOrigin().origin, locale, name: t("eventsCalendar") });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="events.ics"',
      "Cache-Control": "public, max-age=300",
    },
  });
});
