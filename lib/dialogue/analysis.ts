// The analysis of a dialogue's votes, in the manner of Pol.is: participants answer short
// statements agree (1) / disagree (-1) / pass (0); from the answers we find opinion groups
// (PCA to two dimensions, then k-means), the statements that unite the groups (consensus) and
// those that divide them. The result is plain JSON: it is stored on the dialogue when its report
// is published (Dialogue.analysis), so a published report never changes under its readers.
//
// Pure: no database, no `server-only`; runs in Node, in tests and in the demo seed. The numeric
// work (PCA, k-means) is done by the maintained ml-pca / ml-kmeans / ml-matrix libraries; only
// counting, means and the silhouette score are written here.
//
// Privacy, the rule that shapes the output: a breakdown of fewer than MIN_GROUP_SIZE people can
// name them ("the three displaced people all disagreed"), so no opinion group and no position
// smaller than that is ever reported on its own (nor left to be worked out by subtracting the
// shown ones from the totals), and no participant id appears in the output.
//
// Method, step by step:
// 1. A participant × statement matrix, 1 / -1 / 0, where a statement someone did not answer
//    counts as 0, i.e. as a pass. PCA needs a full matrix, and "did not answer" is the closest
//    thing to "no opinion either way"; Pol.is does the same.
// 2. Only participants who answered at least min(MIN_VOTES_TO_CLUSTER, statements) take part in
//    the clustering (Pol.is's threshold): someone who answered two statements is mostly zeros,
//    would sit at the centre of the map and blur every boundary. Their votes still count in the
//    per-statement totals.
// 3. PCA (ml-pca, centred, not scaled) to two components. Each participant's point is then
//    stretched by sqrt(statements / answered), as Pol.is does, so that people who skipped much
//    are not all pulled towards the centre by their zeros.
// 4. k-means (ml-kmeans, k-means++ seeded, so the same votes give the same groups) for
//    k = 2..5, never more than clustered / MIN_GROUP_SIZE. A clustering with a group smaller
//    than MIN_GROUP_SIZE is rejected. Of the rest, the k with the best mean silhouette on the
//    two-dimensional projection wins: the silhouette rewards groups that are tight and far apart
//    and, unlike the k-means error, does not simply improve as k grows.
// 5. Per group and per statement: agree / disagree / pass counts; group-informed consensus
//    (Pol.is): the product over groups of (agree + 1) / (answered + 2), high only when every
//    group agrees; divisiveness: the largest gap between groups' (smoothed) agree shares.
import { kmeans } from "ml-kmeans";
import { Matrix } from "ml-matrix";
import { PCA } from "ml-pca";
import { MIN_GROUP_SIZE, VOICE_POSITIONS } from "@/lib/voice/groups";

/** The privacy rule this module applies (a group or position under it is never broken down). */
export { MIN_GROUP_SIZE };

export type VoteValue = -1 | 0 | 1;

export interface VoteRow {
  participantId: string;
  statementId: string;
  value: VoteValue;
}

/** Where a participant stands, as they say themselves (the VoicePosition enum of the schema). */
export type Position = "RESIDENT" | "DISPLACED" | "ABROAD" | "OTHER" | "UNSAID";
export const POSITIONS: readonly Position[] = VOICE_POSITIONS;

/** A participant takes part in the clustering only with at least min(this, number of statements) answers (as Pol.is). */
export const MIN_VOTES_TO_CLUSTER = 7;

/** The most opinion groups we look for: more than five is more than a reader can hold (Pol.is stops there too). */
export const MAX_GROUPS = 5;

/** How many statements the consensus and divisive lists hold at most. */
export const TOP_STATEMENTS = 5;

/** A statement "unites" when at least this share of every group (or of everyone, without groups) agrees. */
export const CONSENSUS_SHARE = 0.6;

/**
 * A statement "divides" only when groups' (smoothed) agree shares are at least this far apart: a
 * gap of a few points is noise, and calling it a division would mislead the reader.
 */
export const DIVISIVE_MIN_GAP = 0.25;

/** The seed of the k-means initialisation when the caller gives none. */
export const DEFAULT_SEED = 20_240_601;

