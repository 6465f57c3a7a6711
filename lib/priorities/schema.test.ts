import { describe, expect, it } from "vitest";
import { ballotSchema } from "./schema";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
};

describe("ballotSchema", () => {
  it("pairs each idea with the points typed beside it; empty boxes are 0", async () => {
    const parsed = await ballotSchema.parseAsync(
      form([
        ["roundId", "r1"],
        ["position", "ABROAD"],
        ["ideaId", "a"],
        ["points", "7"],
        ["ideaId", "b"],
        ["points", ""],
        ["ideaId", "c"],
        ["points", " 3 "],
      ]),
    );
    expect(parsed).toEqual({
      roundId: "r1",
      position: "ABROAD",
      allocations: [
        { ideaId: "a", points: 7 },
        { ideaId: "b", points: 0 },
        { ideaId: "c", points: 3 },
      ],
    });
  });

  it("refuses a missing position, no points, negative or fractional points and unpaired lists", async () => {
    const refused = async (entries: [string, string][]) => !(await ballotSchema.safeParseAsync(form(entries))).success;
    const base: [string, string][] = [
      ["roundId", "r1"],
      ["position", "RESIDENT"],
    ];
    expect(
      await refused([
        ["roundId", "r1"],
        ["ideaId", "a"],
        ["points", "5"],
      ]),
    ).toBe(true);
    expect(await refused([...base, ["ideaId", "a"], ["points", "0"]])).toBe(true);
    expect(await refused([...base, ["ideaId", "a"], ["points", "-2"]])).toBe(true);
    expect(await refused([...base, ["ideaId", "a"], ["points", "2.5"]])).toBe(true);
    expect(await refused([...base, ["ideaId", "a"], ["ideaId", "b"], ["points", "2"]])).toBe(true);
    expect(await refused([...base, ["ideaId", "a"], ["points", "2"]])).toBe(false);
  });
});
