import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  analyseDialogue,
  clusterParticipants,
  MIN_GROUP_SIZE,
  meanSilhouette,
  POSITIONS,
  type DialogueAnalysis,
  type Position,
  type VoteRow,
  type VoteValue,
} from "./analysis";
import { simulateCamps, type Camp } from "./simulate";

const statementIdsOf = (n: number) => Array.from({ length: n }, (_, i) => `st-${i}`);

/**
 * For every camp, the group most of its members landed in and the share that did. The groups
 * "match the camps" when every camp has a share of at least 95 % and no two camps share a group.
 */
function matchCamps(groupOf: Record<string, number>, campOf: Record<string, number>, camps: number) {
  return Array.from({ length: camps }, (_, camp) => {
    const members = Object.keys(campOf).filter((id) => campOf[id] === camp);
    const perGroup = new Map<number, number>();
    for (const id of members) {
      const g = groupOf[id];
      if (g !== undefined) perGroup.set(g, (perGroup.get(g) ?? 0) + 1);
    }
    const [group, count] = [...perGroup.entries()].sort((a, b) => b[1] - a[1])[0] ?? [-1, 0];
    return { group, share: count / members.length };
  });
}

// Two camps: opposite on statements 0–9 (camp 0 agrees where camp 1 disagrees and the other way
// round), both agree on 10–15.
const TWO_STATEMENTS = statementIdsOf(16);
const OPPOSED = TWO_STATEMENTS.slice(0, 10);
const SHARED = TWO_STATEMENTS.slice(10);
const leaning0: VoteValue[] = TWO_STATEMENTS.map((_, i) => (i < 10 ? (i % 2 === 0 ? 1 : -1) : 1));
const leaning1: VoteValue[] = TWO_STATEMENTS.map((_, i) => (i < 10 ? (i % 2 === 0 ? -1 : 1) : 1));
const TWO_CAMPS: Camp[] = [
  { size: 40, leaning: leaning0 },
  { size: 30, leaning: leaning1 },
];
const two = simulateCamps({ camps: TWO_CAMPS, statementIds: TWO_STATEMENTS, noise: 0.1, skip: 0.15, seed: 7 });

/** The checks every analysis must pass, whatever the input. */
function expectValid(analysis: DialogueAnalysis, statementIds: readonly string[]) {
  const isCount = (n: number) => Number.isInteger(n) && n >= 0;
  expect(isCount(analysis.participants) && isCount(analysis.votes) && isCount(analysis.clustered)).toBe(true);
  expect(analysis.clustered).toBeLessThanOrEqual(analysis.participants);
  expect(analysis.k).toBe(analysis.groups.length);
  expect(analysis.groups.reduce((sum, g) => sum + g.size, 0)).toBeLessThanOrEqual(analysis.clustered);
  analysis.groups.forEach((group, i) => {
    expect(group.id).toBe(i);
    expect(group.label).toBe("ABCDE"[i]);
    expect(group.size).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
    if (i > 0) expect(group.size).toBeLessThanOrEqual(analysis.groups[i - 1]?.size ?? 0);
    expect(group.statements.map((s) => s.statementId)).toEqual(statementIds);
    for (const s of group.statements) {
      expect([s.agree, s.disagree, s.pass].every(isCount)).toBe(true);
      expect(s.agree + s.disagree + s.pass).toBeLessThanOrEqual(group.size);
    }
  });
  if (analysis.groups.length === 0) expect(analysis.silhouette).toBeNull();
  else expect(analysis.silhouette).toBeGreaterThanOrEqual(-1);
  expect(analysis.statements.map((s) => s.statementId)).toEqual(statementIds);
  for (const s of analysis.statements) {
    expect([s.agree, s.disagree, s.pass].every(isCount)).toBe(true);
    expect(s.agree + s.disagree + s.pass).toBeLessThanOrEqual(analysis.participants);
    for (const x of [s.agreeShare, s.consensus, s.divisiveness]) expect(x >= 0 && x <= 1).toBe(true);
  }
  for (const list of [analysis.consensus, analysis.consensusAgainst, analysis.divisive]) {
    expect(list.length).toBeLessThanOrEqual(5);
    expect(new Set(list).size).toBe(list.length);
    for (const id of list) expect(statementIds).toContain(id);
  }
  if (analysis.groups.length < 2) expect(analysis.divisive).toEqual([]);
  if (analysis.positions) {
    for (const p of analysis.positions.shown) expect(p.size).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
    const total = analysis.positions.shown.reduce((sum, p) => sum + p.size, 0) + analysis.positions.othersNotShown;
    expect(total).toBe(analysis.participants);
    // Nobody folded alone while others are shown: the remainder is empty, a crowd, or everyone (see secondary suppression).
    const { othersNotShown, shown } = analysis.positions;
    expect(othersNotShown === 0 || othersNotShown >= MIN_GROUP_SIZE || shown.length === 0).toBe(true);
  }
  expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
}

