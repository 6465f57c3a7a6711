import { describe, expect, it } from "vitest";
import { isLongUnanswered } from "./questions";

describe("isLongUnanswered", () => {
  const now = new Date("2026-12-07T12:00:00Z");
  it("marks a question unanswered for more than 14 days", () => {
    expect(isLongUnanswered({ answeredAt: null, createdAt: new Date("2026-11-22T11:00:00Z") }, now)).toBe(true);
    expect(isLongUnanswered({ answeredAt: null, createdAt: new Date("2026-11-24T12:00:00Z") }, now)).toBe(false);
  });
  it("never marks an answered one", () => {
    expect(isLongUnanswered({ answeredAt: now, createdAt: new Date("2026-01-01T00:00:00Z") }, now)).toBe(false);
  });
});
