import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTimeZone, utcToZonedLocal, zonedLocalToUtc } from "./zoned-time";

describe("zonedLocalToUtc", () => {
  it("reads a wall-clock time in the event's zone, on both sides of a change", () => {
    expect(zonedLocalToUtc("2026-10-24T18:00", "Europe/Berlin")?.toISOString()).toBe("2026-10-24T16:00:00.000Z");
    expect(zonedLocalToUtc("2026-10-25T18:00", "Europe/Berlin")?.toISOString()).toBe("2026-10-25T17:00:00.000Z");
    expect(zonedLocalToUtc("2026-07-01T09:30", "America/Toronto")?.toISOString()).toBe("2026-07-01T13:30:00.000Z");
  });
  it("takes the first of a repeated hour and moves a skipped time forward", () => {
    expect(zonedLocalToUtc("2026-10-25T02:30", "Europe/Berlin")?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(zonedLocalToUtc("2026-03-29T02:30", "Europe/Berlin")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });
  it("refuses malformed input", () => {
    expect(zonedLocalToUtc("2026-02-30T10:00", "Europe/Berlin")).toBeNull();
    expect(zonedLocalToUtc("tomorrow", "Europe/Berlin")).toBeNull();
  });
  it("round-trips with utcToZonedLocal for any minute of the years we list", () => {
    const zones = ["Europe/Berlin", "Europe/Kyiv", "America/Toronto", "Asia/Tokyo", "Australia/Sydney"];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1) / 60_000, max: Date.UTC(2030, 0, 1) / 60_000 }),
        fc.constantFrom(...zones),
        (minute, zone) => {
          const instant = new Date(minute * 60_000);
          const local = utcToZonedLocal(instant, zone);
          const back = zonedLocalToUtc(local, zone)!;
          // Same wall clock; the same instant except inside a repeated hour (first reading wins).
          expect(utcToZonedLocal(back, zone)).toBe(local);
          expect(Math.abs(back.getTime() - instant.getTime())).toBeLessThanOrEqual(60 * 60_000);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("isTimeZone", () => {
  it("accepts IANA zones only", () => {
    expect(isTimeZone("Europe/Kyiv")).toBe(true);
    expect(isTimeZone("Mars/Base")).toBe(false);
    expect(isTimeZone("CET")).toBe(false);
  });
});