describe("analyseDialogue: opinion groups", () => {
  it("finds exactly the two camps of a simulated dialogue (acceptance)", () => {
    const input = { statementIds: TWO_STATEMENTS, votes: two.votes };
    const analysis = analyseDialogue(input);
    expectValid(analysis, TWO_STATEMENTS);
    expect(analysis.participants).toBe(70);
    expect(analysis.k).toBe(2);
    expect(analysis.groups.map((g) => g.size)).toEqual([40, 30].map((n) => expect.closeTo(n, 2) as number));

    const { groupOf, k } = clusterParticipants(input);
    expect(k).toBe(2);
    const match = matchCamps(groupOf, two.campOf, 2);
    for (const m of match) expect(m.share).toBeGreaterThanOrEqual(0.95);
    expect(new Set(match.map((m) => m.group)).size).toBe(2);
  });

  it("finds three camps as three groups", () => {
    // Blocks of four statements each camp agrees with and the others reject, then four everyone agrees with.
    const statementIds = statementIdsOf(16);
    const leaning = (camp: number): VoteValue[] => statementIds.map((_, i) => (i >= 12 ? 1 : Math.floor(i / 4) === camp ? 1 : -1));
    const { votes, campOf } = simulateCamps({
      camps: [0, 1, 2].map((camp, i) => ({ size: [30, 25, 20][i] ?? 0, leaning: leaning(camp) })),
      statementIds,
      noise: 0.1,
      skip: 0.15,
      seed: 11,
    });
    const analysis = analyseDialogue({ statementIds, votes });
    expectValid(analysis, statementIds);
    expect(analysis.k).toBe(3);
    const match = matchCamps(clusterParticipants({ statementIds, votes }).groupOf, campOf, 3);
    for (const m of match) expect(m.share).toBeGreaterThanOrEqual(0.95);
    expect(new Set(match.map((m) => m.group)).size).toBe(3);
  });

  it("does not make a group of a camp of three: they are folded into the others", () => {
    const outliers: VoteValue[] = TWO_STATEMENTS.map((_, i) => (i < 10 ? 0 : -1));
    const camps = [...TWO_CAMPS, { size: 3, leaning: outliers }];
    const { votes, campOf } = simulateCamps({ camps, statementIds: TWO_STATEMENTS, noise: 0.1, skip: 0.15, seed: 3 });
    const analysis = analyseDialogue({ statementIds: TWO_STATEMENTS, votes });
    expectValid(analysis, TWO_STATEMENTS);
    expect(analysis.k).toBe(2);
    // Folded, not dropped: everyone clustered is in some group.
    expect(analysis.groups.reduce((sum, g) => sum + g.size, 0)).toBe(analysis.clustered);
    const { groupOf } = clusterParticipants({ statementIds: TWO_STATEMENTS, votes });
    for (const id of Object.keys(campOf).filter((id) => campOf[id] === 2)) expect(groupOf[id]).toBeDefined();
  });

  it("reports no groups when fewer than two groups of five could be formed", () => {
    const { votes } = simulateCamps({
      camps: TWO_CAMPS.map((c) => ({ ...c, size: 4 })),
      statementIds: TWO_STATEMENTS,
      noise: 0,
      skip: 0,
      seed: 1,
    });
    const analysis = analyseDialogue({ statementIds: TWO_STATEMENTS, votes });
    expect(analysis.clustered).toBe(8);
    expect(analysis.groups).toEqual([]);
    expect(analysis.divisive).toEqual([]);
  });

  it("leaves people with too few answers out of the clustering but counts their votes", () => {
    const few: VoteRow[] = TWO_STATEMENTS.slice(0, 3).map((statementId) => ({ participantId: "few", statementId, value: 1 }));
    const analysis = analyseDialogue({ statementIds: TWO_STATEMENTS, votes: [...two.votes, ...few] });
    expect(analysis.participants).toBe(71);
    expect(analysis.clustered).toBeLessThan(71);
    expect(analysis.votes).toBe(two.votes.length + 3);
  });

  it("never puts a participant id in the stored analysis", () => {
    const json = JSON.stringify(analyseDialogue({ statementIds: TWO_STATEMENTS, votes: two.votes, positions: { "sim-0-0": "RESIDENT" } }));
    for (const id of Object.keys(two.campOf)) expect(json).not.toContain(id);
  });
});

