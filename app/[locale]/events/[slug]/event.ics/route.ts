// GET /{locale}/events/{slug}/event.ics — one event for "add to calendar", in its own zone.
import { siteOrigin } from "@/lib/site/origin";
import type { NextRequest } from "next/server";
import { hasLocale } from "next-intl";
import { buildEventsCalendar } from "@/lib/event/ical";
import { getPublicEvent } from "@/lib/event/queries";
import { pickText } from "@/lib/i18n/localized-text";
import { routing } from "@/lib/i18n/routing";
import { withRateLimit } from "@/lib/http/with-rate-limit";

export const dynamic = "force-dynamic";

export const GET = withRateLimit(
  "feed",
  async (request: NextRequest, { params }: { params: Promise<{ locale: string; slug: string }> }) => {
    const { locale, slug } = await params;
    if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
    const event = await getPublicEvent(slug);
    if (!event) return new Response("Not found", { status: 404 });
    const body = buildEventsCalendar([event], { baseUrl: siteOrigin().origin, locale, name: pickText(event.title, locale)?.text ?? slug });
    return new Response(body, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${slug}.ics"`,
        "Cache-Control": "public, max-age=300",
      },
    });
  },
);
