import { describe, expect, it } from "vitest";
import { communityFiltersToSearchParams, parseCommunityFilters } from "./filters";
import { populationBand, populationBands } from "./population-band";

describe("parseCommunityFilters", () => {
  it("keeps known oblasts (in any case), types, sectors and population bands", () => {
    expect(
      parseCommunityFilters({
        oblast: ["ua61000000000060328", "UA1"],
        type: "URBAN,NOPE",
        needSector: "HEALTHCARE",
        population: ["0", "5", "6", "-1", "2.5", "x"],
      }),
    ).toEqual({
      q: "",
      oblast: ["UA61000000000060328"],
      type: ["URBAN"],
      needSector: ["HEALTHCARE"],
      population: [0, 5],
      sort: "name",
      page: 1,
    });
  });

  it("writes the filters back in the canonical order", () => {
    const filters = parseCommunityFilters(
      new URLSearchParams("population=2&type=URBAN&oblast=UA61000000000060328&q=Ternopil&sort=relevance"),
    );
    expect(communityFiltersToSearchParams(filters).toString()).toBe("q=Ternopil&oblast=UA61000000000060328&type=URBAN&population=2");
  });
});

describe("populationBand", () => {
  it("places a population in its band; the last band is open-ended", () => {
    expect([null, 0, 4_999, 5_000, 99_999, 100_000, 3_000_000].map(populationBand)).toEqual([
      null,
      0,
      0,
      1,
      4,
      populationBands.length,
      populationBands.length,
    ]);
  });
});
