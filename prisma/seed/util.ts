// Determinism helpers for the seed: ids, slugs and a seeded PRNG, so a re-run builds the very
// same rows and `createMany({ skipDuplicates: true })` finds them already there.
import { createHash } from "node:crypto";

/** Seeded slugs are made from English names, like the app's (lib/text/slug.ts). */
export { latinSlug as slugify } from "../../lib/text/slug";

/**
 * A deterministic id shaped like a cuid (a "c" and 24 base-36 characters), so code that checks
 * ids with a cuid pattern accepts seeded rows, and a re-run produces the same primary keys.
 */
export function seedId(kind: string, key: string): string {
  const digest = createHash("sha256").update(`diaspora-atlas:${kind}:${key}`).digest();
  let out = "c";
  for (let i = 0; out.length < 25; i++) out += ((digest[i] ?? 0) % 36).toString(36);
  return out;
}

/** mulberry32: small, fast, good enough to vary demo content; seeded from a string. */
export class Random {
  private state: number;

  constructor(seed: string) {
    let h = 2166136261;
    for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
    this.state = h >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max] */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** `count` distinct items in random order (all of them if there are fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count));
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}

/** Splits a list into chunks, to keep each INSERT well under PostgreSQL's 65,535 bind parameters. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
