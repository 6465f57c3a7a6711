// Where a poll stands at an instant, and whether its results may be shown. Pure, so pages,
// mutations and tests agree on the boundaries: open from opensAt (inclusive) to closesAt
// (exclusive).
import type { PollResultsVisibility } from "@/generated/prisma/enums";

export type PollState = "UPCOMING" | "OPEN" | "CLOSED";

export function pollState(poll: { opensAt: Date; closesAt: Date }, now: Date): PollState {
  if (now.getTime() < poll.opensAt.getTime()) return "UPCOMING";
  if (now.getTime() >= poll.closesAt.getTime()) return "CLOSED";
  return "OPEN";
}

export function resultsVisible(poll: { opensAt: Date; closesAt: Date; resultsVisibility: PollResultsVisibility }, now: Date): boolean {
  return poll.resultsVisibility === "ALWAYS" || pollState(poll, now) === "CLOSED";
}

export interface OptionResult {
  id: string;
  label: unknown;
  votes: number;
  /** Share of all votes, 0–100, rounded to one decimal. */
  percent: number;
}

/** Counts and shares per option, in option order. */
export function tallyResults(
  options: readonly { id: string; label: unknown }[],
  counts: ReadonlyMap<string, number>,
): { options: OptionResult[]; total: number } {
  const total = options.reduce((sum, option) => sum + (counts.get(option.id) ?? 0), 0);
  return {
    total,
    options: options.map((option) => {
      const votes = counts.get(option.id) ?? 0;
      return { id: option.id, label: option.label, votes, percent: total ? Math.round((votes / total) * 1000) / 10 : 0 };
    }),
  };
}