/** Independent k-means starts per k; the one with the smallest error is kept (k-means finds only local optima). */
const RESTARTS = 4;

/** Projections whose spread is below this are treated as "everyone answered alike": no groups. */
const ZERO_VARIANCE = 1e-9;

export interface AnalysisInput {
  /** The statements to report on, in report order; votes on other statements are ignored. */
  statementIds: string[];
  votes: VoteRow[];
  /** Each participant's declared position; null or absent counts as UNSAID. Omit to skip the breakdown. */
  positions?: Record<string, Position | null>;
  /** Seed of the k-means initialisation (an integer); the same input and seed give the same output. */
  seed?: number;
}

export interface StatementTally {
  statementId: string;
  agree: number;
  disagree: number;
  pass: number;
}

export interface OpinionGroup {
  /** 0-based, groups ordered by size, largest first. */
  id: number;
  /** "A", "B", ... in the same order. */
  label: string;
  size: number;
  /** The group's centre on the two-dimensional map, for a small chart (never per-participant points). */
  centroid: [number, number];
  /** Answers within the group, one entry per statement in input order. */
  statements: StatementTally[];
}

export interface StatementResult extends StatementTally {
  /** agree / (agree + disagree + pass) over everyone who answered; 0 when nobody did. */
  agreeShare: number;
  /** Group-informed consensus: product over groups of (agree + 1) / (answered + 2); over everyone when there are no groups. */
  consensus: number;
  /** Largest gap between groups' smoothed agree shares, 0..1; 0 with fewer than two groups. */
  divisiveness: number;
}

export interface PositionBreakdown {
  position: Position;
  size: number;
  statements: StatementTally[];
}

export interface PositionsResult {
  /** Positions declared by at least MIN_GROUP_SIZE participants, in POSITIONS order. */
  shown: PositionBreakdown[];
  /**
   * Participants in positions not broken down, counted together and never named: positions of
   * fewer than MIN_GROUP_SIZE, plus the smallest other one when needed to make this at least
   * MIN_GROUP_SIZE (or 0).
   */
  othersNotShown: number;
}

export interface DialogueAnalysis {
  /** The shape of this object; bump when it changes so stored analyses can be told apart. */
  version: 1;
  /** Distinct participants who answered at least one statement. */
  participants: number;
  /** Answers counted (one per participant and statement). */
  votes: number;
  /** Participants with enough answers to take part in the clustering. */
  clustered: number;
  /** Number of opinion groups found; 0 when none. */
  k: number;
  /** Mean silhouette of the chosen grouping (-1..1); null when there are no groups. */
  silhouette: number | null;
  groups: OpinionGroup[];
  statements: StatementResult[];
  /** Up to TOP_STATEMENTS statement ids every group agrees with, strongest first. */
  consensus: string[];
  /** Up to TOP_STATEMENTS statement ids every group rejects, strongest first. */
  consensusAgainst: string[];
  /** Up to TOP_STATEMENTS statement ids that divide the groups most, strongest first; empty with fewer than two groups. */
  divisive: string[];
  /** Breakdown by declared position; null when no positions were given. */
  positions: PositionsResult | null;
}

// ───────────────────────────── preparing the votes ─────────────────────────────

interface PreparedVotes {
  statementIds: string[];
  /** Distinct voters, sorted, so the result does not depend on the order the rows came in. */
  participantIds: string[];
  /** answers[participant][statement]: the answer, or null when not answered. */
  answers: (VoteValue | null)[][];
  voteCount: number;
}

function isVoteValue(value: number): value is VoteValue {
  return value === -1 || value === 0 || value === 1;
}

