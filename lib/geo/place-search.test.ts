import { describe, expect, it } from "vitest";
import { MAX_PLACE_RESULTS, searchPlaces } from "./place-search";

const ids = (text: string, options: Parameters<typeof searchPlaces>[1] = { locale: "en" }) =>
  searchPlaces(text, options).map((hit) => hit.id);

describe("the place search over the gazetteer", () => {
  it("finds a town by the start of its name in either language, named in the reader's", () => {
    expect(ids("leip")[0]).toBe("de-leipzig");
    expect(ids("Лейп")[0]).toBe("de-leipzig");
    const leipzig = searchPlaces("leipzig", { locale: "uk" })[0]!;
    expect(leipzig).toMatchObject({ id: "de-leipzig", name: "Лейпциг", country: "DE", countryName: "Німеччина" });
    expect(leipzig.lat).toBeCloseTo(51.34, 1);
    expect(leipzig.lng).toBeCloseTo(12.37, 1);
  });

  it("finds native and older spellings, with or without accents", () => {
    expect(ids("München")[0]).toBe("de-munich");
    expect(ids("krakow")[0]).toBe("pl-krakow");
    expect(ids("Kiev")[0]).toBe("ua-kyiv");
  });

  it("keeps to the country when one is given", () => {
    expect(ids("b", { locale: "en", country: "DE" }).every((id) => id.startsWith("de-"))).toBe(true);
    expect(ids("berlin", { locale: "en", country: "PL" })).toEqual([]);
  });

  it("answers at most a few towns, and none for empty or unknown text", () => {
    expect(ids("a").length).toBe(MAX_PLACE_RESULTS);
    expect(ids("   ")).toEqual([]);
    expect(ids("!!! ?")).toEqual([]);
    expect(ids("zzzzqq")).toEqual([]);
    expect(ids("x".repeat(10_000))).toEqual([]);
  });
});
