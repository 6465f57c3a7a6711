import { describe, expect, it } from "vitest";
import { editableColumns, editableSelect, fromJsonValue, isEditableColumn, sameValue, toJsonValue } from "./editable";

describe("editable organisation columns in JSON", () => {
  it("selects exactly the allow-listed columns", () => {
    expect(Object.keys(editableSelect).sort()).toEqual([...editableColumns].sort());
    expect(isEditableColumn("budgetMinMinor")).toBe(true);
    expect(isEditableColumn("isVerified")).toBe(false);
  });

  it("carries BigInt amounts as decimal strings and back", () => {
    const after = { budgetMinMinor: toJsonValue(1_000_000n), budgetMaxMinor: toJsonValue(null), aidTypes: toJsonValue(["GRANT"]) };
    // What a ChangeRequest stores must survive JSON (JSON.stringify throws on BigInt).
    const stored = JSON.parse(JSON.stringify(after)) as Record<string, unknown>;
    expect(stored).toEqual({ budgetMinMinor: "1000000", budgetMaxMinor: null, aidTypes: ["GRANT"] });
    expect(fromJsonValue("budgetMinMinor", stored.budgetMinMinor)).toBe(1_000_000n);
    expect(fromJsonValue("budgetMaxMinor", stored.budgetMaxMinor)).toBeNull();
    expect(fromJsonValue("aidTypes", stored.aidTypes)).toEqual(["GRANT"]);
    expect(() => fromJsonValue("budgetMinMinor", "-5")).toThrow();
  });

  it("compares lists of codes as sets and amounts by value", () => {
    expect(
      sameValue("operatingOblasts", ["UA61000000000060328", "UA46000000000026241"], ["UA46000000000026241", "UA61000000000060328"]),
    ).toBe(true);
    expect(sameValue("aidTypes", ["GRANT"], ["GRANT", "IN_KIND"])).toBe(false);
    expect(sameValue("budgetMinMinor", 1_000_000n, 1_000_000n)).toBe(true);
    expect(sameValue("budgetMinMinor", 1_000_000n, 900_000n)).toBe(false);
    expect(sameValue("population", null, undefined)).toBe(true);
    expect(sameValue("name", { en: "Bridges", uk: "Мости" }, { uk: "Мости", en: "Bridges" })).toBe(true);
    expect(sameValue("name", { en: "Bridges", uk: "Мости" }, { uk: "Мости" })).toBe(false);
    // Languages keep their order: it is the order the profile lists them in.
    expect(sameValue("languages", ["uk", "de"], ["de", "uk"])).toBe(false);
  });
});
