// Where a priorities round stands at an instant: ideas are gathered from opensAt (inclusive) to
// ideasCloseAt (exclusive), ranked from ideasCloseAt to closesAt (exclusive), then it is closed.
// Pure, so pages, mutations and tests agree on the boundaries.

export type RoundPhase = "UPCOMING" | "IDEAS" | "RANKING" | "CLOSED";

export interface RoundTimes {
  opensAt: Date;
  ideasCloseAt: Date;
  closesAt: Date;
}

export function roundPhase(round: RoundTimes, now: Date): RoundPhase {
  const t = now.getTime();
  if (t < round.opensAt.getTime()) return "UPCOMING";
  if (t < round.ideasCloseAt.getTime()) return "IDEAS";
  if (t < round.closesAt.getTime()) return "RANKING";
  return "CLOSED";
}

/** Lists put the rounds people can act in first, then those to come, then the closed ones. */
const phaseOrder: Record<RoundPhase, number> = { RANKING: 0, IDEAS: 1, UPCOMING: 2, CLOSED: 3 };

export function byCurrentFirst<T extends RoundTimes>(rounds: readonly T[], now: Date): T[] {
  return [...rounds].sort(
    (a, b) => phaseOrder[roundPhase(a, now)] - phaseOrder[roundPhase(b, now)] || b.closesAt.getTime() - a.closesAt.getTime(),
  );
}

export interface Allocation {
  ideaId: string;
  points: number;
}

export type AllocationProblem = "NO_POINTS" | "TOO_MANY_POINTS" | "INVALID_IDEA";

/**
 * Checks a ballot's points against the round: whole numbers of at least 0, each idea once and
 * on the ballot, more than none and at most the round's budget. Ideas given 0 are dropped.
 */
export function checkAllocation(
  allocations: readonly Allocation[],
  budget: number,
  ballotIdeaIds: ReadonlySet<string>,
): { ok: true; allocations: Allocation[] } | { ok: false; reason: AllocationProblem } {
  const seen = new Set<string>();
  for (const { ideaId, points } of allocations) {
    if (!Number.isSafeInteger(points) || points < 0) return { ok: false, reason: "INVALID_IDEA" };
    if (seen.has(ideaId) || !ballotIdeaIds.has(ideaId)) return { ok: false, reason: "INVALID_IDEA" };
    seen.add(ideaId);
  }
  const given = allocations.filter((allocation) => allocation.points > 0);
  const sum = given.reduce((total, allocation) => total + allocation.points, 0);
  if (sum === 0) return { ok: false, reason: "NO_POINTS" };
  if (sum > budget) return { ok: false, reason: "TOO_MANY_POINTS" };
  return { ok: true, allocations: given };
}
