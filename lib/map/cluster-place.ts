// What a cluster is called: "Berlin and around, 330". Each point names its city, region (an
// oblast, for Ukraine's communities) and country; supercluster's map/reduce sums them per
// cluster as small tallies while it builds the index, so naming costs nothing per request.
// The tallies are Misra–Gries summaries (at most TALLY_SIZE entries): any place holding more
// than 1/(TALLY_SIZE + 1) of a cluster is kept, with its count at most that share too low.

/** [id, count, id, count, …], largest count first. */
export type Tally = number[];

export const TALLY_SIZE = 6;
/** A city or region names a cluster when it holds at least this share of its listings. */
export const NAMING_SHARE = 0.5;

export const tallyOf = (id: number): Tally => (id < 0 ? [] : [id, 1]);

/** The sum of two tallies, as a new array (supercluster copies cluster properties shallowly). */
export function mergeTallies(a: Tally, b: Tally): Tally {
  // The common case while clustering at high zooms: both sides are the same one place.
  if (a.length === 2 && b.length === 2 && a[0] === b[0]) return [a[0]!, a[1]! + b[1]!];
  if (!b.length) return a.slice();
  if (!a.length) return b.slice();
  // The next most common: one place (a point, or a cluster of one place) joins a tally.
  if (b.length === 2 && (a.length < TALLY_SIZE * 2 || tallyIndex(a, b[0]!) >= 0)) return addOne(a, b[0]!, b[1]!);
  const ids: number[] = [];
  const counts: number[] = [];
  for (const tally of [a, b])
    for (let i = 0; i < tally.length; i += 2) {
      const at = ids.indexOf(tally[i]!);
      if (at < 0) {
        ids.push(tally[i]!);
        counts.push(tally[i + 1]!);
      } else counts[at]! += tally[i + 1]!;
    }
  const order = ids.map((_, i) => i).sort((x, y) => counts[y]! - counts[x]! || ids[x]! - ids[y]!);
  // Past TALLY_SIZE entries, every count drops by the first one left out (Misra–Gries).
  const cut = order.length > TALLY_SIZE ? counts[order[TALLY_SIZE]!]! : 0;
  const merged: Tally = [];
  for (const i of order.slice(0, TALLY_SIZE)) if (counts[i]! - cut > 0) merged.push(ids[i]!, counts[i]! - cut);
  return merged;
}

function tallyIndex(tally: Tally, id: number): number {
  for (let i = 0; i < tally.length; i += 2) if (tally[i] === id) return i;
  return -1;
}

/** `tally` plus `count` of `id`, when that fits without dropping anything; kept in order. */
function addOne(tally: Tally, id: number, count: number): Tally {
  const merged = tally.slice();
  let at = tallyIndex(merged, id);
  if (at < 0) {
    at = merged.length;
    merged.push(id, count);
  } else merged[at + 1]! += count;
  for (; at > 0 && merged[at - 1]! < merged[at + 1]!; at -= 2) {
    [merged[at - 2], merged[at]] = [merged[at]!, merged[at - 2]!];
    [merged[at - 1], merged[at + 1]] = [merged[at + 1]!, merged[at - 1]!];
  }
  return merged;
}

export interface PlaceTallies {
  /** city (or a community's centre) */
  c: Tally;
  /** region: a Ukrainian community's oblast */
  r: Tally;
  /** country */
  y: Tally;
}

export interface ClusterPlace {
  /** the place's name, in the reader's language */
  name: string;
  /** every listing of the cluster is there (a name without "and around") */
  all: boolean;
}

/**
 * The name of a cluster of `count` listings: the city that holds at least NAMING_SHARE of it,
 * else such a region, else the most common country (the reader's language throughout); null
 * when its listings name no place at all.
 */
export function clusterPlace(
  tallies: PlaceTallies,
  count: number,
  nameOf: (id: number) => { uk: string; en: string } | undefined,
  locale: string,
): ClusterPlace | null {
  const pick = (tally: Tally, share: number): ClusterPlace | null => {
    if (!tally.length || tally[1]! < share * count) return null;
    const name = nameOf(tally[0]!);
    const text = name && (locale === "uk" ? name.uk || name.en : name.en || name.uk);
    return text ? { name: text, all: tally[1]! >= count } : null;
  };
  return pick(tallies.c, NAMING_SHARE) ?? pick(tallies.r, NAMING_SHARE) ?? pick(tallies.y, 0);
}

/** Interned place names: one id per distinct place in an index. */
export class PlaceNames {
  private readonly ids = new Map<string, number>();
  private readonly names: { uk: string; en: string }[] = [];

  /** The id of a place (by a key unique to it), or -1 for none. */
  id(key: string | null, name: { uk: string; en: string } | null | undefined): number {
    if (key === null || !name || !(name.uk || name.en)) return -1;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(key, id);
      this.names.push(name);
    }
    return id;
  }

  name = (id: number): { uk: string; en: string } | undefined => this.names[id];
}