function prepare(statementIdsIn: readonly string[], votes: readonly VoteRow[]): PreparedVotes {
  const statementIds = [...new Set(statementIdsIn)];
  const statementIndex = new Map(statementIds.map((id, i) => [id, i]));
  // One answer per participant and statement; should the rows hold two, the later one wins,
  // as a participant who changes their mind is recorded last.
  const byParticipant = new Map<string, (VoteValue | null)[]>();
  for (const vote of votes) {
    const s = statementIndex.get(vote.statementId);
    // The type says -1 | 0 | 1, but the rows come from the database: anything else is not an answer.
    if (s === undefined || !isVoteValue(vote.value)) continue;
    let row = byParticipant.get(vote.participantId);
    if (!row) {
      row = new Array<VoteValue | null>(statementIds.length).fill(null);
      byParticipant.set(vote.participantId, row);
    }
    row[s] = vote.value;
  }
  // Plain code-unit order, not localeCompare: the same on every machine and locale.
  const participantIds = [...byParticipant.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const answers = participantIds.map((id) => byParticipant.get(id) ?? []);
  const voteCount = answers.reduce((sum, row) => sum + row.filter((v) => v !== null).length, 0);
  return { statementIds, participantIds, answers, voteCount };
}

function answeredCount(row: readonly (VoteValue | null)[]): number {
  return row.reduce<number>((n, v) => (v === null ? n : n + 1), 0);
}

// ───────────────────────────── clustering ─────────────────────────────

type Point = [number, number];

interface Clustering {
  /** Index (into PreparedVotes.participantIds) of each participant that took part in the clustering. */
  clusteredIndexes: number[];
  /** Groups, largest first; each a list of participant indexes. Empty when no grouping was found. */
  groups: number[][];
  centroids: Point[];
  silhouette: number | null;
}

/**
 * Two-dimensional PCA projection of the clustered participants, or null when the votes do not
 * spread (everyone answered alike) and there is nothing to group.
 */
function project(rows: number[][], answered: readonly number[], statementCount: number): Point[] | null {
  // Not scaled to unit variance: every column is already on the same -1..1 scale, and scaling
  // would blow a nearly unanimous statement (tiny variance) up into a main axis.
  const data = new Matrix(rows);
  const pca = new PCA(data, { center: true, scale: false });
  // SVD yields min(participants, statements) components: one statement gives a single axis.
  const available = pca.getEigenvectors().columns;
  const components = Math.min(2, available);
  if (components < 1) return null;
  const projected = pca.predict(data, { nComponents: components }).to2DArray();
  const points = projected.map((coords, i): Point => {
    // Pol.is's correction: someone who answered few statements has many zeros and lands near the
    // centre; stretching by sqrt(statements / answered) puts them where their answers point.
    const stretch = Math.sqrt(statementCount / Math.max(1, answered[i] ?? 1));
    return [(coords[0] ?? 0) * stretch, (coords[1] ?? 0) * stretch];
  });
  const spread = variance(points.map((p) => p[0])) + variance(points.map((p) => p[1]));
  if (!Number.isFinite(spread) || spread < ZERO_VARIANCE) return null;
  return points;
}

function variance(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
}

function distance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0));
}

/**
 * Mean silhouette of a labelling (Rousseeuw 1987): for each point, (b - a) / max(a, b), where a
 * is its mean distance to the rest of its cluster and b the mean distance to the nearest other
 * cluster. 1 is tight, well separated groups; near 0 overlapping ones. A point alone in its
 * cluster scores 0 (scikit-learn's convention). O(n²), fine for the few thousand participants a
 * dialogue has.
 */
export function meanSilhouette(points: readonly (readonly number[])[], labels: readonly number[]): number {
  const n = points.length;
  if (n === 0) return 0;
  const k = Math.max(...labels) + 1;
  const sizes = new Array<number>(k).fill(0);
  for (const label of labels) sizes[label] = (sizes[label] ?? 0) + 1;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const own = labels[i] ?? 0;
    if ((sizes[own] ?? 0) <= 1) continue;
    const sums = new Array<number>(k).fill(0);
    const pi = points[i] ?? [];
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const label = labels[j] ?? 0;
      sums[label] = (sums[label] ?? 0) + distance(pi, points[j] ?? []);
    }
    const a = (sums[own] ?? 0) / ((sizes[own] ?? 0) - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) {
      const size = sizes[c] ?? 0;
      if (c !== own && size > 0) b = Math.min(b, (sums[c] ?? 0) / size);
    }
    if (!Number.isFinite(b)) continue;
    const denominator = Math.max(a, b);
    if (denominator > 0) total += (b - a) / denominator;
  }
  return total / n;
}

interface KMeansRun {
  labels: number[];
  centroids: Point[];
  error: number;
}