describe("analyseDialogue: statements", () => {
  const analysis = analyseDialogue({ statementIds: TWO_STATEMENTS, votes: two.votes });
  const byId = new Map(analysis.statements.map((s) => [s.statementId, s]));

  it("names the statements both camps agree with as consensus", () => {
    expect(analysis.consensus).toHaveLength(5);
    for (const id of analysis.consensus) expect(SHARED).toContain(id);
    const lowestShared = Math.min(...SHARED.map((id) => byId.get(id)?.consensus ?? 0));
    const highestOpposed = Math.max(...OPPOSED.map((id) => byId.get(id)?.consensus ?? 1));
    expect(lowestShared).toBeGreaterThan(highestOpposed);
    expect(analysis.consensus.map((id) => byId.get(id)?.consensus)).toEqual(
      [...analysis.consensus.map((id) => byId.get(id)?.consensus)].sort((a, b) => (b ?? 0) - (a ?? 0)),
    );
  });

  it("names the statements the camps are opposed on as divisive", () => {
    expect(analysis.divisive).toHaveLength(5);
    for (const id of analysis.divisive) expect(OPPOSED).toContain(id);
    const lowestOpposed = Math.min(...OPPOSED.map((id) => byId.get(id)?.divisiveness ?? 0));
    const highestShared = Math.max(...SHARED.map((id) => byId.get(id)?.divisiveness ?? 1));
    expect(lowestOpposed).toBeGreaterThan(highestShared);
  });

  it("names statements every group rejects as consensus against", () => {
    const leaning = (l: VoteValue[]): VoteValue[] => [...l, -1, -1];
    const statementIds = [...TWO_STATEMENTS, "rejected-1", "rejected-2"];
    const { votes } = simulateCamps({
      camps: TWO_CAMPS.map((c) => ({ ...c, leaning: leaning(c.leaning) })),
      statementIds,
      noise: 0.1,
      skip: 0.15,
      seed: 5,
    });
    const result = analyseDialogue({ statementIds, votes });
    expect(result.consensusAgainst).toEqual(expect.arrayContaining(["rejected-1", "rejected-2"]));
    expect(result.consensusAgainst).toHaveLength(2);
  });

  it("counts answers overall and per group consistently", () => {
    analysis.statements.forEach((s, i) => {
      const inGroups = analysis.groups.reduce((sum, g) => sum + (g.statements[i]?.agree ?? 0), 0);
      expect(inGroups).toBeLessThanOrEqual(s.agree);
      expect(s.agreeShare).toBeCloseTo(s.agree / (s.agree + s.disagree + s.pass), 4);
    });
    expect(analysis.statements.reduce((sum, s) => sum + s.agree + s.disagree + s.pass, 0)).toBe(analysis.votes);
  });
});

