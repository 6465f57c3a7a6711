import { describe, expect, it } from "vitest";
import { Sector } from "@/generated/prisma/enums";
import {
  countryCodes,
  decimalIn,
  enumList,
  flag,
  languageCodes,
  MAX_LIST_VALUES,
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  oblastCodes,
  oneOf,
  pageNumber,
  queryString,
  textQuery,
} from "./parsers";

const url = queryString({
  q: textQuery(),
  sector: enumList(Sector),
  country: countryCodes(),
  language: languageCodes(),
  oblast: oblastCodes(),
  verified: flag(),
  when: oneOf(["upcoming", "past"] as const).withDefault("upcoming"),
  format: oneOf(["online", "in-person"] as const),
  lat: decimalIn(-85, 85),
  page: pageNumber(),
});
const empty: ReturnType<typeof url.read> = {
  q: "",
  sector: [],
  country: [],
  language: [],
  oblast: [],
  verified: false,
  when: "upcoming",
  format: null,
  lat: null,
  page: 1,
};

describe("the shared query-string parsers", () => {
  it("read nothing as the defaults", () => {
    expect(url.read({})).toEqual(empty);
    expect(url.read(new URLSearchParams(""))).toEqual(empty);
  });

  it("read lists from repeated keys and commas alike, trimmed, deduplicated, in order", () => {
    expect(url.read(new URLSearchParams("sector=HEATING,%20HOUSING&sector=HEATING&country=de&country=PL"))).toMatchObject({
      sector: ["HEATING", "HOUSING"],
      country: ["DE", "PL"],
    });
    expect(url.read({ sector: ["HOUSING", "HEATING"] }).sector).toEqual(["HOUSING", "HEATING"]);
  });

  it("apply one rule for codes: countries and oblasts in any case, languages of two letters", () => {
    expect(url.read({ country: "de,deu,D1", language: "UK,ukr,e", oblast: "ua61000000000060328,UA1" })).toMatchObject({
      country: ["DE"],
      language: ["uk"],
      oblast: ["UA61000000000060328"],
    });
  });

  it("read the verified switch as on for 1, true, yes and on only", () => {
    for (const on of ["1", "true", "yes", "on", " yes "]) expect(url.read({ verified: on }).verified).toBe(true);
    for (const off of ["0", "false", "no", "", "maybe", "YES!"]) expect(url.read({ verified: off }).verified).toBe(false);
  });

  it("drop unknown enum values, including names every object has", () => {
    expect(url.read({ sector: "constructor,toString,__proto__,hasOwnProperty,NOPE,HEATING" }).sector).toEqual(["HEATING"]);
    expect(url.read({ when: "future", format: "hybrid" })).toMatchObject({ when: "upcoming", format: null });
    expect(url.read({ when: "toString" }).when).toBe("upcoming");
  });

  it("take the first value, whole, where one is expected and an array arrives", () => {
    expect(url.read({ q: ["Kyiv, Lviv", "Odesa"], page: ["3", "7"], when: ["past", "upcoming"], verified: ["yes", "no"] })).toMatchObject({
      q: "Kyiv, Lviv",
      page: 3,
      when: "past",
      verified: true,
    });
  });

  it("clamp huge and odd values instead of failing", () => {
    expect(url.read({ page: "99999999" }).page).toBe(MAX_PAGE);
    expect(url.read({ page: "9".repeat(400) }).page).toBe(MAX_PAGE);
    for (const page of ["0", "-3", "abc", "", "NaN", "-9".repeat(400)]) expect(url.read({ page }).page).toBe(1);
    expect(url.read({ q: "x".repeat(100_000) }).q).toHaveLength(MAX_QUERY_LENGTH);
    expect(url.read({ q: "  a\u0000b\u202ec\n\td  " }).q).toBe("a b c d");
    for (const lat of ["1e2", "91", "-85.000000001", "50,4", "Infinity", "0x10"]) expect(url.read({ lat }).lat).toBeNull();
    expect(url.read({ lat: "-85" }).lat).toBe(-85);
  });

  it("read at most MAX_LIST_VALUES raw items of a list", () => {
    const countries = Array.from({ length: 10_000 }, (_, i) => String.fromCharCode(65 + (i % 26), 65 + (Math.floor(i / 26) % 26)));
    expect(url.read({ country: countries.join(",") }).country).toHaveLength(MAX_LIST_VALUES);
    expect(url.read({ country: countries }).country).toEqual(countries.slice(0, MAX_LIST_VALUES));
  });

  it("hand out fresh arrays, so one reader's changes never reach the next", () => {
    url.read({}).sector.push("HEATING");
    expect(url.read({}).sector).toEqual([]);
  });

  it("write defaults out of the URL, lists as repeated keys, the switch as 1, in the map's order", () => {
    expect(url.write(empty).toString()).toBe("");
    const written = url.write({ ...empty, page: 2, sector: ["HEATING", "HOUSING"], verified: true, q: "Київ, Львів", when: "past" });
    expect(written.toString()).toBe(
      `q=${encodeURIComponent("Київ,")}+${encodeURIComponent("Львів")}&sector=HEATING&sector=HOUSING&verified=1&when=past&page=2`,
    );
    expect(url.read(written)).toEqual({
      ...empty,
      page: 2,
      sector: ["HEATING", "HOUSING"],
      verified: true,
      q: "Київ, Львів",
      when: "past",
    });
    expect(url.query({ ...empty, sector: ["HEATING"], country: ["DE", "PL"], page: null })).toEqual({
      sector: ["HEATING"],
      country: ["DE", "PL"],
    });
  });
});
