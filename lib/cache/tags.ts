// A version per tag: what a cached page shows is named by tags ("events", "organizations", …),
// and a write bumps the tags of what it changed, so a page keyed on its tags' versions
// (lib/cache/page-cache.ts) is answered anew on the very next request after a write that
// concerns it, and from the cache after any other write (docs/decisions/0019-page-cache-with-tags.md).
// Isomorphic and not server-only: the proxy, the pages, server actions and scripts (the indexer)
// all use it. On globalThis because Next.js may bundle this module several times (proxy, pages,
// actions), and all copies must see one set of versions.
import { localePrefix } from "@/lib/i18n/locale-paths";

/** The sections whose writes the page cache tracks; home counts all of them. */
export const SECTION_TAGS = [
  "organizations",
  "communities",
  "events",
  "needs",
  "partnerships",
  "announcements",
  "polls",
  "dialogues",
] as const;
export type SectionTag = (typeof SECTION_TAGS)[number];

type Store = { versions: Map<string, number>; serial: number; lastBump: Map<string, number> };
const holder = globalThis as { __atlasTagVersions?: Store };
const store = (): Store => (holder.__atlasTagVersions ??= { versions: new Map(), serial: 0, lastBump: new Map() });

/**
 * The writes behind `tags` happened: pages keyed on any of them are rendered anew. `remote`: a
 * change another instance announced, which `tagsBumpedSince` leaves out (it is not announced
 * back).
 */
export function bumpTags(tags: readonly string[], { remote = false }: { remote?: boolean } = {}): void {
  const s = store();
  for (const tag of new Set(tags)) {
    s.versions.set(tag, (s.versions.get(tag) ?? 0) + 1);
    if (remote) continue;
    s.serial += 1;
    s.lastBump.set(tag, s.serial);
  }
}

/** The version of each tag (0 for a tag never bumped in this process). */
export function tagVersions(tags: readonly string[]): number[] {
  const { versions } = store();
  return tags.map((tag) => versions.get(tag) ?? 0);
}

/**
 * One number for a set of tags. Versions only grow, so the sum grows with every bump of any of
 * the tags: two states of the same page never share it (the page's path is in its key too).
 */
export function tagsVersion(tags: readonly string[]): number {
  return tagVersions(tags).reduce((sum, version) => sum + version, 0);
}

/** A mark to pass to `tagsBumpedSince` later. */
export function tagSerial(): number {
  return store().serial;
}

/**
 * The tags bumped in this process since `serial` (by any request). A server action bumps tags inside
 * its transaction; once it has committed, the same tags are bumped again, so a page rendered in
 * between from the old rows is not served under the new version (lib/actions/client.ts).
 */
export function tagsBumpedSince(serial: number): string[] {
  return [...store().lastBump].filter(([, at]) => at > serial).map(([tag]) => tag);
}

/**
 * The tags a write to the page of `path` concerns, from a route path as revalidatePath takes it
 * ("/[locale]/events/my-event", "/[locale]/communities/[slug]"): its section, so the section's
 * lists, the profiles that show it and the home counts follow. Unknown paths name no tag.
 */
export function tagsOfPath(path: string): SectionTag[] {
  const section =
    path
      .replace(/^\/\[locale\](?=\/|$)/, "")
      .replace(localePrefix, "")
      .split("/")[1] ?? "";
  return (SECTION_TAGS as readonly string[]).includes(section) ? [section as SectionTag] : [];
}
