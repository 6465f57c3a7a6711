import { describe, expect, it } from "vitest";
import { offerColumns } from "./offer";
import { organizationEditSchema } from "./schema";

const TERNOPIL = "UA61000000000060328";
const LVIV = "UA46000000000026241";

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, item);
  return data;
}

/** An edit form as the page posts it: a name, and the offer section marked as present. */
const edit = (offer: Record<string, string | string[]>) => form({ nameEn: "Bridges", offer: "1", budgetCurrency: "EUR", ...offer });

function fieldErrors(data: FormData): Record<string, string[]> {
  const result = organizationEditSchema.safeParse(data);
  expect(result.success, "expected the form to be refused").toBe(false);
  const errors: Record<string, string[]> = {};
  for (const issue of result.error!.issues) (errors[String(issue.path[0])] ??= []).push(issue.message);
  return errors;
}

describe("the organisation edit schema: its texts", () => {
  it("takes the name, mission and description in any of the languages", () => {
    const parsed = organizationEditSchema.parse(form({ nameDe: "Brücken e.V.", missionFr: "Reconstruire", descriptionIt: "Descrizione" }));
    expect(parsed).toMatchObject({ nameDe: "Brücken e.V.", missionFr: "Reconstruire", descriptionIt: "Descrizione" });
  });

  it("needs a name of 2 characters or more in at least one language, and says so on the Ukrainian one", () => {
    expect(fieldErrors(form({ nameDe: "B", nameEn: "" }))).toEqual({ nameUk: ["required"] });
    expect(organizationEditSchema.safeParse(form({ namePl: "Mosty" })).success).toBe(true);
  });
});

describe("the organisation edit schema: what it offers", () => {
  it("reads the offer section: codes once each in a fixed order, amounts in units", () => {
    const parsed = organizationEditSchema.parse(
      edit({
        aidTypes: ["IN_KIND", "GRANT", "GRANT"],
        operatingCountries: ["pl", "UA", "DE"],
        operatingOblasts: [TERNOPIL, LVIV],
        budgetMin: "10 000",
        budgetMax: "90000.50",
        budgetCurrency: "PLN",
      }),
    );
    expect(parsed.offer).toEqual({
      aidTypes: ["GRANT", "IN_KIND"],
      operatingCountries: ["DE", "PL", "UA"],
      operatingOblasts: [LVIV, TERNOPIL],
      budgetMin: 10_000,
      budgetMax: 90_000.5,
      budgetCurrency: "PLN",
      population: undefined,
    });
  });

  it("reads no boxes ticked and empty amounts as none", () => {
    const parsed = organizationEditSchema.parse(edit({ budgetMin: "", budgetMax: "" }));
    expect(parsed.offer).toMatchObject({
      aidTypes: [],
      operatingCountries: [],
      operatingOblasts: [],
      budgetMin: undefined,
      budgetMax: undefined,
    });
  });

  it("leaves the offer out of an edit from a form without the offer section", () => {
    const parsed = organizationEditSchema.parse(form({ nameEn: "Bridges", aidTypes: "GRANT" }));
    expect(parsed.offer).toBeUndefined();
  });

  it("refuses a minimum above the maximum, next to the maximum", () => {
    expect(fieldErrors(edit({ budgetMin: "50000", budgetMax: "20000" }))).toEqual({ budgetMax: ["minAboveMax"] });
    expect(organizationEditSchema.safeParse(edit({ budgetMin: "20000", budgetMax: "20000" })).success).toBe(true);
    expect(organizationEditSchema.safeParse(edit({ budgetMin: "50000" })).success).toBe(true);
  });

  it("refuses negative, non-numeric and absurd amounts with their own messages", () => {
    expect(fieldErrors(edit({ budgetMin: "-5" }))).toEqual({ budgetMin: ["notNegative"] });
    expect(fieldErrors(edit({ budgetMax: "25,000.000,5" }))).toEqual({ budgetMax: ["amount"] });
    expect(fieldErrors(edit({ budgetMax: "1.2345" }))).toEqual({ budgetMax: ["amount"] });
    expect(fieldErrors(edit({ budgetMax: "2000000000" }))).toEqual({ budgetMax: ["tooLarge"] });
    expect(fieldErrors(edit({ budgetMin: "10", budgetCurrency: "XYZ" }))).toEqual({ budgetCurrency: ["invalid"] });
  });

  it("reads amounts as people write them, and a currency typed with them over the list's", () => {
    const offer = (fields: Record<string, string>) => organizationEditSchema.parse(edit(fields)).offer;
    expect(offer({ budgetMin: "~25,000", budgetMax: "90 000,50" })).toMatchObject({
      budgetMin: 25_000,
      budgetMax: 90_000.5,
      budgetCurrency: "EUR",
    });
    expect(offer({ budgetMin: "10 000 грн", budgetMax: "50 000", budgetCurrency: "EUR" })).toMatchObject({ budgetCurrency: "UAH" });
    expect(fieldErrors(edit({ budgetMin: "€10 000", budgetMax: "$50 000" }))).toEqual({ budgetMax: ["currencyMismatch"] });
  });

  it("accepts only known oblast codes and well-formed country codes", () => {
    expect(fieldErrors(edit({ operatingOblasts: [TERNOPIL, "UA99000000000000000"] }))).toEqual({ operatingOblasts: ["invalid"] });
    expect(fieldErrors(edit({ operatingOblasts: "Lviv" }))).toEqual({ operatingOblasts: ["invalid"] });
    expect(fieldErrors(edit({ operatingCountries: ["DE", "Germany"] }))).toEqual({ operatingCountries: ["invalid"] });
    expect(fieldErrors(edit({ aidTypes: "MONEY" }))).toEqual({ aidTypes: ["invalid"] });
  });

  it("takes a population of at least one resident, in whole numbers", () => {
    expect(organizationEditSchema.parse(edit({ population: "3 850 000" })).offer?.population).toBe(3_850_000);
    expect(fieldErrors(edit({ population: "0" }))).toEqual({ population: ["aboveZero"] });
    expect(fieldErrors(edit({ population: "12.5" }))).toEqual({ population: ["wholeNumber"] });
    expect(fieldErrors(edit({ population: "1000000000" }))).toEqual({ population: ["tooLarge"] });
  });
});

