// The .ics we write reads back, through an independent parser (node-ical), as the same UTC
// instants, including across the end of summer time in Berlin (25 October 2026, 03:00 → 02:00).
import nodeIcal from "node-ical";
import { describe, expect, it } from "vitest";
import { buildEventsCalendar, type IcalEventData } from "./ical";
import { offsetMinutes, transitions, vtimezone } from "./vtimezone";

const base: Omit<IcalEventData, "id" | "slug" | "startsAt" | "endsAt" | "timeZone"> = {
  type: "CONFERENCE",
  title: { uk: "Конференція", en: "Conference" },
  description: { en: "Two days; commas, semicolons; and\nnew lines." },
  isOnline: false,
  onlineUrl: null,
  venue: "Conference centre",
  city: "Berlin",
  country: "DE",
  registrationUrl: "https://example.org/register",
  createdAt: new Date("2026-09-01T10:00:00Z"),
  updatedAt: new Date("2026-09-02T10:00:00Z"),
};

/** node-ical gives URL as a string or as { val, params }. */
const urlOf = (value: unknown) => (typeof value === "object" && value && "val" in value ? String(value.val) : String(value));

const events: IcalEventData[] = [
  // Saturday 18:00 CEST (UTC+2) to Sunday 18:00 CET (UTC+1): the clocks go back in between.
  {
    ...base,
    id: "e1",
    slug: "across-dst",
    startsAt: new Date("2026-10-24T16:00:00Z"),
    endsAt: new Date("2026-10-25T17:00:00Z"),
    timeZone: "Europe/Berlin",
  },
  // Kyiv changes the same night; New York a week later (1 November).
  {
    ...base,
    id: "e2",
    slug: "kyiv-evening",
    startsAt: new Date("2026-10-26T16:30:00Z"),
    endsAt: new Date("2026-10-26T18:00:00Z"),
    timeZone: "Europe/Kyiv",
  },
  {
    ...base,
    id: "e3",
    slug: "toronto",
    isOnline: true,
    onlineUrl: "https://meet.example/x",
    startsAt: new Date("2026-10-31T22:00:00Z"),
    endsAt: new Date("2026-11-01T14:00:00Z"),
    timeZone: "America/Toronto",
  },
];

describe("buildEventsCalendar", () => {
  const text = buildEventsCalendar(events, { baseUrl: "https://atlas.example", locale: "en", name: "Events" });
  const parsed = nodeIcal.sync.parseICS(text);
  const vevents = Object.values(parsed).filter((component) => component?.type === "VEVENT") as nodeIcal.VEvent[];
  const byUid = new Map(vevents.map((event) => [event.uid, event]));

  it("writes local wall-clock times with TZID and a VTIMEZONE per zone", () => {
    expect(text).toContain("DTSTART;TZID=Europe/Berlin:20261024T180000");
    expect(text).toContain("DTEND;TZID=Europe/Berlin:20261025T180000");
    expect(text).toContain("DTSTART;TZID=Europe/Kyiv:20261026T183000");
    for (const zone of ["Europe/Berlin", "Europe/Kyiv", "America/Toronto"]) expect(text).toContain(`TZID:${zone}\r\n`);
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(3);
  });

  it("parses back to the same UTC instants, on both sides of the change", () => {
    expect(vevents).toHaveLength(3);
    for (const event of events) {
      const read = byUid.get(`${event.id}@diaspora-atlas`);
      expect(read, event.slug).toBeDefined();
      expect(new Date(read!.start).toISOString()).toBe(event.startsAt.toISOString());
      expect(new Date(read!.end!).toISOString()).toBe(event.endsAt.toISOString());
    }
  });

  it("keeps summary, place and link", () => {
    const read = byUid.get("e1@diaspora-atlas")!;
    expect(read.summary).toBe("Conference");
    expect(read.location).toBe("Conference centre, Berlin, DE");
    expect(urlOf(read.url)).toBe("https://atlas.example/en/events/across-dst");
    expect(byUid.get("e3@diaspora-atlas")!.location).toBe("https://meet.example/x");
  });
});

describe("vtimezone", () => {
  it("finds Berlin's switches to the minute", () => {
    const list = transitions("Europe/Berlin", 2026, 2026);
    expect(list.map((t) => [new Date(t.at).toISOString(), t.from, t.to])).toEqual([
      ["2026-03-29T01:00:00.000Z", 60, 120],
      ["2026-10-25T01:00:00.000Z", 120, 60],
    ]);
  });

  it("gives onsets in the local time before the switch", () => {
    const block = vtimezone("Europe/Berlin")!;
    expect(block).toContain("RDATE:20261025T030000");
    expect(block).toContain("RDATE:20260329T020000");
  });

  it("misses no change a day-by-day scan sees, also in zones with closely spaced changes", () => {
    for (const zone of ["Africa/Casablanca", "America/Santiago", "Europe/Kyiv", "Asia/Tehran", "Australia/Lord_Howe"]) {
      let changes = 0;
      for (let day = Date.UTC(2015, 0, 1); day < Date.UTC(2041, 0, 1); day += 86_400_000)
        if (offsetMinutes(zone, day) !== offsetMinutes(zone, day + 86_400_000)) changes++;
      expect(transitions(zone).filter((t) => t.at < Date.UTC(2041, 0, 1, 0, 0) + 86_400_000).length, zone).toBe(changes);
    }
  });

  it("is one STANDARD observance for a zone without daylight saving, null for nonsense", () => {
    expect(vtimezone("Asia/Tokyo")!.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual(["BEGIN:STANDARD"]);
    expect(vtimezone("Mars/Olympus")).toBeNull();
  });
});
