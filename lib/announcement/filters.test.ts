import { describe, expect, it } from "vitest";
import { announcementFiltersToQuery, parseAnnouncementFilters } from "./filters";

describe("parseAnnouncementFilters", () => {
  it("drops names every object has: they used to pass as sectors and reach the query", () => {
    expect(parseAnnouncementFilters({ sector: "constructor,toString,valueOf,HEATING" }).sector).toEqual(["HEATING"]);
  });

  it("reads the organiser and the page, and writes back what is not a default", () => {
    const filters = parseAnnouncementFilters(new URLSearchParams("organiser=community&sector=HEATING&page=4"));
    expect(filters).toEqual({ sector: ["HEATING"], organiser: "community", page: 4 });
    expect(announcementFiltersToQuery(filters)).toEqual({ sector: ["HEATING"], organiser: ["community"] });
    expect(parseAnnouncementFilters({ organiser: "everyone" }).organiser).toBeNull();
  });
});