describe("offerColumns", () => {
  const offer = {
    aidTypes: ["GRANT" as const],
    operatingCountries: ["UA"],
    operatingOblasts: [LVIV],
    budgetMin: 10_000,
    budgetMax: 90_000.5,
    budgetCurrency: "EUR",
    population: 120_000,
  };

  it("stores amounts in minor units with their currency", () => {
    expect(offerColumns(offer, "CIVIL_SOCIETY")).toMatchObject({
      budgetMinMinor: 1_000_000n,
      budgetMaxMinor: 9_000_050n,
      budgetCurrency: "EUR",
    });
    expect(offerColumns({ ...offer, budgetMin: undefined }, "CIVIL_SOCIETY")).toMatchObject({
      budgetMinMinor: null,
      budgetMaxMinor: 9_000_050n,
      budgetCurrency: "EUR",
    });
  });

  it("keeps no currency when no amount is given", () => {
    expect(offerColumns({ ...offer, budgetMin: undefined, budgetMax: undefined }, "CIVIL_SOCIETY")).toMatchObject({
      budgetMinMinor: null,
      budgetMaxMinor: null,
      budgetCurrency: null,
    });
  });

  it("stores a population for foreign municipalities only and leaves the column alone otherwise", () => {
    expect(offerColumns(offer, "FOREIGN_MUNICIPALITY").population).toBe(120_000);
    expect(offerColumns({ ...offer, population: undefined }, "FOREIGN_MUNICIPALITY")).toHaveProperty("population", null);
    expect(offerColumns(offer, "CIVIL_SOCIETY")).not.toHaveProperty("population");
    expect(offerColumns(offer, "DIASPORA_ASSOCIATION")).not.toHaveProperty("population");
  });
});
