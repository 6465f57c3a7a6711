// A counter of listing changes in this process. The search indexer bumps it whenever it
// rewrites a listing's projection; the map's in-memory clusters (lib/map/index-cache.ts) and
// the directory's page-cache keys (lib/search/directory-cache.ts) read it, so a change written
// here is never answered from an older copy. In its own folder so that search and map both
// depend on it rather than on each other. Not server-only, like lib/search/facet-cache.ts: the
// indexer also runs in scripts. Kept on globalThis because Next.js may bundle this module into
// route handlers and server actions separately, and both copies must see one counter.
//
// Since issue 17 a change also names what it concerns (tags, lib/cache/tags.ts): the page cache
// keys on the versions of those tags, and the counter here moves only for changes to the
// listings themselves (organisations, communities and their needs) or changes that name nothing.
//
// Other instances of the app learn of a change through a broadcast (see `onLocalListingsChange`
// and `applyRemoteListingsChange`): a change made here is announced; a change announced by
// another instance bumps the counter here without being announced again.
import { bumpTags, SECTION_TAGS } from "./tags";

type Listener = (tags: readonly string[]) => void;

/** Tags whose changes the listings' search projections, facets and map clusters depend on. */
const LISTING_TAG = /^(organizations|communities|needs|organization:|community:)/;

const holder = globalThis as { __atlasListingsVersion?: number; __atlasListingsListeners?: Set<Listener> };
const listeners = (): Set<Listener> => (holder.__atlasListingsListeners ??= new Set());

function bump(tags: readonly string[], remote: boolean): void {
  // A change that names nothing may concern any page.
  bumpTags(tags.length > 0 ? tags : SECTION_TAGS, { remote });
  if (tags.length === 0 || tags.some((tag) => LISTING_TAG.test(tag))) {
    holder.__atlasListingsVersion = (holder.__atlasListingsVersion ?? 0) + 1;
  }
}

/** A listing changed in this process; `tags` name what changed (e.g. "organization:<id>"), when known. */
export function markListingsChanged(tags: readonly string[] = []): void {
  bump(tags, false);
  for (const listener of listeners()) listener(tags);
}

/** A change another instance announced: counted here, not announced again. */
export function applyRemoteListingsChange(tags: readonly string[] = []): void {
  bump(tags, true);
}

/** Called after every change made in this process (the broadcast to other instances listens here). */
export function onLocalListingsChange(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

export function listingsVersion(): number {
  return holder.__atlasListingsVersion ?? 0;
}
