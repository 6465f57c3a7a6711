// Shared helpers of the demo generator: dates relative to the seeding day, points near a city,
// money, Ukrainian plural forms.
import { zonedLocalToUtc } from "../../../lib/event/zoned-time";
import { Random } from "../util";
import type { Text } from "./vocabulary";

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC of the day `now` falls on: every date in the demo is relative to it, so two runs on one day agree. */
export function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Each part of the generator draws from its own stream, so editing one part leaves the others' output unchanged. */
export function rngFor(part: string): Random {
  return new Random(`diaspora-atlas-demo:${part}`);
}

const round5 = (v: number) => Math.round(v * 1e5) / 1e5;

/** A point `minKm`–`maxKm` from the centre in a random direction: a plausible street address. */
export function jitter(rng: Random, lat: number, lng: number, minKm: number, maxKm: number): { lat: number; lng: number } {
  const distance = minKm + rng.next() * (maxKm - minKm);
  const bearing = rng.next() * 2 * Math.PI;
  const dLat = (distance * Math.cos(bearing)) / 111.32;
  const dLng = (distance * Math.sin(bearing)) / (111.32 * Math.cos((lat * Math.PI) / 180));
  return { lat: round5(lat + dLat), lng: round5(lng + dLng) };
}

/** Wall-clock time in an IANA zone on the given UTC day → the UTC instant, by the rule event forms use. */
export function zonedTime(date: Date, hour: number, minute: number, timeZone: string): Date {
  const local = `${date.toISOString().slice(0, 10)}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
  const instant = zonedLocalToUtc(local, timeZone);
  if (!instant) throw new Error(`not a wall-clock time: ${local}`);
  return instant;
}

/** Rounds an amount to two significant-ish steps so costs read like estimates (58 000, not 57 913). */
export function roundAmount(amount: number): number {
  const step = amount >= 100_000 ? 10_000 : amount >= 10_000 ? 1_000 : 100;
  return Math.max(step, Math.round(amount / step) * step);
}

/** Ukrainian noun form for a count: 1 громада, 2 громади, 5 громад (and 11–14 like 5). */
export function plural(count: number, one: string, few: string, many: string): string {
  const mod10 = count % 10;
  const mod100 = count % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

/** 26259 → "26 259" (Ukrainian: a space groups thousands) and "26,259" (English). */
export function formatCount(n: number): Text {
  return { uk: n.toLocaleString("uk-UA").replace(/\s/g, " "), en: n.toLocaleString("en-GB") };
}

/** "a, b та c" / "a, b and c" */
export function joinList(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("uk") + text.slice(1);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("uk") + text.slice(1);
}

/** Ukrainian locative of an oblast or raion name: "Тернопільська область" → "Тернопільській області". */
export function locativeUk(name: string): string {
  return name
    .replace(/а область$/, "ій області")
    .replace(/ий район$/, "ому районі")
    .replace(/ій район$/, "ьому районі");
}
