// Facet counts of recent searches, shared by the search queries and the indexer (which clears it).
// Not server-only: the indexer runs in scripts too.
import { listingsVersion } from "@/lib/cache/listings-version";

export type FacetRow = { facet: string; value: string | null; n: number };

/**
 * Facet counts of recent searches, per process, for FACET_CACHE_SECONDS: broad searches (no
 * text, one or two facets) are the common case and the costly one (tens of milliseconds at
 * 100k listings), and counts a minute old are fine for a directory. Writes through
 * lib/search/indexer.ts clear it at once in this process.
 */
const FACET_CACHE_SECONDS = 60;
const FACET_CACHE_SIZE = 500;
const facetCache = new Map<string, { at: number; version: number; rows: Promise<FacetRow[]> }>();

export function clearFacetCache(): void {
  facetCache.clear();
}

export function cachedFacetRows(key: string, load: () => Promise<FacetRow[]>): Promise<FacetRow[]> {
  const now = Date.now();
  const version = listingsVersion();
  const hit = facetCache.get(key);
  // Counts read before the last change (lib/cache/listings-version.ts) are not served.
  if (hit && hit.version === version && now - hit.at < FACET_CACHE_SECONDS * 1000) {
    facetCache.delete(key); // re-insert: Map order is the LRU order
    facetCache.set(key, hit);
    return hit.rows;
  }
  const rows = load();
  facetCache.set(key, { at: now, version, rows });
  rows.catch(() => facetCache.delete(key));
  while (facetCache.size > FACET_CACHE_SIZE) facetCache.delete(facetCache.keys().next().value!);
  return rows;
}
