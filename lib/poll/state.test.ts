import { describe, expect, it } from "vitest";
import { pollState, resultsVisible, tallyResults } from "./state";

const poll = { opensAt: new Date("2026-11-01T00:00:00Z"), closesAt: new Date("2026-11-10T00:00:00Z") };

describe("pollState", () => {
  it("is open from opensAt inclusive to closesAt exclusive", () => {
    expect(pollState(poll, new Date("2026-10-31T23:59:59Z"))).toBe("UPCOMING");
    expect(pollState(poll, poll.opensAt)).toBe("OPEN");
    expect(pollState(poll, new Date("2026-11-09T23:59:59Z"))).toBe("OPEN");
    expect(pollState(poll, poll.closesAt)).toBe("CLOSED");
  });
  it("hides AFTER_CLOSE results until the close", () => {
    expect(resultsVisible({ ...poll, resultsVisibility: "AFTER_CLOSE" }, new Date("2026-11-05T00:00:00Z"))).toBe(false);
    expect(resultsVisible({ ...poll, resultsVisibility: "AFTER_CLOSE" }, poll.closesAt)).toBe(true);
    expect(resultsVisible({ ...poll, resultsVisibility: "ALWAYS" }, new Date("2026-11-05T00:00:00Z"))).toBe(true);
  });
});

describe("tallyResults", () => {
  it("counts, totals and rounds shares", () => {
    const result = tallyResults(
      [
        { id: "a", label: "A" },
        { id: "b", label: "B" },
        { id: "c", label: "C" },
      ],
      new Map([
        ["a", 2],
        ["b", 1],
      ]),
    );
    expect(result.total).toBe(3);
    expect(result.options.map((o) => [o.votes, o.percent])).toEqual([
      [2, 66.7],
      [1, 33.3],
      [0, 0],
    ]);
  });
  it("is all zero without votes", () => {
    expect(tallyResults([{ id: "a", label: "A" }], new Map()).options[0]?.percent).toBe(0);
  });
});