/** The best (least squared error) of RESTARTS seeded k-means runs with k clusters. */
function bestKMeans(points: Point[], k: number, seed: number): KMeansRun {
  let best: KMeansRun | null = null;
  for (let restart = 0; restart < RESTARTS; restart++) {
    // A distinct but reproducible seed for every k and restart.
    const result = kmeans(points, k, { initialization: "kmeans++", seed: seed + 7919 * k + restart, maxIterations: 100 });
    const centroids = result.centroids.map((c): Point => [c[0] ?? 0, c[1] ?? 0]);
    let error = 0;
    result.clusters.forEach((label, i) => {
      const centre = centroids[label];
      const point = points[i];
      if (centre && point) error += distance(point, centre) ** 2;
    });
    if (!best || error < best.error - 1e-12) best = { labels: result.clusters, centroids, error };
  }
  if (!best) throw new Error("unreachable: RESTARTS is positive");
  return best;
}

function distinctPoints(points: readonly Point[]): number {
  return new Set(points.map((p) => `${p[0]},${p[1]}`)).size;
}

function cluster(prepared: PreparedVotes, seed: number): Clustering {
  const statementCount = prepared.statementIds.length;
  const threshold = Math.min(MIN_VOTES_TO_CLUSTER, statementCount);
  const answered = prepared.answers.map(answeredCount);
  const clusteredIndexes = statementCount === 0 ? [] : answered.flatMap((count, i) => (count >= threshold ? [i] : []));
  const none: Clustering = { clusteredIndexes, groups: [], centroids: [], silhouette: null };

  // Two groups of at least MIN_GROUP_SIZE need at least twice as many people.
  if (clusteredIndexes.length < 2 * MIN_GROUP_SIZE) return none;
  // Missing answers count as pass (0): see the header.
  const rows = clusteredIndexes.map((i) => (prepared.answers[i] ?? []).map((v) => v ?? 0));
  const points = project(
    rows,
    clusteredIndexes.map((i) => answered[i] ?? 0),
    statementCount,
  );
  if (!points) return none;

  const maxK = Math.min(MAX_GROUPS, Math.floor(points.length / MIN_GROUP_SIZE));
  const distinct = distinctPoints(points);
  let best: { run: KMeansRun; silhouette: number } | null = null;
  for (let k = 2; k <= maxK; k++) {
    // k-means++ cannot pick k different centres among fewer distinct points.
    if (distinct < k) break;
    const run = bestKMeans(points, k, seed);
    const sizes = new Array<number>(k).fill(0);
    for (const label of run.labels) sizes[label] = (sizes[label] ?? 0) + 1;
    // A group too small to show is no grouping: its members could be named.
    if (sizes.some((size) => size < MIN_GROUP_SIZE)) continue;
    const silhouette = meanSilhouette(points, run.labels);
    // Strictly better only: on a tie the fewer groups win, the simpler story.
    if (!best || silhouette > best.silhouette + 1e-12) best = { run, silhouette };
  }
  if (!best) return none;

  const { run, silhouette } = best;
  const members: number[][] = run.centroids.map(() => []);
  run.labels.forEach((label, p) => members[label]?.push(clusteredIndexes[p] ?? -1));
  // Largest first; equal sizes by their first member (participants are sorted), so the order is stable.
  const order = members
    .map((_, label) => label)
    .sort((a, b) => {
      const ma = members[a] ?? [];
      const mb = members[b] ?? [];
      return mb.length - ma.length || (ma[0] ?? 0) - (mb[0] ?? 0);
    });
  return {
    clusteredIndexes,
    groups: order.map((label) => members[label] ?? []),
    centroids: order.map((label) => run.centroids[label] ?? [0, 0]),
    silhouette,
  };
}

export interface ParticipantGrouping {
  k: number;
  silhouette: number | null;
  /** Group id (as in DialogueAnalysis.groups) of every clustered participant. */
  groupOf: Record<string, number>;
}

/**
 * Which opinion group each participant fell in: the same clustering analyseDialogue reports, with
 * the ids it leaves out. For tests (does a group match a simulated camp?) and nothing else: it
 * names people, so never store or show it.
 */
