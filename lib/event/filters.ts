// The events list's filters, parsed from the URL once and used by the page, /events.ics and the
// feeds alike. Forgiving (lib/query-string/parsers.ts): an unknown value is dropped, never a
// 400, so a shared link with a stale value still opens.
import { EventType, Sector } from "@/generated/prisma/enums";
import {
  countryCodes,
  enumList,
  languageCodes,
  oneOf,
  PAGE_SIZE,
  pageNumber,
  queryString,
  textMatching,
  type RawParams,
} from "@/lib/query-string/parsers";
import { wallClock } from "./zoned-time";

export const EVENTS_PAGE_SIZE = PAGE_SIZE;

/** "2026-12": a calendar month, years kept sane. */
const month = textMatching(/^(19[7-9]\d|2\d{3})-(0[1-9]|1[0-2])$/);

const url = queryString({
  country: countryCodes(),
  type: enumList(EventType),
  sector: enumList(Sector),
  language: languageCodes(),
  month,
  /** online only, in person only, or both (null). */
  format: oneOf(["online", "in-person"] as const),
  /** Upcoming (the default, soonest first) or the archive of past events (latest first). */
  when: oneOf(["upcoming", "past"] as const).withDefault("upcoming"),
  view: oneOf(["list", "calendar"] as const).withDefault("list"),
  page: pageNumber(),
});

export interface EventFilters {
  country: string[];
  type: EventType[];
  sector: Sector[];
  language: string[];
  month: string | null;
  format: "online" | "in-person" | null;
  when: "upcoming" | "past";
  view: "list" | "calendar";
  page: number;
}

export function parseEventFilters(params: RawParams): EventFilters {
  return url.read(params);
}

/** The filters back as URL query values (defaults and the page left out), for links, pagination and feeds. */
export function eventFiltersToQuery(filters: EventFilters, { withView = true }: { withView?: boolean } = {}): Record<string, string[]> {
  return url.query({ ...filters, view: withView ? filters.view : null, page: null });
}

/** The same as a query string ("" or "?country=DE&…"). */
export function eventFiltersToSearch(filters: EventFilters, { withView = true }: { withView?: boolean } = {}): string {
  const text = url.write({ ...filters, view: withView ? filters.view : null, page: null }).toString();
  return text ? `?${text}` : "";
}

/** Month arithmetic on "YYYY-MM" strings, no time zones involved. */
export function shiftMonth(month: string, by: number): string {
  const [year, monthIndex] = month.split("-").map(Number) as [number, number];
  const total = year * 12 + (monthIndex - 1) + by;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`;
}

/** The month an instant falls in, in a time zone ("2026-10"). */
export function monthOf(instant: Date, timeZone: string): string {
  const { year, month } = wallClock(instant, timeZone);
  return `${year}-${month}`;
}
