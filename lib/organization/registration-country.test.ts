// The country of a new organisation (and of an event) is a code the picker posts. A name that
// reaches the server anyway is refused whole: "Germany" used to be cut to "GE" by the old two-
// letter input and stored as Georgia.
import { describe, expect, it } from "vitest";
import { eventFormSchema } from "@/lib/event/schema";
import { organizationRegistrationSchema } from "./schema";

const registration = (country: string) => {
  const data = new FormData();
  for (const [name, value] of Object.entries({ kind: "CIVIL_SOCIETY", nameEn: "Bridges", city: "Leipzig", languages: "uk", country }))
    data.append(name, value);
  return organizationRegistrationSchema.safeParse(data);
};

const countryErrors = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).filter((issue) => issue.path[0] === "country").map((issue) => issue.message);

describe("a registration's country", () => {
  it("takes an assigned code: GE is Georgia, and a code in small letters is read in capitals", () => {
    const georgia = registration("GE");
    expect(georgia.success).toBe(true);
    expect(georgia.data?.country).toBe("GE");
    expect(registration("de").data?.country).toBe("DE");
  });

  it("refuses a typed name instead of cutting it to two letters", () => {
    for (const typed of ["Germany", "Ge rmany", "Німеччина", "DEU"]) {
      const result = registration(typed);
      expect(result.success, typed).toBe(false);
      expect(countryErrors(result), typed).toEqual(["invalid"]);
    }
  });

  it("refuses two letters that name no country", () => {
    for (const code of ["EU", "ZZ", "QQ"]) expect(countryErrors(registration(code)), code).toEqual(["invalid"]);
  });

  it("requires a country", () => {
    expect(countryErrors(registration(""))).toEqual(["required"]);
  });
});

describe("an event's country", () => {
  const event = (country: string) => {
    const data = new FormData();
    const fields = {
      type: "NETWORKING",
      titleEn: "Evening",
      timeZone: "Europe/Berlin",
      startsLocal: "2030-03-28T18:30",
      endsLocal: "2030-03-28T20:30",
      city: "Leipzig",
      languages: "uk",
      country,
    };
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    return eventFormSchema.safeParse(data);
  };

  it("takes GE and refuses Germany", () => {
    expect(countryErrors(event("GE"))).toEqual([]);
    expect(countryErrors(event("Germany"))).toEqual(["invalid"]);
  });
});
