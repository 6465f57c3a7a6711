import { describe, expect, it } from "vitest";
import { zfd } from "zod-form-data";
import { CooperationGoal } from "@/generated/prisma/enums";
import { locales } from "@/lib/i18n/localized-text";
import {
  countryCodes,
  enumList,
  httpUrl,
  languageCodes,
  localizedFrom,
  localizedInput,
  localizedTexts,
  localizedValues,
  requireLocalizedText,
  slugText,
  splitCodes,
  typedMoney,
  typedWholeNumber,
  withTypedCurrency,
} from "./fields";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
};
const schema = zfd.formData({ languages: languageCodes, countries: countryCodes, goals: enumList(CooperationGoal), website: httpUrl });
/** Issues by path, as a form reads them: each under its field's name. */
const issues = (entries: [string, string][]) => {
  const result = schema.safeParse(form(entries));
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("shared form fields", () => {
  it("splits typed code lists on commas, semicolons and spaces, once each, in the wanted case", () => {
    expect(splitCodes(" uk, EN;de  uk ", "lower")).toEqual(["uk", "en", "de"]);
    expect(splitCodes("de pl,at", "upper")).toEqual(["DE", "PL", "AT"]);
    expect(splitCodes(undefined, "upper")).toEqual([]);
  });

  it("reads languages, countries and ticked goals, the goals in the vocabulary's order", () => {
    const parsed = schema.parse(
      form([
        ["languages", "UK, en"],
        ["countries", "de; pl"],
        ["goals", "DEVELOPMENT"],
        ["goals", "RECOVERY"],
        ["goals", "RECOVERY"],
      ]),
    );
    expect(parsed).toMatchObject({ languages: ["uk", "en"], countries: ["DE", "PL"], goals: ["RECOVERY", "DEVELOPMENT"] });
    expect(schema.parse(form([]))).toMatchObject({ languages: [], countries: [], goals: [] });
  });

  it("puts a bad item's error on the field itself, where the form shows it", () => {
    expect(
      issues([
        ["languages", "english"],
        ["countries", "Germany"],
        ["goals", "RECOVERY"],
        ["goals", "TAKEOVER"],
      ]),
    ).toEqual({ languages: "invalid", countries: "invalid", goals: "invalid" });
    expect(
      issues([
        [
          "languages",
          Array.from({ length: 21 }, (_, i) => String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + Math.floor(i / 26))).join(","),
        ],
      ]),
    ).toEqual({ languages: "tooLong" });
  });

  it("accepts only http(s) web addresses", () => {
    expect(issues([["website", "javascript:alert(1)"]])).toEqual({ website: "invalidUrl" });
    expect(issues([["website", "ftp://example.org"]])).toEqual({ website: "invalidUrl" });
    expect(issues([["website", "https://berezhany.example"]])).toEqual({});
  });

  it("keeps only the languages that were written", () => {
    expect(localizedInput("Текст", undefined)).toEqual({ uk: "Текст" });
    expect(localizedInput(undefined, undefined)).toEqual({});
    expect(localizedInput("Текст", "Text")).toEqual({ uk: "Текст", en: "Text" });
  });
});

