import { useLocale } from "next-intl";
import { formatDateTimeRange } from "@/lib/i18n/dates";

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
  return <time dateTime={startsAt.toISOString()}>{formatDateTimeRange(startsAt, endsAt, locale, timeZone, { weekday: long })}</time>;
}
