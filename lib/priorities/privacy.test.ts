import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { VoicePosition } from "@/generated/prisma/enums";
import { MIN_GROUP_SIZE, shownPositions, VOICE_POSITIONS } from "./privacy";

const turnout = (counts: Partial<Record<VoicePosition, number>>) => new Map(Object.entries(counts) as [VoicePosition, number][]);

describe("shownPositions", () => {
  it("shows groups of at least five, in the ballot's order", () => {
    expect(shownPositions(turnout({ ABROAD: 7, RESIDENT: 12 }))).toEqual(["RESIDENT", "ABROAD"]);
    expect(shownPositions(turnout({ RESIDENT: 5, ABROAD: 3, DISPLACED: 2 }))).toEqual(["RESIDENT"]);
    expect(shownPositions(turnout({ RESIDENT: 4 }))).toEqual([]);
  });

  it("hides a group when the total minus the shown groups would give fewer than five people", () => {
    // 9 residents and 1 abroad: the total less the residents is one person's ballot.
    expect(shownPositions(turnout({ RESIDENT: 9, ABROAD: 1 }))).toEqual([]);
    // The smallest shown group joins the hidden ones until they are five or more.
    expect(shownPositions(turnout({ RESIDENT: 20, ABROAD: 6, DISPLACED: 2 }))).toEqual(["RESIDENT"]);
  });

  it("never leaves 1–4 ballots out, and never shows a group under five", () => {
    const counts = fc.record(
      Object.fromEntries(VOICE_POSITIONS.map((p) => [p, fc.nat({ max: 30 })])) as Record<VoicePosition, fc.Arbitrary<number>>,
    );
    fc.assert(
      fc.property(counts, (c) => {
        const shown = shownPositions(turnout(c));
        for (const position of shown) expect(c[position]).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
        const total = VOICE_POSITIONS.reduce((sum, p) => sum + c[p], 0);
        const left = total - shown.reduce((sum, p) => sum + c[p], 0);
        expect(left === 0 || left >= MIN_GROUP_SIZE || shown.length === 0).toBe(true);
      }),
    );
  });
});
