import { useLocale, useTranslations } from "next-intl";
import { Localized } from "@/components/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { shiftMonth } from "@/lib/event/filters";
import { wallClock } from "@/lib/event/zoned-time";
import { formatMonth, formattingLocale } from "@/lib/i18n/dates";

export interface CalendarEvent {
  slug: string;
  title: unknown;
  startsAt: Date;
  timeZone: string;
}

/** "2026-10-24" and "18:00" of an instant in a zone. */
function localParts(instant: Date, timeZone: string) {
  const parts = wallClock(instant, timeZone);
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/**
 * A month as a table: weeks as rows from Monday, each day listing its events (placed on the day
 * they start in their own zone). Server-rendered; every event is a link, so Tab walks the month
 * in reading order, and previous/next month are plain links that keep the filters.
 */
export function EventCalendar({
  month,
  events,
  query,
}: {
  month: string;
  events: readonly CalendarEvent[];
  query: Record<string, string | string[]>;
}) {
  const locale = useLocale();
  const t = useTranslations("events");
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(year, monthNumber - 1, 1));
  const daysInMonth = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  const leading = (first.getUTCDay() + 6) % 7; // Monday first
  const byDay = new Map<string, { event: CalendarEvent; time: string }[]>();
  for (const event of events) {
    const { day, time } = localParts(event.startsAt, event.timeZone);
    byDay.set(day, [...(byDay.get(day) ?? []), { event, time }]);
  }
  const monthTitle = formatMonth(first, locale, "UTC");
  const weekdayFormat = new Intl.DateTimeFormat(formattingLocale(locale), { weekday: "short", timeZone: "UTC" });
  const weekdayLong = new Intl.DateTimeFormat(formattingLocale(locale), { weekday: "long", timeZone: "UTC" });
  const dayLabel = new Intl.DateTimeFormat(formattingLocale(locale), {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  });
  // 5 January 2026 was a Monday.
  const weekdays = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2026, 0, 5 + i)));
  const cells: (number | null)[] = [
    ...Array.from({ length: leading }, () => null),
    ...Array.from({ length: daysInMonth }, (_, i) => i + 1),
  ];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  const monthLink = (target: string) => ({ pathname: "/events", query: { ...query, view: "calendar", month: target } });

  return (
    <div>
      <nav aria-label={`${t("previousMonth")} / ${t("nextMonth")}`} className="flex flex-wrap items-center justify-between gap-2">
        <Link
          href={monthLink(shiftMonth(month, -1))}
          className="inline-flex min-h-11 items-center rounded-md border border-line bg-surface px-3 no-underline hover:border-brand"
        >
          <span aria-hidden="true">←&nbsp;</span>
          {t("previousMonth")}
        </Link>
        <h2 className="text-xl font-semibold capitalize" id="calendar-heading">
          {monthTitle}
        </h2>
        <Link
          href={monthLink(shiftMonth(month, 1))}
          className="inline-flex min-h-11 items-center rounded-md border border-line bg-surface px-3 no-underline hover:border-brand"
        >
          {t("nextMonth")}
          <span aria-hidden="true">&nbsp;→</span>
        </Link>
      </nav>
      <p className="mt-2 text-sm text-muted">{t("calendarHint")}</p>
      {events.length === 0 && (
        <p className="mt-4 rounded-lg border border-dashed border-line bg-surface p-4 text-muted">{t("calendarEmpty")}</p>
      )}
      {/* Wide grid on larger screens; on a phone the same table scrolls sideways inside its box. */}
      <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-label={t("calendarCaption", { month: monthTitle })}>
        <table className="w-full min-w-[42rem] table-fixed border-collapse text-sm">
          <caption className="sr-only">{t("calendarCaption", { month: monthTitle })}</caption>
          <thead>
            <tr>
              {weekdays.map((day) => (
                <th key={day.toISOString()} scope="col" className="border border-line bg-surface p-1 font-semibold">
                  <abbr title={weekdayLong.format(day)} className="no-underline">
                    {weekdayFormat.format(day)}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, index) => (
              <tr key={index}>
                {week.map((day, column) => {
                  if (day === null) return <td key={`empty-${column}`} className="border border-line bg-paper" />;
                  const key = `${month}-${String(day).padStart(2, "0")}`;
                  const entries = byDay.get(key) ?? [];
                  return (
                    <td key={key} className={`h-24 border border-line p-1 align-top ${entries.length ? "bg-brand-soft/40" : "bg-surface"}`}>
                      <div className="text-right text-xs font-semibold text-muted">
                        <time dateTime={key} aria-label={dayLabel.format(new Date(`${key}T00:00:00Z`))}>
                          {day}
                        </time>
                      </div>
                      {entries.length > 0 && (
                        <ul className="space-y-1">
                          {entries.map(({ event, time }) => (
                            <li key={event.slug} className="leading-tight">
                              <span className="block text-xs text-muted tabular-nums">{time}</span>
                              <Link href={`/events/${event.slug}`} className="text-xs font-medium">
                                <Localized value={event.title} />
                              </Link>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
