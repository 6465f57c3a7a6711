import { describe, expect, it } from "vitest";
import { needFiltersToQuery, parseNeedFilters } from "./filters";

describe("parseNeedFilters", () => {
  it("keeps known values and drops the rest", () => {
    expect(
      parseNeedFilters({
        sector: ["SPECIAL_VEHICLES", "NOPE"],
        aidType: "GRANT,IN_KIND,x",
        urgency: "HIGH",
        oblast: ["UA61000000000060328", "UA1"],
        minEur: "50 000",
        maxEur: "-5",
        page: "0",
      }),
    ).toEqual({
      sector: ["SPECIAL_VEHICLES"],
      aidType: ["GRANT", "IN_KIND"],
      urgency: ["HIGH"],
      oblast: ["UA61000000000060328"],
      minEur: 50000,
      maxEur: null,
      page: 1,
    });
  });

  it("survives empty and hostile input", () => {
    expect(parseNeedFilters({ minEur: "1e400", maxEur: "abc", page: "99999999" })).toMatchObject({ minEur: null, maxEur: null, page: 500 });
    expect(parseNeedFilters(new URLSearchParams(""))).toMatchObject({ sector: [], page: 1 });
  });
  it("writes the filters back without the page", () => {
    const filters = parseNeedFilters(new URLSearchParams("urgency=HIGH&oblast=ua61000000000060328&minEur=1000&page=3"));
    expect(needFiltersToQuery(filters)).toEqual({ oblast: ["UA61000000000060328"], urgency: ["HIGH"], minEur: ["1000"] });
  });
});
