import { describe, expect, it } from "vitest";
import { communityImportColumns, parseCommunityFile, rowToProfileInput, unmatchedRows, validateCommunityRow } from "./import";

const empty = Object.fromEntries(communityImportColumns.map((column) => [column, ""]));
const cells = (values: Record<string, string>) => ({ ...empty, katottg: "UA05020010000014961", ...values });

describe("rowToProfileInput", () => {
  it("names every field of the edit form by its snake_case column, lists split at semicolons", () => {
    const { katottg, input, errors } = rowToProfileInput(
      cells({
        katottg: " ua05020010000014961 ",
        description_en: "A river town",
        cooperation_goals: "RECOVERY; CIVIL_SOCIETY",
        languages: "uk;en",
      }),
    );
    expect(errors).toEqual([]);
    expect(katottg).toBe("UA05020010000014961");
    expect(input).toMatchObject({
      descriptionEn: "A river town",
      descriptionUk: "",
      cooperationGoals: ["RECOVERY", "CIVIL_SOCIETY"],
      languages: "uk;en",
    });
    expect(communityImportColumns).toContain("preferred_population_min");
    expect(communityImportColumns).not.toContain("population");
  });

  it("refuses a formula cell and takes the export's apostrophe off again", () => {
    expect(rowToProfileInput(cells({ offer_en: "=HYPERLINK(1)" })).errors).toEqual([{ column: "offer_en", message: "formula" }]);
    expect(rowToProfileInput(cells({ offer_en: "'-a minus" })).input.offerEn).toBe("-a minus");
    // A phone's "+" is no formula: the schema allows digits and separators only.
    expect(rowToProfileInput(cells({ phone: "+380 44 123-45-67" })).errors).toEqual([]);
    expect(validateCommunityRow(cells({ phone: "+SUM(1)" }), 2)).toEqual({
      ok: false,
      errors: [{ row: 2, column: "phone", message: "invalid" }],
    });
  });

  it("requires the code", () => {
    expect(rowToProfileInput(cells({ katottg: "" })).errors).toEqual([{ column: "katottg", message: "required" }]);
  });
});

describe("validateCommunityRow", () => {
  it("validates with the edit form's schema: the same values, the same errors", () => {
    const ok = validateCommunityRow(cells({ languages: "UK, en", preferred_kinds: "BUSINESS", preferred_population_min: "1 000" }), 2);
    expect(ok).toMatchObject({ ok: true, value: { row: 2, profile: { languages: ["uk", "en"], preferredPopulationMin: 1000 } } });
    const bad = validateCommunityRow(cells({ website: "javascript:alert(1)", cooperation_goals: "WORLD_PEACE" }), 3);
    expect(bad).toEqual({
      ok: false,
      errors: expect.arrayContaining([
        { row: 3, column: "website", message: "invalidUrl" },
        { row: 3, column: "cooperation_goals", message: "invalid" },
      ]),
    });
    expect(validateCommunityRow(cells({ preferred_population_min: "9", preferred_population_max: "2" }), 4)).toEqual({
      ok: false,
      errors: [{ row: 4, column: "preferred_population_max", message: "invalid" }],
    });
  });
});

describe("parseCommunityFile", () => {
  it("reports the missing columns of a file once", async () => {
    const parsed = await parseCommunityFile(new Blob(["katottg,description_en\nUA1,x\n"]), "csv");
    expect(parsed.rows).toEqual([]);
    expect(parsed.errors).toContainEqual({ row: 0, column: "offer_uk", message: "missingColumn" });
    expect(parsed.errors.every((error) => error.row === 0)).toBe(true);
  });

  it("reads a JSON list with the same columns", async () => {
    const parsed = await parseCommunityFile(new Blob([JSON.stringify([cells({ cooperation_goals: ["RECOVERY"] as never })])]), "json");
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows[0]).toMatchObject({ row: 1, profile: { cooperationGoals: ["RECOVERY"] } });
  });
});

describe("unmatchedRows", () => {
  it("reports unknown codes and a community named twice", () => {
    const row = (n: number, katottg: string) => ({ row: n, katottg, profile: {} as never });
    expect(unmatchedRows([row(2, "A"), row(3, "B"), row(4, "A")], new Set(["A"]))).toEqual([
      { row: 3, column: "katottg", message: "unknownCode" },
      { row: 4, column: "katottg", message: "duplicateCode" },
    ]);
  });
});
