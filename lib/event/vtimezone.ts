// VTIMEZONE components computed from the runtime's own time-zone database (Intl), so an
// .ics file can say TZID=Europe/Berlin and still tell every calendar exactly when that zone
// switches offsets. ical-generator has no zone database of its own and suggests a package for
// this; the JavaScript runtime already ships one, so we ask it instead of adding a dependency.

const MINUTE = 60_000;
/**
 * Scan step. Offset changes are months apart in every zone we know of (the closest, Morocco's
 * Ramadan suspensions, are about a month apart), so a weekly scan finds them all at a seventh
 * of the cost of a daily one: ~10 ms per zone instead of ~80, once per process.
 */
const STEP = 7 * 86_400_000;
/** Transitions are listed for this window of years: enough for any event the site shows. */
const FIRST_YEAR = 2015;
const LAST_YEAR = 2040;

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in minutes (Berlin in summer: 120). */
export function offsetMinutes(timeZone: string, instant: number): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
    offsetFormats.set(timeZone, format);
  }
  const name = format.formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0; // "GMT" alone: UTC
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

export interface Transition {
  /** The UTC instant of the switch. */
  at: number;
  from: number;
  to: number;
}

/** Every offset change of the zone in the window, found week by week, then to the minute. */
export function transitions(timeZone: string, firstYear = FIRST_YEAR, lastYear = LAST_YEAR): Transition[] {
  const found: Transition[] = [];
  const end = Date.UTC(lastYear + 1, 0, 1);
  let before = Date.UTC(firstYear, 0, 1);
  let beforeOffset = offsetMinutes(timeZone, before);
  for (let day = before + STEP; day <= end + STEP; day += STEP) {
    const offset = offsetMinutes(timeZone, day);
    if (offset !== beforeOffset) {
      // Binary search for the first minute with the new offset.
      let low = before;
      let high = day;
      while (high - low > MINUTE) {
        const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
        if (offsetMinutes(timeZone, middle) === beforeOffset) low = middle;
        else high = middle;
      }
      found.push({ at: high, from: beforeOffset, to: offset });
    }
    before = day;
    beforeOffset = offset;
  }
  return found;
}

const pad = (value: number, length = 2) => String(value).padStart(length, "0");

/** "+0100" */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}${pad(absolute % 60)}`;
}

/** Local wall-clock time as iCalendar DATE-TIME without zone ("20261025T030000"). */
function localStamp(utc: number, offset: number): string {
  const date = new Date(utc + offset * MINUTE);
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`;
}

const cache = new Map<string, string | null>();

/**
 * The VTIMEZONE block for an IANA zone, or null for an unknown zone. Observances with the same
 * (from, to) pair are grouped: one DTSTART plus RDATEs (RFC 5545 §3.6.5); onsets are local
 * times in the offset in force before the switch, as the RFC requires.
 */
export function vtimezone(timeZone: string): string | null {
  if (cache.has(timeZone)) return cache.get(timeZone) ?? null;
  let result: string | null = null;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    const list = transitions(timeZone);
    const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`, `X-LIC-LOCATION:${timeZone}`];
    // The offset in force before the window: a STANDARD observance from 1970.
    const initial = offsetMinutes(timeZone, Date.UTC(FIRST_YEAR, 0, 1));
    lines.push(
      "BEGIN:STANDARD",
      `TZOFFSETFROM:${formatOffset(initial)}`,
      `TZOFFSETTO:${formatOffset(initial)}`,
      "DTSTART:19700101T000000",
      "END:STANDARD",
    );
    const groups = new Map<string, Transition[]>();
    for (const transition of list) {
      const key = `${transition.from}>${transition.to}`;
      groups.set(key, [...(groups.get(key) ?? []), transition]);
    }
    for (const group of groups.values()) {
      const [first, ...rest] = group as [Transition, ...Transition[]];
      const kind = first.to > first.from ? "DAYLIGHT" : "STANDARD";
      lines.push(
        `BEGIN:${kind}`,
        `TZOFFSETFROM:${formatOffset(first.from)}`,
        `TZOFFSETTO:${formatOffset(first.to)}`,
        `DTSTART:${localStamp(first.at, first.from)}`,
      );
      for (const transition of rest) lines.push(`RDATE:${localStamp(transition.at, transition.from)}`);
      lines.push(`END:${kind}`);
    }
    lines.push("END:VTIMEZONE");
    result = lines.join("\r\n");
  } catch {
    result = null;
  }
  cache.set(timeZone, result);
  return result;
}
