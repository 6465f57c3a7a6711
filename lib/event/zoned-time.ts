// "2026-10-25T02:30" typed in a form means a wall-clock time in the event's zone; this turns it
// into the UTC instant (and back), with Intl's zone database. Pure.
import { offsetMinutes } from "./vtimezone";

const MINUTE = 60_000;

/**
 * The instant whose wall clock in `timeZone` reads `local` ("YYYY-MM-DDTHH:mm"). In the hour
 * that repeats when clocks go back, the first (summer-time) reading is taken; a time skipped
 * when clocks go forward moves forward by the gap, as calendar apps do. Null if malformed.
 */
export function zonedLocalToUtc(local: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (new Date(asUtc).getUTCMonth() !== mo - 1 || h > 23 || mi > 59) return null;
  // Try the offsets in force around that moment; keep the candidates that read back right.
  const offsets = [
    ...new Set([
      offsetMinutes(timeZone, asUtc - 36 * 60 * MINUTE),
      offsetMinutes(timeZone, asUtc),
      offsetMinutes(timeZone, asUtc + 36 * 60 * MINUTE),
    ]),
  ];
  const exact = offsets
    .map((offset) => asUtc - offset * MINUTE)
    .filter((instant) => offsetMinutes(timeZone, instant) * MINUTE === asUtc - instant)
    .sort((a, b) => a - b);
  if (exact.length) return new Date(exact[0]!);
  // In a gap (clocks went forward): read it with the smaller, earlier offset, which lands the
  // same distance past the gap (02:30 in Berlin on the last Sunday of March → 03:30).
  return new Date(asUtc - Math.min(...offsets) * MINUTE);
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall clock of an instant in a zone, as two-digit parts (the year in four): "2026", "10", "25", "02", "30", "00". */
export function wallClock(instant: Date, timeZone: string) {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    wallClockFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return parts as Record<"year" | "month" | "day" | "hour" | "minute" | "second", string>;
}

/** The wall clock of an instant in a zone, as a datetime-local value ("2026-10-25T02:30"). */
export function utcToZonedLocal(instant: Date, timeZone: string): string {
  const { year, month, day, hour, minute } = wallClock(instant, timeZone);
  return `${year}-${month}-${day}T${hour}:${minute}`;
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return value.includes("/") || value === "UTC";
  } catch {
    return false;
  }
}

/** A form's datetime-local value read in its zone; null when either is missing or not valid
 *  (a form's cross-field checks run even after a field failed, so the zone may be anything). */
export function formTimeInZone(local: string | undefined, timeZone: string | undefined): Date | null {
  return local && timeZone && isTimeZone(timeZone) ? zonedLocalToUtc(local, timeZone) : null;
}
