import { describe, expect, it } from "vitest";
import { parsePartnershipFilters, partnershipFiltersToQuery } from "./filters";

const ternopilOblast = "UA61000000000060328"; // Тернопільська область

describe("parsePartnershipFilters", () => {
  it("keeps valid values, drops the rest, never throws", () => {
    const filters = parsePartnershipFilters({
      country: ["de", "Germany", "PL", "DE"],
      oblast: [ternopilOblast.toLowerCase(), "UA0", "Ternopil"],
      form: "MEMORANDUM,NOPE,JOINT_PROJECT",
      status: ["ACTIVE", "PROPOSED", "DECLINED", "COMPLETED", "active"],
      sector: ["HEATING", "HEATING", "%00"],
      page: "-3",
    });
    expect(filters).toEqual({
      country: ["DE", "PL"],
      oblast: [ternopilOblast],
      form: ["MEMORANDUM", "JOINT_PROJECT"],
      // Proposals and refusals are never public, so asking for them is ignored.
      status: ["ACTIVE", "COMPLETED"],
      sector: ["HEATING"],
      page: 1,
    });
  });

  it("treats anything odd as no filter, and keeps pages sane", () => {
    expect(parsePartnershipFilters({ form: "", page: "abc", status: "PROPOSED" })).toEqual({
      country: [],
      oblast: [],
      form: [],
      status: [],
      sector: [],
      page: 1,
    });
    // One rule for every list (lib/query-string/parsers.ts): past the last allowed page is that page.
    expect(parsePartnershipFilters({ page: "9999" }).page).toBe(500);
    expect(parsePartnershipFilters({ page: "3" }).page).toBe(3);
  });

  it("reads URLSearchParams like a page's searchParams, and round-trips without the page", () => {
    const filters = parsePartnershipFilters(new URLSearchParams("form=AGREEMENT&form=MEETINGS&country=UA&status=COMPLETED&page=2"));
    expect(filters).toMatchObject({ form: ["AGREEMENT", "MEETINGS"], country: ["UA"], status: ["COMPLETED"], page: 2 });
    const query = partnershipFiltersToQuery(filters);
    expect(query).toEqual({ form: ["AGREEMENT", "MEETINGS"], status: ["COMPLETED"], country: ["UA"] });
    expect(parsePartnershipFilters(query)).toEqual({ ...filters, page: 1 });
  });
});
