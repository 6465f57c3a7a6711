import { describe, expect, it } from "vitest";
import { minorToEur } from "./eur";
import { MINOR_PER_UNIT_SQL, minorToUnits, unitsToMinor } from "./minor";

describe("minor units", () => {
  it("round-trips a typed amount with cents", () => {
    expect(unitsToMinor(1234.56)).toBe(123456n);
    expect(unitsToMinor(0.1 + 0.2)).toBe(30n);
    expect(minorToUnits(123456n)).toBe(1234.56);
    expect(minorToUnits("6000000")).toBe(60000);
  });

  it("converts to euros through units", () => {
    expect(minorToEur(10_000n, "EUR")).toBe(100);
    expect(minorToEur(10_000n, "usd")).toBe(92);
    expect(minorToEur(10_000n, "XXX")).toBeNull();
  });

  it("divides by the same constant in SQL, as a numeric literal that keeps the cents", () => {
    expect(MINOR_PER_UNIT_SQL).toBe("100.0");
  });
});
