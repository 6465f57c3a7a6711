import { describe, expect, it } from "vitest";
import { clocksDiffer, formatDate, formatDateTime, formatDateTimeRange, formatMonth, zoneName } from "./dates";

// 18:30 in Berlin on the day the clocks go forward (28 March 2027, CEST = UTC+2), and in winter (CET = UTC+1).
const summerEvening = new Date("2027-03-28T16:30:00Z");
const winterEvening = new Date("2027-03-27T17:30:00Z");
// ICU puts a narrow no-break space inside "2027 р." in ranges.
const spaced = (text: string) => text.replace(/\u202f/g, " ");

describe("formatDate", () => {
  it("writes one date style per language", () => {
    expect(formatDate(summerEvening, "en")).toBe("28 March 2027");
    expect(formatDate(summerEvening, "uk")).toBe("28 березня 2027 р.");
    expect(formatMonth(summerEvening, "en")).toBe("March 2027");
  });

  it("reads the day in the zone it is given (late evening in Toronto is the next day in Kyiv)", () => {
    const lateInToronto = new Date("2027-03-29T03:30:00Z");
    expect(formatDate(lateInToronto, "en", "America/Toronto")).toBe("28 March 2027");
    expect(formatDate(lateInToronto, "en", "Europe/Kyiv")).toBe("29 March 2027");
  });
});

describe("formatDateTime", () => {
  it("writes the time in the event's own zone with the zone named, in English and Ukrainian", () => {
    expect(formatDateTime(summerEvening, "en", "Europe/Berlin")).toBe("28 March 2027, 18:30 (Berlin time)");
    expect(formatDateTime(summerEvening, "uk", "Europe/Berlin")).toBe("28 березня 2027 р., 18:30 (за часом Берліна)");
  });

  it("keeps the organiser's wall clock across the change to summer time", () => {
    expect(formatDateTime(winterEvening, "en", "Europe/Berlin")).toBe("27 March 2027, 18:30 (Berlin time)");
    expect(formatDateTime(summerEvening, "en", "Europe/Berlin")).toContain("18:30");
    // The same instants in Kyiv: 19:30 then 19:30, since Kyiv moved forward the same night.
    expect(formatDateTime(summerEvening, "en", "Europe/Kyiv")).toBe("28 March 2027, 19:30 (Kyiv time)");
  });

  it("names the site's zone when none is given, so no time is written without its zone", () => {
    expect(formatDateTime(summerEvening, "uk")).toBe("28 березня 2027 р., 19:30 (за часом Києва)");
  });
});

describe("formatDateTimeRange", () => {
  it("writes what both ends share once", () => {
    const end = new Date("2027-03-28T19:00:00Z");
    expect(formatDateTimeRange(summerEvening, end, "en", "Europe/Berlin")).toBe("28 March 2027, 18:30–21:00 (Berlin time)");
    expect(spaced(formatDateTimeRange(summerEvening, end, "uk", "Europe/Berlin"))).toBe(
      "28 березня 2027 р., 18:30–21:00 (за часом Берліна)",
    );
  });
});

describe("zoneName", () => {
  it("names a zone by its city in the reader's language", () => {
    expect(zoneName("America/Toronto", "en")).toBe("Toronto time");
    expect(zoneName("America/Toronto", "uk")).toBe("за часом Торонто");
    expect(zoneName("Europe/Kiev", "uk")).toBe("за часом Києва");
  });

  it("keeps a city the gazetteer does not know as spelled in the zone id", () => {
    expect(zoneName("Asia/Kolkata", "en")).toBe("Kolkata time");
    expect(zoneName("Asia/Kolkata", "uk")).toBe("час: Kolkata");
  });

  it("falls back to the runtime's name for zones without a city", () => {
    expect(zoneName("UTC", "en")).toBe("Coordinated Universal Time");
  });
});

describe("clocksDiffer", () => {
  it("tells when a reader's clock differs, which changes with summer time", () => {
    expect(clocksDiffer(winterEvening, "Europe/Berlin", "Africa/Lagos")).toBe(false);
    expect(clocksDiffer(summerEvening, "Europe/Berlin", "Africa/Lagos")).toBe(true);
    expect(clocksDiffer(summerEvening, "Europe/Berlin", "Europe/Warsaw")).toBe(false);
    expect(clocksDiffer(summerEvening, "Europe/Berlin", "Europe/Berlin")).toBe(false);
  });
});
