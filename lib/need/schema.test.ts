import { describe, expect, it } from "vitest";
import { needSchema } from "./schema";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries({ communityId: "c1", titleEn: "Boiler house", sector: "HEATING", ...fields }))
    data.append(key, value);
  return data;
};
const errors = (fields: Record<string, string>) => {
  const result = needSchema.safeParse(form(fields));
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("the need form's schema", () => {
  // The walk-through's examples: each was refused with "This value is not accepted." before.
  it.each([
    ["~60,000", 60000],
    ["60 000", 60000],
    ["60,000", 60000],
    ["60.000", 60000],
    ["€ 60 000", 60000],
    ["60 000,50", 60000.5],
    ["60000", 60000],
  ])("reads the cost %j as %d", (cost, value) => {
    expect(needSchema.parse(form({ cost })).cost).toBe(value);
  });

  it("takes a currency typed with the cost over the list's, and the list's otherwise", () => {
    expect(needSchema.parse(form({ cost: "60 000 грн", currency: "EUR" }))).toMatchObject({ cost: 60000, currency: "UAH" });
    expect(needSchema.parse(form({ cost: "60 000", currency: "PLN" }))).toMatchObject({ cost: 60000, currency: "PLN" });
    expect(needSchema.parse(form({}))).toMatchObject({ cost: undefined, currency: "EUR" });
  });

  it("refuses an ambiguous cost with the message that shows the format", () => {
    expect(errors({ cost: "60,000.000,5" })).toEqual({ cost: "amount" });
  });

  it("names every field to correct in one answer, the missing title too", () => {
    expect(errors({ titleEn: "", sector: "", cost: "lots" })).toEqual({ sector: "choose", cost: "amount", titleUk: "required" });
  });

  it("takes the title in any of the languages, 3 characters or more in one of them", () => {
    expect(errors({ titleEn: "", titlePl: "Kotłownia" })).toEqual({});
    expect(needSchema.parse(form({ titleEn: "", titleDe: "Heizhaus" }))).toMatchObject({ titleDe: "Heizhaus", titleEn: undefined });
    expect(errors({ titleEn: "", titleDe: "Ab" })).toEqual({ titleUk: "required" });
  });

  it("asks for the sector rather than assuming one, and keeps urgency's stated default", () => {
    expect(errors({ sector: "" })).toEqual({ sector: "choose" });
    expect(needSchema.parse(form({})).urgency).toBe("MEDIUM");
  });
});
