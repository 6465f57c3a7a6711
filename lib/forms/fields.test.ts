import { describe, expect, it } from "vitest";
import { zfd } from "zod-form-data";
import { CooperationGoal } from "@/generated/prisma/enums";
import {
  countryCodes,
  enumList,
  httpUrl,
  languageCodes,
  localizedInput,
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
