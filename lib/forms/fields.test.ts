import { describe, expect, it } from "vitest";
import { zfd } from "zod-form-data";
import { CooperationGoal } from "@/generated/prisma/enums";
import { countryCodes, enumList, httpUrl, languageCodes, localizedInput, splitCodes } from "./fields";

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
