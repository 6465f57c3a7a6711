// iCalendar files of events (the /events.ics feed and "add to calendar"), built with
// ical-generator. Times carry TZID of the event's own zone plus a VTIMEZONE block, so a
// calendar shows 18:30 Berlin time as the organiser meant it, on either side of a
// daylight-saving change. Pure: takes rows, returns text; the route handlers do the reading.
import ical, { type ICalDateTimeValue } from "ical-generator";
import { t } from "@/lib/i18n/localized-text";
import type { EventRow } from "./row";
import { vtimezone } from "./vtimezone";
import { wallClock } from "./zoned-time";

/** What a calendar entry says of an event: all but its registration deadline, languages and sectors. */
export type IcalEventData = Omit<EventRow, "registrationDeadline" | "languages" | "sectors">;

/**
 * An instant as ical-generator's Luxon-shaped value: the library formats a plain Date in the
 * server's own zone when a TZID is set, and asks Luxon-like objects for the wall clock in the
 * event's zone instead. This stub answers from Intl, so no date library is needed.
 */
export function zonedValue(instant: Date): ICalDateTimeValue {
  const stub = (zone: string) => ({
    isValid: true,
    zone: { type: "iana" },
    toJSDate: () => instant,
    toJSON: () => instant.toISOString(),
    setZone: (next?: string) => stub(next ?? zone),
    toFormat(format: string): string {
      const parts = wallClock(instant, zone);
      if (format === "yyyyLLdd") return `${parts.year}${parts.month}${parts.day}`;
      if (format === "HHmmss") return `${parts.hour}${parts.minute}${parts.second}`;
      throw new Error(`unexpected format ${format}`);
    },
  });
  return stub("UTC");
}

export function buildEventsCalendar(
  events: readonly IcalEventData[],
  { baseUrl, locale, name }: { baseUrl: string; locale: string; name: string },
): string {
  const calendar = ical({ name, prodId: { company: "Diaspora Atlas", product: "events", language: locale.toUpperCase() } });
  // The name stays empty: events carry their own zones, the calendar claims none.
  calendar.timezone({ name: "", generator: vtimezone });
  for (const event of events) {
    const url = `${baseUrl}/${locale}/events/${event.slug}`;
    const place = event.isOnline ? event.onlineUrl : [event.venue, event.city, event.country].filter(Boolean).join(", ");
    const description = [t(event.description, locale), event.registrationUrl ? `${event.registrationUrl}` : "", url]
      .filter(Boolean)
      .join("\n\n");
    calendar.createEvent({
      id: `${event.id}@diaspora-atlas`,
      start: zonedValue(event.startsAt),
      end: zonedValue(event.endsAt),
      timezone: vtimezone(event.timeZone) ? event.timeZone : null,
      summary: t(event.title, locale),
      description,
      location: place || null,
      url,
      categories: [{ name: event.type }],
      stamp: event.updatedAt,
      created: event.createdAt,
      lastModified: event.updatedAt,
    });
  }
  return calendar.toString();
}
