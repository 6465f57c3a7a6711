import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { transliterate } from "./transliterate";

describe("transliterate (2010 national romanisation)", () => {
  it.each([
    ["Згорани", "Zghorany"],
    ["Розгон", "Rozghon"],
    ["Знам'янка", "Znamianka"],
    ["Юрій", "Yurii"],
    ["Їжакевич", "Yizhakevych"],
    ["Гоща", "Hoshcha"],
    ["Київ", "Kyiv"],
    ["Львів", "Lviv"],
    ["Бережани", "Berezhany"],
    ["Бережанська міська територіальна громада", "Berezhanska miska terytorialna hromada"],
    ["Запоріжжя", "Zaporizhzhia"],
    ["Харків", "Kharkiv"],
    ["Одеса", "Odesa"],
    ["Яготин", "Yahotyn"],
    ["Єнакієве", "Yenakiieve"],
    ["Щербухи", "Shcherbukhy"],
    ["Ґорґани", "Gorgany"],
    ["Новоград-Волинська", "Novohrad-Volynska"],
  ])("%s → %s", (input, expected) => {
    expect(transliterate(input)).toBe(expected);
  });

  it("leaves Latin text, digits and punctuation alone", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9 .,;:!?()-]*$/), (text) => {
        expect(transliterate(text)).toBe(text);
      }),
    );
  });

  it("never outputs Ukrainian letters", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ' -") }),
        (text) => {
          expect(transliterate(text)).not.toMatch(/[\u0400-\u04ff]/);
        },
      ),
    );
  });
});
