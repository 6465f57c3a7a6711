import { describe, expect, it } from "vitest";
import { cities, countries } from "@/lib/geo/places";
import { COUNTRY_CODES, isCountryCode, isLanguageCode, LANGUAGE_CODES } from "./iso-codes";
import { exactOption, matchOptions, searchIndex } from "./option-search";
import { countryOptions, languageOptions } from "./picker-options";

const first = (locale: string, typed: string, list = countryOptions) => matchOptions(searchIndex(list(locale)), typed)[0]?.value;

describe("country and language codes", () => {
  it("lists the 249 assigned countries and the ISO 639-1 languages, each once", () => {
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect(new Set(LANGUAGE_CODES).size).toBe(LANGUAGE_CODES.length);
  });

  it("takes GE as Georgia but refuses names, small letters and regions that are not countries", () => {
    expect(isCountryCode("GE")).toBe(true);
    expect(isCountryCode("DE")).toBe(true);
    for (const value of ["Germany", "GERMANY", "ge", "EU", "ZZ", "XK", "QQ", ""]) expect(isCountryCode(value), value).toBe(false);
  });

  it("takes every country of the gazetteer, so no town it places is refused", () => {
    expect([...countries.map((c) => c.code), ...cities.map((c) => c.country)].filter((code) => !isCountryCode(code))).toEqual([]);
  });

  it("takes language codes in small letters only", () => {
    expect(isLanguageCode("uk")).toBe(true);
    for (const value of ["UK", "ukr", "qq", "Ukrainian"]) expect(isLanguageCode(value), value).toBe(false);
  });
});

describe("picker options", () => {
  it("names countries in the reader's language, sorted by that name", () => {
    const uk = countryOptions("uk");
    expect(uk.find((o) => o.value === "DE")).toEqual({ value: "DE", label: "Німеччина", names: ["Germany"] });
    expect(countryOptions("en").find((o) => o.value === "GE")?.label).toBe("Georgia");
    const labels = uk.map((o) => o.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, "uk")));
    expect(uk).toHaveLength(249);
  });

  it("capitalizes language names that stand alone", () => {
    expect(languageOptions("uk").find((o) => o.value === "de")).toEqual({ value: "de", label: "Німецька", names: ["German"] });
  });
});

describe("matching typed text", () => {
  it("finds Germany by the start of its name in either language, and by its code", () => {
    for (const locale of ["en", "uk"]) {
      for (const typed of ["germ", "Germany", "нім", "Німеччина", "DE", "de", " GERM "])
        expect(first(locale, typed), `${locale} ${typed}`).toBe("DE");
    }
  });

  it("finds a Ukrainian name typed in Latin letters", () => {
    expect(first("en", "Nimechchyna")).toBe("DE");
    expect(first("en", "Pol'shcha")).toBe("PL");
  });

  it("puts the code before names that merely start with the same letters", () => {
    // "GE" is Georgia's code; Germany only starts with "ge".
    expect(first("en", "ge")).toBe("GE");
    const found = matchOptions(searchIndex(countryOptions("en")), "ge").map((o) => o.value);
    expect(found).toContain("DE");
    expect(found.indexOf("GE")).toBeLessThan(found.indexOf("DE"));
  });

  it("ranks a name's start above a later word, and a later word above the middle of a word", () => {
    const options = [
      { value: "A", label: "Islands of Sark", names: [] },
      { value: "B", label: "Sarkland", names: [] },
      { value: "C", label: "Nosark", names: [] },
    ];
    expect(matchOptions(searchIndex(options), "sark").map((o) => o.value)).toEqual(["B", "A", "C"]);
  });

  it("finds languages by name in either language and by code", () => {
    expect(first("en", "укр", languageOptions)).toBe("uk");
    expect(first("uk", "Ukrain", languageOptions)).toBe("uk");
    expect(first("uk", "pl", languageOptions)).toBe("pl");
  });

  it("answers nothing for text no name contains, and everything (bounded) for no text", () => {
    const index = searchIndex(countryOptions("en"));
    expect(matchOptions(index, "qqqq")).toEqual([]);
    expect(matchOptions(index, "", 10)).toHaveLength(10);
    expect(matchOptions(index, "a", 5)).toHaveLength(5);
  });
});

describe("text that names one option exactly", () => {
  const index = searchIndex(countryOptions("en"));
  it("is taken whether it is the code or a name in either language", () => {
    for (const typed of ["DE", "de", "Germany", "germany ", "Німеччина", "Nimechchyna"])
      expect(exactOption(index, typed)?.value, typed).toBe("DE");
    expect(exactOption(index, "GE")?.value).toBe("GE");
  });

  it("is not guessed from the start of a name", () => {
    for (const typed of ["Germ", "", "Ge rmany", "Congo"]) expect(exactOption(index, typed), typed).toBeUndefined();
  });
});
