import { describe, expect, it } from "vitest";
import { parseOptionLines, pollFormSchema } from "./schema";

describe("parseOptionLines", () => {
  it("pairs line N of each language, ignoring blank lines and surrounding spaces", () => {
    const { options, issues } = parseOptionLines("Так\n\n  Ні  \r\nУтримуюсь\n", "Yes\r\nNo\n\n\nAbstain", false);
    expect(issues).toEqual([]);
    expect(options).toEqual([
      { uk: "Так", en: "Yes" },
      { uk: "Ні", en: "No" },
      { uk: "Утримуюсь", en: "Abstain" },
    ]);
  });

  it("accepts one language only, in either language", () => {
    expect(parseOptionLines("Так\nНі", "", false)).toEqual({ options: [{ uk: "Так" }, { uk: "Ні" }], issues: [] });
    expect(parseOptionLines(undefined, "Yes\nNo", false)).toEqual({ options: [{ en: "Yes" }, { en: "No" }], issues: [] });
  });

  it("refuses lists of different lengths rather than guessing which line goes with which", () => {
    const { options, issues } = parseOptionLines("Так\nНі\nУтримуюсь", "Yes\nNo", false);
    expect(options).toEqual([]);
    expect(issues).toEqual([{ path: "optionsEn", message: "linesMismatch" }]);
  });

  it("needs two options without nominations, on the field that was filled", () => {
    expect(parseOptionLines("", "", false).issues).toEqual([{ path: "optionsUk", message: "required" }]);
    expect(parseOptionLines("Так", "", false).issues).toEqual([{ path: "optionsUk", message: "tooFewOptions" }]);
    expect(parseOptionLines("", "Yes", false).issues).toEqual([{ path: "optionsEn", message: "tooFewOptions" }]);
  });

  it("allows no options at all when members nominate the candidates", () => {
    expect(parseOptionLines("", "\n \n", true)).toEqual({ options: [], issues: [] });
    expect(parseOptionLines("Олена", "Olena", true)).toEqual({ options: [{ uk: "Олена", en: "Olena" }], issues: [] });
  });

  it("allows at most 20 options of at most 120 characters", () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => `Option ${i + 1}`).join("\n");
    expect(parseOptionLines("", many(20), false).issues).toEqual([]);
    expect(parseOptionLines("", many(21), true).issues).toEqual([{ path: "optionsEn", message: "tooManyOptions" }]);
    expect(parseOptionLines(`${"я".repeat(120)}\nНі`, "", false).issues).toEqual([]);
    expect(parseOptionLines(`${"я".repeat(121)}\nНі`, "", false).issues).toEqual([{ path: "optionsUk", message: "tooLong" }]);
  });
});

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

const valid = {
  questionEn: "Which project first?",
  optionsEn: "School bus\nHeating",
  audience: "SIGNED_IN",
  resultsVisibility: "ALWAYS",
  isAnonymous: "on",
  timeZone: "Europe/Berlin",
  opensLocal: "2099-03-01T09:00",
  closesLocal: "2099-03-15T18:00",
};
const errors = (values: Record<string, string>) => {
  const result = pollFormSchema.safeParse(form(values));
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("pollFormSchema", () => {
  it("turns the form into a poll: options in order, times in UTC from the chosen zone", () => {
    const result = pollFormSchema.parse(form(valid));
    expect(result.options).toEqual([{ en: "School bus" }, { en: "Heating" }]);
    expect(result.opensAt.toISOString()).toBe("2099-03-01T08:00:00.000Z"); // CET
    expect(result.closesAt.toISOString()).toBe("2099-03-15T17:00:00.000Z");
    expect(result.isAnonymous).toBe(true);
    expect(result.allowNominations).toBe(false);
  });

  it("reports every problem at once, next to its field", () => {
    expect(errors({ ...valid, questionEn: "Why", optionsEn: "Only one", closesLocal: "2099-02-01T09:00" })).toEqual({
      questionEn: "tooShort",
      optionsEn: "tooFewOptions",
      closesLocal: "endBeforeStart",
    });
    expect(errors({ ...valid, questionEn: "" })).toEqual({ questionUk: "required" });
  });

  it("wants the poll to close in the future", () => {
    expect(errors({ ...valid, opensLocal: "2020-01-01T09:00", closesLocal: "2020-02-01T09:00" })).toEqual({ closesLocal: "closesInPast" });
  });

  it("does not stumble over an unknown time zone", () => {
    expect(errors({ ...valid, timeZone: "Mars/Olympus" })).toEqual({ timeZone: "invalid" });
  });
});

describe("nominationSchema", () => {
  const form = (values: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(values)) data.append(key, value);
    return data;
  };

  it("turns the two label fields into one label, leaving out an empty language", async () => {
    const { nominationSchema } = await import("./schema");
    expect(nominationSchema.parse(form({ pollId: "p1", labelUk: " Олена ", labelEn: "" }))).toEqual({
      pollId: "p1",
      label: { uk: "Олена" },
    });
    expect(nominationSchema.parse(form({ pollId: "p1", labelUk: "Олена", labelEn: "Olena" }))).toEqual({
      pollId: "p1",
      label: { uk: "Олена", en: "Olena" },
    });
  });

  it("needs a label of two characters in either language", async () => {
    const { nominationSchema } = await import("./schema");
    const result = nominationSchema.safeParse(form({ pollId: "p1", labelUk: "О" }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["labelUk", "required"]]);
  });
});