describe("texts in any of the languages", () => {
  const texts = zfd.formData({ ...localizedTexts("title", 20) });
  const titled = zfd.formData({ ...localizedTexts("title", 20) }).superRefine((value, ctx) => requireLocalizedText(ctx, value, "title", 3));
  const errorsOf = (entries: [string, string][]) => {
    const result = titled.safeParse(form(entries));
    return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
  };

  it("has one input per UI language, named by the code with a capital first letter", () => {
    expect(Object.keys(localizedTexts("title", 20))).toEqual(["titleUk", "titleEn", "titleDe", "titleFr", "titlePl", "titleIt"]);
    expect(Object.keys(localizedTexts("assetIndustry", 20))).toHaveLength(locales.length);
  });

  it("parses a German-only title and stores it as {de}", () => {
    const parsed = texts.parse(form([["titleDe", "  Neue Bibliothek "]]));
    // Typed per language: form.titleDe is a property of the parsed form.
    const german: string | undefined = parsed.titleDe;
    expect(german).toBe("Neue Bibliothek");
    expect(localizedFrom(parsed, "title")).toEqual({ de: "Neue Bibliothek" });
  });

  it("drops empty and blank inputs, and keeps the languages in the locales' order", () => {
    const parsed = texts.parse(
      form([
        ["titleIt", "Biblioteca"],
        ["titleUk", ""],
        ["titleEn", "   "],
        ["titlePl", "Biblioteka"],
        ["titleFr", ""],
      ]),
    );
    const stored = localizedFrom(parsed, "title");
    expect(stored).toEqual({ pl: "Biblioteka", it: "Biblioteca" });
    expect(Object.keys(stored)).toEqual(["pl", "it"]);
    expect(localizedFrom({ titleUk: "", titleEn: undefined }, "title")).toEqual({});
    expect(localizedFrom({ titleIt: "Ciao", titleUk: "Привіт" }, "title")).toEqual({ uk: "Привіт", it: "Ciao" });
  });

  it("bounds every language's input by the same length", () => {
    const result = texts.safeParse(form([["titleFr", "x".repeat(21)]]));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["titleFr", "tooLong"]]);
  });

  it("gives an edit form every language's value, empty where there is none", () => {
    expect(localizedValues("title", { uk: "Бібліотека", fr: "Bibliothèque", xx: "ignored" })).toEqual({
      titleUk: "Бібліотека",
      titleEn: "",
      titleDe: "",
      titleFr: "Bibliothèque",
      titlePl: "",
      titleIt: "",
    });
    expect(localizedValues("body", null)).toEqual({ bodyUk: "", bodyEn: "", bodyDe: "", bodyFr: "", bodyPl: "", bodyIt: "" });
  });

  it("round-trips stored texts through the edit form's values, the schema and back", () => {
    const stored = { uk: "Бібліотека", de: "Bibliothek", it: "Biblioteca" };
    const posted = form(Object.entries(localizedValues("title", stored)));
    expect(localizedFrom(texts.parse(posted), "title")).toEqual(stored);
  });

  it("requires a text in at least one language, the error on the Ukrainian input, and no stub in any", () => {
    expect(errorsOf([])).toEqual({ titleUk: "required" });
    expect(errorsOf([["titleDe", "Titel"]])).toEqual({});
    expect(errorsOf([["titlePl", "ab"]])).toEqual({ titlePl: "tooShort" });
  });

  it("makes a slug of the English text, else the Ukrainian, else another language's", () => {
    expect(slugText({ titleUk: "Бібліотека", titleEn: "Library", titleDe: "Bibliothek" }, "title")).toBe("Library");
    expect(slugText({ titleUk: "Бібліотека", titleDe: "Bibliothek" }, "title")).toBe("Бібліотека");
    expect(slugText({ titleFr: "Bibliothèque", titleDe: "Bibliothek" }, "title")).toBe("Bibliothek");
    expect(slugText({}, "title")).toBe("");
  });
});

describe("typed numbers", () => {
  const numbers = zfd.formData({ cost: typedMoney(1e9), population: typedWholeNumber(1, 1e8) });
  const read = (entries: [string, string][]) => numbers.safeParse(form(entries));
  const errors = (entries: [string, string][]) => {
    const result = read(entries);
    return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
  };

  it("reads amounts the ways people write them, with the currency they name", () => {
    expect(read([["cost", "~60,000"]]).data?.cost).toEqual({ value: 60000 });
    expect(read([["cost", "60 000,50 грн"]]).data?.cost).toEqual({ value: 60000.5, currency: "UAH" });
    expect(read([["population", "25 000"]]).data?.population).toBe(25000);
    expect(read([]).data).toEqual({ cost: undefined, population: undefined });
  });

  it("puts each refusal on its field, with the key of a message that shows the format", () => {
    expect(errors([["cost", "60,000.000,5"]])).toEqual({ cost: "amount" });
    expect(errors([["cost", "-5"]])).toEqual({ cost: "notNegative" });
    expect(errors([["cost", "2 000 000 000"]])).toEqual({ cost: "tooLarge" });
    expect(errors([["population", "25,5"]])).toEqual({ population: "wholeNumber" });
    expect(errors([["population", "25 000 €"]])).toEqual({ population: "wholeNumber" });
    expect(errors([["population", "0"]])).toEqual({ population: "aboveZero" });
  });

  it("stores the currency typed with an amount over the list's choice", () => {
    expect(withTypedCurrency("EUR", { currency: "UAH" })).toBe("UAH");
    expect(withTypedCurrency("EUR", undefined, { currency: "PLN" })).toBe("PLN");
    expect(withTypedCurrency("EUR", {}, undefined)).toBe("EUR");
  });
});
