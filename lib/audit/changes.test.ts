import { describe, expect, it } from "vitest";
import { auditValue, changedColumns } from "./changes";

describe("changedColumns", () => {
  it("treats the same localized text in another key order as unchanged", () => {
    const current = { challenges: { en: "Old buses", uk: "Старі автобуси" }, languages: ["uk", "en"] };
    const next = { challenges: { uk: "Старі автобуси", en: "Old buses" }, languages: ["uk", "en"] };
    expect(changedColumns(current, next, ["challenges", "languages"]).changed).toEqual([]);
  });

  it("lists what changed with its JSON values before and after", () => {
    const current = { challenges: { en: "Old" }, costMinor: 100n, deadline: null as Date | null, website: "https://a.example" };
    const next = { challenges: { en: "New" }, costMinor: 250n, deadline: new Date("2027-01-31T23:59:59Z"), website: "https://a.example" };
    expect(changedColumns(current, next, ["challenges", "costMinor", "deadline", "website"])).toEqual({
      changed: ["challenges", "costMinor", "deadline"],
      before: { challenges: { en: "Old" }, costMinor: "100", deadline: null },
      after: { challenges: { en: "New" }, costMinor: "250", deadline: "2027-01-31T23:59:59.000Z" },
    });
  });

  it("compares ticked boxes as sets when asked, other lists in order", () => {
    const current = { kinds: ["FOREIGN_MUNICIPALITY", "CIVIL_SOCIETY"], languages: ["uk", "en"] };
    const next = { kinds: ["CIVIL_SOCIETY", "FOREIGN_MUNICIPALITY"], languages: ["en", "uk"] };
    expect(changedColumns(current, next, ["kinds", "languages"], { unordered: ["kinds"] }).changed).toEqual(["languages"]);
    expect(changedColumns(current, { ...next, kinds: ["CIVIL_SOCIETY"] }, ["kinds"], { unordered: ["kinds"] }).changed).toEqual(["kinds"]);
  });

  it("holds null and undefined as the same absent value", () => {
    expect(auditValue(undefined)).toBeNull();
    expect(changedColumns({ email: null }, { email: undefined }, ["email"]).changed).toEqual([]);
  });
});
