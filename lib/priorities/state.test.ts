import { describe, expect, it } from "vitest";
import { byCurrentFirst, checkAllocation, roundPhase } from "./state";

const day = 86_400_000;
const at = (days: number) => new Date(Date.UTC(2026, 10, 22) + days * day);
const round = { opensAt: at(0), ideasCloseAt: at(10), closesAt: at(20) };

describe("roundPhase", () => {
  it("gathers ideas from the opening, ranks from the ideas' close, closes at the close (ends exclusive)", () => {
    expect(roundPhase(round, at(-1))).toBe("UPCOMING");
    expect(roundPhase(round, at(0))).toBe("IDEAS");
    expect(roundPhase(round, at(10))).toBe("RANKING");
    expect(roundPhase(round, new Date(at(20).getTime() - 1))).toBe("RANKING");
    expect(roundPhase(round, at(20))).toBe("CLOSED");
  });

  it("lists the rounds people can act in first", () => {
    const rounds = [
      { id: "closed", ...round, opensAt: at(-40), ideasCloseAt: at(-30), closesAt: at(-20) },
      { id: "upcoming", opensAt: at(5), ideasCloseAt: at(10), closesAt: at(20) },
      { id: "ideas", ...round },
      { id: "ranking", opensAt: at(-10), ideasCloseAt: at(-1), closesAt: at(5) },
    ];
    expect(byCurrentFirst(rounds, at(1)).map((r) => r.id)).toEqual(["ranking", "ideas", "upcoming", "closed"]);
  });
});

describe("checkAllocation", () => {
  const ballot = new Set(["a", "b", "c"]);
  it("keeps the ideas given points, within the budget", () => {
    expect(
      checkAllocation(
        [
          { ideaId: "a", points: 6 },
          { ideaId: "b", points: 0 },
          { ideaId: "c", points: 4 },
        ],
        10,
        ballot,
      ),
    ).toEqual({
      ok: true,
      allocations: [
        { ideaId: "a", points: 6 },
        { ideaId: "c", points: 4 },
      ],
    });
  });
  it("refuses too many points, none, fractions, negatives, repeats and ideas not on the ballot", () => {
    expect(checkAllocation([{ ideaId: "a", points: 11 }], 10, ballot)).toEqual({ ok: false, reason: "TOO_MANY_POINTS" });
    expect(checkAllocation([{ ideaId: "a", points: 0 }], 10, ballot)).toEqual({ ok: false, reason: "NO_POINTS" });
    expect(checkAllocation([], 10, ballot)).toEqual({ ok: false, reason: "NO_POINTS" });
    for (const allocations of [
      [{ ideaId: "a", points: 1.5 }],
      [
        { ideaId: "a", points: -1 },
        { ideaId: "b", points: 3 },
      ],
      [
        { ideaId: "a", points: 1 },
        { ideaId: "a", points: 1 },
      ],
      [{ ideaId: "z", points: 1 }],
      [{ ideaId: "a", points: Number.NaN }],
    ])
      expect(checkAllocation(allocations, 10, ballot)).toEqual({ ok: false, reason: "INVALID_IDEA" });
  });
});