describe("analyseDialogue: positions", () => {
  it("breaks down only positions of at least five people and folds the rest into one count", () => {
    const ids = Object.keys(two.campOf);
    const positions: Record<string, Position | null> = {};
    ids.forEach((id, i) => {
      // 40 residents; of the 30 in camp 1: 3 displaced, 1 other, 2 unanswered, 24 abroad.
      positions[id] = i < 40 ? "RESIDENT" : i < 43 ? "DISPLACED" : i < 44 ? "OTHER" : i < 46 ? null : "ABROAD";
    });
    const result = analyseDialogue({ statementIds: TWO_STATEMENTS, votes: two.votes, positions }).positions;
    expect(result?.shown.map((p) => [p.position, p.size])).toEqual([
      ["RESIDENT", 40],
      ["ABROAD", 24],
    ]);
    expect(result?.othersNotShown).toBe(6);
    const residents = result?.shown[0]?.statements[0];
    expect(residents && residents.agree + residents.disagree + residents.pass).toBeGreaterThan(0);
  });

  it("folds the smallest shown position too when fewer than five would be folded alone", () => {
    // Overall minus the residents and the abroad would be the three displaced people's answers.
    const positions = Object.fromEntries(
      Object.keys(two.campOf).map((id, i): [string, Position] => [id, i < 40 ? "RESIDENT" : i < 43 ? "DISPLACED" : "ABROAD"]),
    );
    const result = analyseDialogue({ statementIds: TWO_STATEMENTS, votes: two.votes, positions }).positions;
    expect(result?.shown.map((p) => [p.position, p.size])).toEqual([["RESIDENT", 40]]);
    expect(result?.othersNotShown).toBe(30);
  });

  it("has no breakdown when no positions are given", () => {
    expect(analyseDialogue({ statementIds: TWO_STATEMENTS, votes: two.votes }).positions).toBeNull();
  });
});

describe("analyseDialogue: degenerate inputs do not throw", () => {
  const agreeAll = (participants: number, statementIds: string[]): VoteRow[] =>
    Array.from({ length: participants }, (_, p) =>
      statementIds.map((statementId) => ({ participantId: `p${p}`, statementId, value: 1 as const })),
    ).flat();

  it("no votes, no statements", () => {
    const none = analyseDialogue({ statementIds: ["a", "b"], votes: [] });
    expectValid(none, ["a", "b"]);
    expect(none).toMatchObject({ participants: 0, votes: 0, clustered: 0, k: 0, groups: [], consensus: [], divisive: [] });
    expectValid(analyseDialogue({ statementIds: [], votes: [], positions: {} }), []);
  });

  it("one participant", () => {
    const result = analyseDialogue({ statementIds: ["a", "b"], votes: agreeAll(1, ["a", "b"]), positions: { p0: "ABROAD" } });
    expectValid(result, ["a", "b"]);
    expect(result.k).toBe(0);
    expect(result.positions).toEqual({ shown: [], othersNotShown: 1 });
  });

  it("everyone votes the same", () => {
    const statementIds = statementIdsOf(8);
    const result = analyseDialogue({ statementIds, votes: agreeAll(30, statementIds) });
    expectValid(result, statementIds);
    expect(result.k).toBe(0);
    expect(result.clustered).toBe(30);
    expect(result.consensus).toEqual(statementIds.slice(0, 5));
  });

  it("one statement", () => {
    const votes: VoteRow[] = Array.from({ length: 30 }, (_, p) => ({ participantId: `p${p}`, statementId: "only", value: p % 2 ? 1 : -1 }));
    const result = analyseDialogue({ statementIds: ["only"], votes });
    expectValid(result, ["only"]);
    expect(result.clustered).toBe(30);
  });

  it("ignores votes on unknown statements and keeps the last of duplicate votes", () => {
    const result = analyseDialogue({
      statementIds: ["a"],
      votes: [
        { participantId: "p", statementId: "a", value: -1 },
        { participantId: "p", statementId: "a", value: 1 },
        { participantId: "p", statementId: "elsewhere", value: 1 },
      ],
    });
    expect(result).toMatchObject({ participants: 1, votes: 1 });
    expect(result.statements[0]).toMatchObject({ agree: 1, disagree: 0 });
  });
});

