import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normalizeForSearch, searchWords } from "./normalize";

describe("normalizeForSearch", () => {
  it("makes Cyrillic, official Latin and older spellings the same words", () => {
    for (const spelling of ["Київ", "Kyiv", "Kiev", "KIEV", "Kijów", "Kyjiw"]) expect(normalizeForSearch(spelling)).toBe("kyiv");
    for (const spelling of ["Львів", "Lviv", "Lwów", "Lemberg", "Lvov"]) expect(normalizeForSearch(spelling)).toBe("lviv");
    expect(normalizeForSearch("Одеса")).toBe(normalizeForSearch("Odessa"));
  });

  it("drops accents, case and punctuation", () => {
    expect(normalizeForSearch("Café  Müller, São-Paulo!")).toBe("cafe muller sao paulo");
    expect(searchWords("Бережанська міська територіальна громада")).toEqual(["berezhanska", "miska", "terytorialna", "hromada"]);
  });

  it("folds the letters of the partners' languages that have no separable accent", () => {
    expect(normalizeForSearch("Łódź, Wrocław")).toBe("lodz wroclaw");
    expect(normalizeForSearch("Straße")).toBe("strasse");
    expect(normalizeForSearch("Œuvre")).toBe("oeuvre");
  });

  it("is idempotent and never throws on any Unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (text) => {
        const once = normalizeForSearch(text);
        expect(normalizeForSearch(once)).toBe(once);
        expect(once).not.toMatch(/[абвгґдеєжзиіїйклмнопрстуфхцчшщьюя]/);
      }),
    );
  });
});
