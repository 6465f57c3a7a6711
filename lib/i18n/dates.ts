// The one way dates and times are written, on every page, by server and client components alike
// (pure: no React, no request). One date style per language ("28 March 2027" / "28 березня
// 2027 р."); a time is always written with the zone it is read in named beside it, because an
// unnamed "18:30" on a page read in Toronto about a meeting in Berlin means nothing certain.
// Events and polls are written in their own zone (docs/decisions/0010); records (audit trail,
// notices) in the site's zone. The reader's own time is added in the browser (components/event/
// local-time.tsx), never on the server, which cannot know it.
import { cities } from "@/lib/geo/places";
import { timeZone as siteTimeZone } from "./routing";

export { siteTimeZone };

/** Plain "en" formats the American way ("March 28, 2027"); the English copy is British. */
export function formattingLocale(locale: string): string {
  return locale === "en" ? "en-GB" : locale;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(formattingLocale(locale), options);
    formats.set(key, format);
  }
  return format;
}

// The one date style: day, month written out, year.
const dayOptions = { day: "numeric", month: "long", year: "numeric" } as const;
const timeOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;

/** A day: "28 March 2027" / "28 березня 2027 р.". Days (deadlines, publication) are read in the site's zone. */
export function formatDate(date: Date, locale: string, timeZone: string = siteTimeZone): string {
  return dateTimeFormat(locale, { ...dayOptions, timeZone }).format(date);
}

/** A month: "March 2027" / "березень 2027 р.". */
export function formatMonth(date: Date, locale: string, timeZone: string = siteTimeZone): string {
  return dateTimeFormat(locale, { year: "numeric", month: "long", timeZone }).format(date);
}

/** The gazetteer's city an IANA zone is named for ("Europe/Berlin" → Berlin), if it knows it. */
function zoneCity(timeZone: string) {
  const exemplar = timeZone.slice(timeZone.lastIndexOf("/") + 1).replace(/_/g, " ");
  return { exemplar, known: cities.find((city) => city.en === exemplar || city.aliases?.includes(exemplar)) };
}

/**
 * The zone as a reader names it, by the city it is named for: "Berlin time" / "за часом
 * Берліна" (the gazetteer keeps the genitive); a city it does not know keeps the id's spelling
 * in CLDR's own Ukrainian pattern ("час: Toronto"). UTC and other ids without a city fall back
 * to the runtime's long name ("Coordinated Universal Time").
 */
export function zoneName(timeZone: string, locale: string): string {
  if (timeZone.includes("/")) {
    const { exemplar, known } = zoneCity(timeZone);
    if (locale === "uk") return known ? `за часом ${known.ukGenitive}` : `час: ${exemplar}`;
    return `${known?.en ?? exemplar} time`;
  }
  try {
    const parts = dateTimeFormat(locale, { timeZone, timeZoneName: "long" }).formatToParts(new Date(0));
    return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

/** Day and time without the zone: "28 March 2027, 18:30" / "28 березня 2027 р., 18:30". */
function dayAndTime(date: Date, locale: string, timeZone: string): string {
  return `${formatDate(date, locale, timeZone)}, ${dateTimeFormat(locale, { ...timeOptions, timeZone }).format(date)}`;
}

/** An instant in a zone, the zone named: "28 March 2027, 18:30 (Berlin time)". */
export function formatDateTime(date: Date, locale: string, timeZone: string = siteTimeZone): string {
  return `${dayAndTime(date, locale, timeZone)} (${zoneName(timeZone, locale)})`;
}

/**
 * From–to in a zone, what both ends share written once ("28 March 2027, 18:30–21:00"), the
 * zone named. `weekday` adds the day of the week, which lists of events use.
 */
export function formatDateTimeRange(
  start: Date,
  end: Date,
  locale: string,
  timeZone: string,
  { weekday = false }: { weekday?: boolean } = {},
): string {
  const format = dateTimeFormat(locale, { ...dayOptions, ...timeOptions, ...(weekday ? { weekday: "short" } : {}), timeZone });
  return `${format.formatRange(start, end)} (${zoneName(timeZone, locale)})`;
}

/** "+01:00": a zone's offset from UTC at an instant. */
function offsetAt(instant: Date, timeZone: string): string {
  const parts = dateTimeFormat("en", { timeZone, timeZoneName: "longOffset" }).formatToParts(instant);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

/** Whether two zones show different clocks at an instant (Lagos and Berlin agree in winter only). */
export function clocksDiffer(instant: Date, zone: string, other: string): boolean {
  return zone !== other && offsetAt(instant, zone) !== offsetAt(instant, other);
}