export function clusterParticipants(input: AnalysisInput): ParticipantGrouping {
  const prepared = prepare(input.statementIds, input.votes);
  const clustering = cluster(prepared, input.seed ?? DEFAULT_SEED);
  const groupOf: Record<string, number> = {};
  clustering.groups.forEach((group, g) => {
    for (const p of group) {
      const id = prepared.participantIds[p];
      if (id !== undefined) groupOf[id] = g;
    }
  });
  return { k: clustering.groups.length, silhouette: clustering.silhouette, groupOf };
}

// ───────────────────────────── statements ─────────────────────────────

interface Counts {
  agree: number;
  disagree: number;
  pass: number;
}

const NO_ANSWERS: Readonly<Counts> = { agree: 0, disagree: 0, pass: 0 };

function tally(prepared: PreparedVotes, participants: readonly number[]): Counts[] {
  const counts = prepared.statementIds.map((): Counts => ({ agree: 0, disagree: 0, pass: 0 }));
  for (const p of participants) {
    (prepared.answers[p] ?? []).forEach((value, s) => {
      const c = counts[s];
      if (!c || value === null) return;
      if (value === 1) c.agree++;
      else if (value === -1) c.disagree++;
      else c.pass++;
    });
  }
  return counts;
}

function withIds(statementIds: readonly string[], counts: readonly Counts[]): StatementTally[] {
  return statementIds.map((statementId, s) => {
    const c = counts[s] ?? NO_ANSWERS;
    return { statementId, agree: c.agree, disagree: c.disagree, pass: c.pass };
  });
}

const answeredOf = (c: Counts) => c.agree + c.disagree + c.pass;
const share = (part: number, c: Counts) => (answeredOf(c) === 0 ? 0 : part / answeredOf(c));
/** Laplace-smoothed share, as Pol.is: two answers out of two is not yet "everyone". */
const smoothed = (part: number, c: Counts) => (part + 1) / (answeredOf(c) + 2);

/** Four decimals are plenty for a report, and keep the stored JSON free of 0.30000000000000004. */
function round(x: number): number {
  const r = Math.round(x * 1e4) / 1e4;
  return r === 0 ? 0 : r; // no -0: it does not survive JSON
}

/** The first TOP_STATEMENTS ids of those passing `keep`, by score descending (input order on ties). */
function top(statementIds: readonly string[], score: (s: number) => number, keep: (s: number) => boolean): string[] {
  return statementIds
    .map((id, s) => ({ id, s, score: score(s) }))
    .filter(({ s }) => keep(s))
    .sort((a, b) => b.score - a.score || a.s - b.s)
    .slice(0, TOP_STATEMENTS)
    .map(({ id }) => id);
}

// ───────────────────────────── positions ─────────────────────────────

function positionsBreakdown(prepared: PreparedVotes, positions: Record<string, Position | null>): PositionsResult {
  const byPosition = new Map<Position, number[]>(POSITIONS.map((p) => [p, []]));
  prepared.participantIds.forEach((id, p) => {
    const declared = positions[id];
    // Not answering the question is, for the report, the same as choosing not to say.
    const position = declared && POSITIONS.includes(declared) ? declared : "UNSAID";
    byPosition.get(position)?.push(p);
  });
  const declaredBy = POSITIONS.map((position) => ({ position, members: byPosition.get(position) ?? [] })).filter(
    ({ members }) => members.length > 0,
  );
  const folded = new Set(declaredBy.filter(({ members }) => members.length < MIN_GROUP_SIZE).map(({ position }) => position));
  const foldedCount = () => declaredBy.reduce((sum, { position, members }) => sum + (folded.has(position) ? members.length : 0), 0);
  // Secondary suppression (as statistical offices do): the overall totals minus the shown
  // positions are the totals of the folded ones, so 1–4 folded people would still have their
  // answers laid bare. Fold the smallest shown position as well until the remainder is at least
  // MIN_GROUP_SIZE (once is enough: every shown position has at least that many).
  while (foldedCount() > 0 && foldedCount() < MIN_GROUP_SIZE) {
    const smallest = declaredBy
      .filter(({ position }) => !folded.has(position))
      .sort((a, b) => a.members.length - b.members.length || POSITIONS.indexOf(b.position) - POSITIONS.indexOf(a.position))[0];
    if (!smallest) break;
    folded.add(smallest.position);
  }
  const shown = declaredBy
    .filter(({ position }) => !folded.has(position))
    .map(({ position, members }) => ({
      position,
      size: members.length,
      statements: withIds(prepared.statementIds, tally(prepared, members)),
    }));
  return { shown, othersNotShown: foldedCount() };
}

