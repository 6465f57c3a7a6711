// The events list's filters, parsed from the URL once and used by the page, /events.ics and the
// feeds alike. Forgiving like lib/need/filters.ts: an unknown value is dropped, never a 400, so
// a shared link with a stale value still opens.
import { z } from "zod";
import { EventType, Sector } from "@/generated/prisma/enums";

export const EVENTS_PAGE_SIZE = 20;

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function values(params: RawParams, key: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(key) : params[key];
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return list.flatMap((value) => value.split(",")).map((value) => value.trim()).filter(Boolean).slice(0, 40);
}

/** A list of allowed values: invalid entries dropped one by one, duplicates removed. */
const listOf = <T extends z.ZodType<string>>(item: T) =>
  z.array(z.string()).transform((list) => [...new Set(list.flatMap((value) => {
    const parsed = item.safeParse(value);
    return parsed.success ? [parsed.data as z.output<T>] : [];
  }))]);

const countryCode = z.string().transform((value) => value.toUpperCase()).pipe(z.string().regex(/^[A-Z]{2}$/));
const languageCode = z.string().transform((value) => value.toLowerCase()).pipe(z.string().regex(/^[a-z]{2,3}$/));
/** "2026-12": a calendar month, years kept sane. */
const monthSchema = z.string().regex(/^(19[7-9]\d|2\d{3})-(0[1-9]|1[0-2])$/);

export const eventFiltersSchema = z.object({
  country: listOf(countryCode),
  type: listOf(z.enum(EventType)),
  sector: listOf(z.enum(Sector)),
  language: listOf(languageCode),
  month: monthSchema.nullable().catch(null),
  /** online only, in person only, or both (null). */
  format: z.enum(["online", "in-person"]).nullable().catch(null),
  /** Upcoming (the default, soonest first) or the archive of past events (latest first). */
  when: z.enum(["upcoming", "past"]).catch("upcoming"),
  view: z.enum(["list", "calendar"]).catch("list"),
  page: z.coerce.number().int().min(1).max(500).catch(1),
});

export type EventFilters = z.output<typeof eventFiltersSchema>;

export function parseEventFilters(params: RawParams): EventFilters {
  const first = (key: string) => values(params, key)[0] ?? null;
  return eventFiltersSchema.parse({
    country: values(params, "country"),
    type: values(params, "type"),
    sector: values(params, "sector"),
    language: values(params, "language"),
    month: first("month"),
    format: first("format"),
    when: first("when") ?? undefined,
    view: first("view") ?? undefined,
    page: first("page") ?? 1,
  });
}

/** The filters back as URL query values (defaults left out), for links, pagination and feeds. */
export function eventFiltersToQuery(filters: EventFilters, { withView = true }: { withView?: boolean } = {}): Record<string, string | string[]> {
  return {
    ...(filters.country.length ? { country: filters.country } : {}),
    ...(filters.type.length ? { type: filters.type } : {}),
    ...(filters.sector.length ? { sector: filters.sector } : {}),
    ...(filters.language.length ? { language: filters.language } : {}),
    ...(filters.month ? { month: filters.month } : {}),
    ...(filters.format ? { format: filters.format } : {}),
    ...(filters.when !== "upcoming" ? { when: filters.when } : {}),
    ...(withView && filters.view !== "list" ? { view: filters.view } : {}),
  };
}

/** The same as a query string ("" or "?country=DE&…"). */
export function eventFiltersToSearch(filters: EventFilters, options?: { withView?: boolean }): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(eventFiltersToQuery(filters, options)))
    for (const one of Array.isArray(value) ? value : [value]) search.append(key, one);
  const text = search.toString();
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
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit" }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}`;
}
