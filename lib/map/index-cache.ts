import "server-only";
// The map's clusters, held in this server process (docs/decisions/0008-map-clustering.md).
// - The public points are read once (one query, ~110k rows at bench scale) and kept.
// - One supercluster index per filter combination, built on first use from those points in
//   memory, and kept in a small LRU: the unfiltered map and the common filters stay warm.
// - Freshness: the search indexer bumps lib/cache/listings-version.ts on every listing change in
//   this process, and the next request rebuilds (the person who edited sees the change at once).
//   Other processes (several app servers) catch up within REFRESH_SECONDS: a request after that
//   starts a background check of a cheap fingerprint, and only if it moved are the points re-read
//   and the new snapshot swapped in; meanwhile the old one answers, so no request waits.
import { listingsVersion } from "@/lib/cache/listings-version";
import { buildMapIndex, type MapIndex, type MapPoint } from "./cluster-index";
import { mapFiltersKey, type MapFilters } from "./filters";

const REFRESH_SECONDS = 30;
const MAX_INDEXES = 24;

interface Snapshot {
  version: number;
  checkedAt: number;
  fingerprint: Promise<string>;
  points: Promise<MapPoint[]>;
  indexes: Map<string, Promise<MapIndex>>;
}
interface State {
  current?: Snapshot;
  checking?: boolean;
}
// On globalThis, like the database client: one cache for the route handlers and pages of a process.
const state = (): State => ((globalThis as { __atlasMapIndex?: State }).__atlasMapIndex ??= {});

/** Where the points come from (lib/map/queries.ts reads them from the database). */
export interface MapSource {
  points(): Promise<MapPoint[]>;
  /** Changes whenever any public listing does; cheap, checked every REFRESH_SECONDS. */
  fingerprint(): Promise<string>;
}

function load(source: MapSource, version: number, fingerprint = source.fingerprint()): Snapshot {
  const snapshot: Snapshot = {
    version,
    checkedAt: Date.now(),
    fingerprint,
    points: source.points(),
    indexes: new Map(),
  };
  Promise.all([snapshot.points, snapshot.fingerprint]).catch(() => {
    if (state().current === snapshot) state().current = undefined; // try again next time
  });
  return snapshot;
}

/** In the background: re-read the points if another process changed listings. */
async function recheck(source: MapSource, current: Snapshot): Promise<void> {
  const s = state();
  s.checking = true;
  try {
    const fresh = await source.fingerprint();
    if (fresh === (await current.fingerprint)) return;
    const next = load(source, current.version, Promise.resolve(fresh));
    await next.points;
    // Warm the unfiltered map before swapping, so no request pays for the first build.
    await mapIndexIn(next, emptyFilters);
    if (s.current === current) s.current = next;
  } catch {
    // Keep answering from the current snapshot; the next request tries again.
  } finally {
    s.checking = false;
  }
}

function snapshot(source: MapSource): Snapshot {
  const s = state();
  const version = listingsVersion();
  if (!s.current || s.current.version !== version) {
    s.current = load(source, version);
  } else if (Date.now() - s.current.checkedAt > REFRESH_SECONDS * 1000 && !s.checking) {
    s.current.checkedAt = Date.now();
    void recheck(source, s.current);
  }
  return s.current;
}

const emptyFilters: MapFilters = { layer: [], kind: [], sector: [], country: [], language: [], oblast: [] };

function mapIndexIn(current: Snapshot, filters: MapFilters): Promise<MapIndex> {
  const key = mapFiltersKey(filters);
  let index = current.indexes.get(key);
  if (index) {
    current.indexes.delete(key); // Map order is the LRU order
  } else {
    index = current.points.then((points) => buildMapIndex(points, filters));
    index.catch(() => current.indexes.delete(key));
  }
  current.indexes.set(key, index);
  while (current.indexes.size > MAX_INDEXES) current.indexes.delete(current.indexes.keys().next().value!);
  return index;
}

/** The index for these filters (built at most once per snapshot and filter combination). */
export function mapIndex(source: MapSource, filters: MapFilters): Promise<MapIndex> {
  return mapIndexIn(snapshot(source), filters);
}

/** Drops everything (tests and the benchmark measure cold builds with it). */
export function resetMapIndex(): void {
  const s = state();
  s.current = undefined;
}
