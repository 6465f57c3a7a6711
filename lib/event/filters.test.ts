import { describe, expect, it } from "vitest";
import { eventFiltersToSearch, monthOf, parseEventFilters, shiftMonth } from "./filters";

describe("parseEventFilters", () => {
  it("keeps valid values, drops the rest, never throws", () => {
    const filters = parseEventFilters({
      country: ["de", "Germany", "PL"],
      type: "FORUM,NOPE",
      sector: ["HEATING", "HEATING"],
      language: ["UK", "x"],
      month: "2026-13",
      format: "hybrid",
      when: "past",
      view: "calendar",
      page: "-3",
    });
    expect(filters).toEqual({
      country: ["DE", "PL"],
      type: ["FORUM"],
      sector: ["HEATING"],
      language: ["uk"],
      month: null,
      format: null,
      when: "past",
      view: "calendar",
      page: 1,
    });
  });

  it("reads URLSearchParams like a page's searchParams, and round-trips", () => {
    const filters = parseEventFilters(new URLSearchParams("country=DE&month=2026-10&format=online&page=2"));
    expect(filters).toMatchObject({ country: ["DE"], month: "2026-10", format: "online", when: "upcoming", view: "list", page: 2 });
    expect(eventFiltersToSearch(filters)).toBe("?country=DE&month=2026-10&format=online");
    expect(parseEventFilters(new URLSearchParams(eventFiltersToSearch(filters).slice(1)))).toEqual({ ...filters, page: 1 });
  });
});

describe("month helpers", () => {
  it("shifts across years", () => {
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
  });
  it("counts the month in the given zone", () => {
    const instant = new Date("2026-10-31T22:30:00Z");
    expect(monthOf(instant, "UTC")).toBe("2026-10");
    expect(monthOf(instant, "Europe/Kyiv")).toBe("2026-11");
  });
});