// ───────────────────────────── the analysis ─────────────────────────────

export function analyseDialogue(input: AnalysisInput): DialogueAnalysis {
  const prepared = prepare(input.statementIds, input.votes);
  const { statementIds } = prepared;
  const clustering = cluster(prepared, input.seed ?? DEFAULT_SEED);

  const everyone = prepared.participantIds.map((_, p) => p);
  const overall = tally(prepared, everyone);
  const groupCounts = clustering.groups.map((members) => tally(prepared, members));
  // Without groups, "every group" is everyone: consensus and the lists fall back to the overall counts.
  const blocks = groupCounts.length > 0 ? groupCounts : [overall];
  const inEveryBlock = (s: number, test: (c: Counts) => boolean) =>
    blocks.every((counts) => {
      const c = counts[s];
      return c !== undefined && answeredOf(c) > 0 && test(c);
    });

  // Pol.is's group-informed consensus: a product, so one group that does not agree sinks it.
  const productOverBlocks = (s: number, part: (c: Counts) => number) =>
    blocks.reduce((product, counts) => {
      const c = counts[s] ?? NO_ANSWERS;
      return product * smoothed(part(c), c);
    }, 1);
  const consensusScore = (s: number) => productOverBlocks(s, (c) => c.agree);
  const againstScore = (s: number) => productOverBlocks(s, (c) => c.disagree);
  const divisiveness = (s: number) => {
    // Only groups that answered the statement; smoothed, so that one person in a group cannot
    // make a statement look like the greatest division.
    const shares = groupCounts.flatMap((counts) => {
      const c = counts[s];
      return c && answeredOf(c) > 0 ? [smoothed(c.agree, c)] : [];
    });
    return shares.length < 2 ? 0 : Math.max(...shares) - Math.min(...shares);
  };

  const unites = (s: number) => inEveryBlock(s, (c) => share(c.agree, c) >= CONSENSUS_SHARE);
  const rejected = (s: number) => inEveryBlock(s, (c) => share(c.disagree, c) >= CONSENSUS_SHARE);
  const consensus = top(statementIds, consensusScore, unites);
  const consensusAgainst = top(statementIds, againstScore, rejected);
  // A statement every group agrees with is no division, however unequal the majorities.
  const divisive = groupCounts.length < 2 ? [] : top(statementIds, divisiveness, (s) => !unites(s) && divisiveness(s) >= DIVISIVE_MIN_GAP);

  const statements: StatementResult[] = statementIds.map((statementId, s) => {
    const c = overall[s] ?? NO_ANSWERS;
    return {
      statementId,
      agree: c.agree,
      disagree: c.disagree,
      pass: c.pass,
      agreeShare: round(share(c.agree, c)),
      consensus: round(consensusScore(s)),
      divisiveness: round(divisiveness(s)),
    };
  });

  const groups: OpinionGroup[] = clustering.groups.map((members, g) => {
    const centroid = clustering.centroids[g] ?? [0, 0];
    return {
      id: g,
      label: String.fromCharCode(65 + g),
      size: members.length,
      centroid: [round(centroid[0]), round(centroid[1])],
      statements: withIds(statementIds, groupCounts[g] ?? []),
    };
  });

  return {
    version: 1,
    participants: prepared.participantIds.length,
    votes: prepared.voteCount,
    clustered: clustering.clusteredIndexes.length,
    k: groups.length,
    silhouette: clustering.silhouette === null || groups.length === 0 ? null : round(clustering.silhouette),
    groups,
    statements,
    consensus,
    consensusAgainst,
    divisive,
    positions: input.positions ? positionsBreakdown(prepared, input.positions) : null,
  };
}
