import { useLocale } from "next-intl";

const formattingLocale: Record<string, string> = { uk: "uk", en: "en-GB" };

/** "CEST", "GMT+3": the zone's short name at that instant, for labels. */
export function zoneLabel(instant: Date, timeZone: string, locale: string): string {
  try {
    const parts = new Intl.DateTimeFormat(formattingLocale[locale] ?? locale, { timeZone, timeZoneName: "short" }).formatToParts(instant);
    return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

/**
 * Start and end as a range in a given zone ("Sat 24 Oct 2026, 18:00 – Sun 25 Oct, 18:00").
 * Intl's formatRange drops what both ends share. Pure so the client component can reuse it.
 */
export function formatEventRange(startsAt: Date, endsAt: Date, timeZone: string, locale: string, { long = false } = {}): string {
  const format = new Intl.DateTimeFormat(formattingLocale[locale] ?? locale, {
    timeZone,
    weekday: long ? "long" : "short",
    day: "numeric",
    month: long ? "long" : "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  return format.formatRange(startsAt, endsAt);
}

/** The event's time in its own zone, with the zone named: what the organiser means. */
export function EventTime({
  startsAt,
  endsAt,
  timeZone,
  long = false,
}: {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  long?: boolean;
}) {
  const locale = useLocale();
  return (
    <>
      <time dateTime={startsAt.toISOString()}>{formatEventRange(startsAt, endsAt, timeZone, locale, { long })}</time>{" "}
      <span className="text-muted">({zoneLabel(startsAt, timeZone, locale)})</span>
    </>
  );
}