describe("analyseDialogue: determinism", () => {
  it("gives the same output for the same input, whatever the order of the rows", () => {
    const input = { statementIds: TWO_STATEMENTS, votes: two.votes, seed: 42 };
    const first = analyseDialogue(input);
    expect(analyseDialogue(input)).toEqual(first);
    expect(analyseDialogue({ ...input, votes: [...two.votes].reverse() })).toEqual(first);
  });
});

describe("analyseDialogue: properties", () => {
  it("is valid for any small set of votes", () => {
    const vote = fc.record({ p: fc.nat(29), s: fc.nat(5), v: fc.constantFrom<VoteValue>(-1, 0, 1) });
    const position = fc.option(fc.constantFrom<Position>(...POSITIONS), { nil: null });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.array(vote, { maxLength: 150 }),
        fc.array(position, { minLength: 30, maxLength: 30 }),
        fc.integer({ min: 0, max: 1000 }),
        (statementCount, rows, declared, seed) => {
          const statementIds = statementIdsOf(statementCount);
          const votes = rows.map(({ p, s, v }): VoteRow => ({ participantId: `p${p}`, statementId: `st-${s}`, value: v }));
          const positions = Object.fromEntries(declared.map((d, p) => [`p${p}`, d]));
          expectValid(analyseDialogue({ statementIds, votes, positions, seed }), statementIds);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("stays valid for camps of any size and noise", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 25 }), { minLength: 1, maxLength: 4 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.integer({ min: 0, max: 1000 }),
        (sizes, noise, skip, seed) => {
          const statementIds = statementIdsOf(8);
          const camps = sizes.map((size, c) => ({
            size,
            leaning: statementIds.map((_, i): VoteValue => (((i + c) % 3) - 1) as VoteValue),
          }));
          const { votes } = simulateCamps({ camps, statementIds, noise, skip, seed });
          expectValid(analyseDialogue({ statementIds, votes, seed }), statementIds);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("meanSilhouette", () => {
  it("is close to 1 for tight, distant groups and 0 for singletons", () => {
    const points = [
      [0, 0],
      [0, 1],
      [10, 0],
      [10, 1],
    ];
    const b = (10 + Math.hypot(10, 1)) / 2;
    expect(meanSilhouette(points, [0, 0, 1, 1])).toBeCloseTo(1 - 1 / b, 10);
    expect(meanSilhouette(points, [0, 1, 2, 3])).toBe(0);
  });
});

describe("simulateCamps", () => {
  it("is deterministic and respects skip and noise roughly", () => {
    const again = simulateCamps({ camps: TWO_CAMPS, statementIds: TWO_STATEMENTS, noise: 0.1, skip: 0.15, seed: 7 });
    expect(again).toEqual(two);
    expect(Object.keys(two.campOf)).toHaveLength(70);
    const cells = 70 * 16;
    expect(two.votes.length / cells).toBeCloseTo(0.85, 1);
    const offLeaning = two.votes.filter((v) => {
      const camp = TWO_CAMPS[two.campOf[v.participantId] ?? 0];
      return camp?.leaning[TWO_STATEMENTS.indexOf(v.statementId)] !== v.value;
    }).length;
    // A random answer matches the leaning a third of the time: about 10 % × 2/3 differ.
    expect(offLeaning / two.votes.length).toBeLessThan(0.12);
  });

  it("rejects leanings that do not fit the statements", () => {
    expect(() => simulateCamps({ camps: [{ size: 1, leaning: [1] }], statementIds: ["a", "b"], noise: 0, skip: 0, seed: 1 })).toThrow(
      RangeError,
    );
  });
});
