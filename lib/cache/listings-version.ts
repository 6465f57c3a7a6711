// A counter of listing changes in this process. The search indexer bumps it whenever it
// rewrites a listing's projection; the map's in-memory clusters (lib/map/index-cache.ts) and
// the directory's page-cache keys (lib/search/directory-cache.ts) read it, so a change written
// here is never answered from an older copy. In its own folder so that search and map both
// depend on it rather than on each other. Not server-only, like lib/search/facet-cache.ts: the
// indexer also runs in scripts. Kept on globalThis because Next.js may bundle this module into
// route handlers and server actions separately, and both copies must see one counter.
const holder = globalThis as { __atlasListingsVersion?: number };

export function markListingsChanged(): void {
  holder.__atlasListingsVersion = (holder.__atlasListingsVersion ?? 0) + 1;
}

export function listingsVersion(): number {
  return holder.__atlasListingsVersion ?? 0;
}
