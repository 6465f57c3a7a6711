import { describe, expect, it } from "vitest";
import { latinSlug, slugFrom } from "./slug";

describe("slugFrom", () => {
  it("romanises Ukrainian and keeps only safe characters", () => {
    expect(slugFrom("Українська громада Мюнхена")).toBe("ukrainska-hromada-miunkhena");
    expect(slugFrom("  Kraków — Help! ")).toBe("krakow-help");
  });
  it("never returns an empty slug", () => {
    expect(slugFrom("!!!")).toBe("listing");
  });
  it("cuts long names at a word boundary-safe length", () => {
    expect(slugFrom("a".repeat(100)).length).toBeLessThanOrEqual(60);
    expect(slugFrom("ab ".repeat(40))).not.toMatch(/-$/);
  });
});

describe("latinSlug", () => {
  it("keeps Latin letters without their accents and drops other scripts", () => {
    expect(latinSlug("Łódź Über-Straße")).toBe("lodz-uber-strasse");
    expect(latinSlug("Київ Kyiv")).toBe("kyiv");
  });
});
