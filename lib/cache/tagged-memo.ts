// A value computed once and kept while the versions of its tags (lib/cache/tags.ts) stay the
// same and it is younger than `maxAgeMs`: the home page's counts over every table are read once
// per change, not once per request. Concurrent callers share one computation.
import { tagsVersion } from "./tags";

export function memoByTags<T>(tags: readonly string[], maxAgeMs: number, load: () => Promise<T>): () => Promise<T> {
  let entry: { version: number; at: number; value: Promise<T> } | null = null;
  return () => {
    const version = tagsVersion(tags);
    const now = Date.now();
    if (entry && entry.version === version && now - entry.at < maxAgeMs) return entry.value;
    const value = load();
    const made = { version, at: now, value };
    entry = made;
    // A failed read is not kept: the next caller tries again.
    value.catch(() => {
      if (entry === made) entry = null;
    });
    return value;
  };
}
