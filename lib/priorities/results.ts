// A closed round's results from its tallies and turnout: each idea's points in total and, for the
// positions large enough to show (./privacy.ts), per position. Pure.
import type { VoicePosition } from "@/generated/prisma/enums";
import { shownPositions } from "./privacy";

export interface IdeaResult<Idea> {
  idea: Idea;
  total: number;
  /** Points per shown position (only the positions in `RoundResults.positions`). */
  byPosition: Partial<Record<VoicePosition, number>>;
}

export interface RoundResults<Idea> {
  ballots: number;
  /** Positions whose breakdown is shown, with their ballots. */
  positions: { position: VoicePosition; ballots: number }[];
  /** Ballots from positions not shown (each too small, or to keep the rest from being worked out). */
  hiddenBallots: number;
  /** Best first; ties in a fixed order (the ideas' order as given). */
  ideas: IdeaResult<Idea>[];
  /** The highest total, for bar widths. */
  top: number;
}

export function roundResults<Idea extends { id: string }>(
  ideas: readonly Idea[],
  tallies: readonly { ideaId: string; position: VoicePosition; points: number }[],
  turnout: readonly { position: VoicePosition; ballots: number }[],
): RoundResults<Idea> {
  const ballotsBy = new Map<VoicePosition, number>(turnout.map((row) => [row.position, row.ballots]));
  const ballots = [...ballotsBy.values()].reduce((sum, count) => sum + count, 0);
  const shown = shownPositions(ballotsBy);
  const rows = ideas.map((idea, order) => {
    const own = tallies.filter((tally) => tally.ideaId === idea.id);
    const byPosition: Partial<Record<VoicePosition, number>> = {};
    for (const position of shown) byPosition[position] = own.filter((t) => t.position === position).reduce((s, t) => s + t.points, 0);
    return { idea, order, total: own.reduce((sum, tally) => sum + tally.points, 0), byPosition };
  });
  rows.sort((a, b) => b.total - a.total || a.order - b.order);
  const positions = shown.map((position) => ({ position, ballots: ballotsBy.get(position) ?? 0 }));
  return {
    ballots,
    positions,
    hiddenBallots: ballots - positions.reduce((sum, group) => sum + group.ballots, 0),
    ideas: rows.map(({ idea, total, byPosition }) => ({ idea, total, byPosition })),
    top: rows.reduce((max, row) => Math.max(max, row.total), 0),
  };
}
