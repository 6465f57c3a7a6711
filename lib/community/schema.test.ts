import { describe, expect, it } from "vitest";
import { communityProfileSchema } from "./schema";

const form = (values: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  return data;
};
const issues = async (values: Record<string, string | string[]>) => {
  const result = await communityProfileSchema.safeParseAsync(form(values));
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("communityProfileSchema", () => {
  it("reads a filled-in profile", async () => {
    const parsed = await communityProfileSchema.parseAsync(
      form({
        challengesEn: "  Old school buses.  ",
        challengesUk: "Старі шкільні автобуси.",
        cooperationGoals: ["RECOVERY", "EXPERIENCE_EXCHANGE"],
        languages: "uk, en, pl",
        email: "International@Berezhany.Example",
        phone: "+380 3548 2-11-43",
        website: "https://berezhany.example",
        preferredCountries: "de, pl",
        preferredKinds: ["FOREIGN_MUNICIPALITY"],
        preferredPopulationMin: "10 000",
        preferredPopulationMax: "80000",
      }),
    );
    expect(parsed).toMatchObject({
      challengesEn: "Old school buses.",
      challengesUk: "Старі шкільні автобуси.",
      cooperationGoals: ["RECOVERY", "EXPERIENCE_EXCHANGE"],
      languages: ["uk", "en", "pl"],
      email: "international@berezhany.example",
      phone: "+380 3548 2-11-43",
      preferredCountries: ["DE", "PL"],
      preferredKinds: ["FOREIGN_MUNICIPALITY"],
      preferredPopulationMin: 10_000,
      preferredPopulationMax: 80_000,
    });
  });

  it("takes an empty form as an empty profile", async () => {
    expect(await communityProfileSchema.parseAsync(form({ challengesEn: "", preferredPopulationMin: "" }))).toEqual({
      cooperationGoals: [],
      languages: [],
      preferredCountries: [],
      preferredKinds: [],
    });
  });

  it("refuses what does not belong in each field, on that field", async () => {
    expect(
      await issues({
        descriptionEn: "x".repeat(8001),
        phone: "ring the mayor",
        email: "not-an-address",
        website: "javascript:alert(1)",
        preferredKinds: ["EVIL"],
        preferredPopulationMin: "-1",
        preferredPopulationMax: "1e9",
      }),
    ).toEqual({
      descriptionEn: "tooLong",
      phone: "invalid",
      email: "invalidEmail",
      website: "invalidUrl",
      preferredKinds: "invalid",
      preferredPopulationMin: "notNegative",
      preferredPopulationMax: "wholeNumber",
    });
  });

  it("takes phone numbers as people write them", async () => {
    for (const phone of ["+380 3548 2-11-43", "(03548) 2-11-43", "+49.30.1234567"]) expect(await issues({ phone })).toEqual({});
    for (const phone of ["12", "call +380 3548", "+380 3548 <b>"]) expect(await issues({ phone })).toEqual({ phone: "invalid" });
  });

  it("refuses a population range whose upper bound is below the lower one", async () => {
    expect(await issues({ preferredPopulationMin: "50000", preferredPopulationMax: "20000" })).toEqual({
      preferredPopulationMax: "invalid",
    });
    expect(await issues({ preferredPopulationMin: "20000", preferredPopulationMax: "20000" })).toEqual({});
  });
});
