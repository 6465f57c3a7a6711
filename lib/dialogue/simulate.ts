// Simulated answers for a dialogue: "camps" of people who lean the same way on each statement,
// with some noise and some statements left unanswered. Used by the tests (a vote matrix with
// known groups, to check that the analysis finds them) and by the demo seed (enough answers for
// a demo dialogue to show opinion groups). Pure and deterministic: the same seed gives the same
// votes, so a failing test or a demo report can be reproduced exactly.
import type { VoteRow, VoteValue } from "./analysis";

export interface Camp {
  /** How many simulated participants. */
  size: number;
  /** How the camp leans on each statement, in the order of `statementIds`. */
  leaning: VoteValue[];
}

export interface SimulateCampsInput {
  camps: Camp[];
  statementIds: string[];
  /** 0..1: the probability that an answer is random (agree, disagree or pass alike) instead of the camp's leaning. */
  noise: number;
  /** 0..1: the probability that a participant does not answer a statement at all. */
  skip: number;
  seed: number;
  /** Participant ids are `${idPrefix}${campIndex}-${indexInCamp}`; "sim-" by default. */
  idPrefix?: string;
}

export interface SimulatedVotes {
  votes: VoteRow[];
  /** The camp (index into `camps`) each simulated participant came from: the truth a test compares groups with. */
  campOf: Record<string, number>;
}

/**
 * Mulberry32: a tiny seeded PRNG with good enough statistics for simulated votes. Math.random
 * cannot be seeded, and a test whose data changes on every run cannot be trusted to pass.
 * Returns numbers in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ANSWERS: readonly VoteValue[] = [-1, 0, 1];

export function simulateCamps(input: SimulateCampsInput): SimulatedVotes {
  const { camps, statementIds, noise, skip, seed, idPrefix = "sim-" } = input;
  if (!(noise >= 0 && noise <= 1) || !(skip >= 0 && skip <= 1)) {
    throw new RangeError(`noise and skip are probabilities in 0..1 (got noise ${noise}, skip ${skip})`);
  }
  camps.forEach((camp, c) => {
    if (camp.leaning.length !== statementIds.length) {
      throw new RangeError(`camp ${c} leans on ${camp.leaning.length} statements, but there are ${statementIds.length}`);
    }
    if (!Number.isInteger(camp.size) || camp.size < 0) throw new RangeError(`camp ${c} has size ${camp.size}`);
  });

  const random = mulberry32(seed);
  const votes: VoteRow[] = [];
  const campOf: Record<string, number> = {};
  camps.forEach((camp, c) => {
    for (let i = 0; i < camp.size; i++) {
      const participantId = `${idPrefix}${c}-${i}`;
      campOf[participantId] = c;
      statementIds.forEach((statementId, s) => {
        // Both draws are made for every cell, so changing `skip` does not reshuffle the
        // noise of the other answers (and the other way round).
        const skipped = random() < skip;
        const noisy = random() < noise;
        const pick = ANSWERS[Math.floor(random() * ANSWERS.length)] ?? 0;
        if (skipped) return;
        const value = noisy ? pick : (camp.leaning[s] ?? 0);
        votes.push({ participantId, statementId, value });
      });
    }
  });
  return { votes, campOf };
}
