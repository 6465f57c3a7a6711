import "server-only";
// The client's address, for rate limits. X-Forwarded-For is a list anyone can start: each proxy
// appends the address it saw, so only the last TRUSTED_PROXY_HOPS entries were written by our own
// proxies, and the entry before them is the client as our outermost proxy saw it. Without proxies
// the answer is the socket's peer, which our HTTP server (scripts/serve.mts) puts in
// SOCKET_ADDRESS_HEADER after deleting any client-sent copy.
import { headers } from "next/headers";
import { readEnv } from "@/lib/env";
import { SOCKET_ADDRESS_HEADER } from "./internal-headers";

/** Every request served without our server (e.g. `next dev`) shares this one address. */
export const UNKNOWN_ADDRESS = "unknown";

/** `::ffff:127.0.0.1` (how a dual-stack socket reports IPv4) → `127.0.0.1`; `[::1]:443` → `::1`. */
export function normalizeAddress(raw: string): string {
  let address = raw.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  if (v4WithPort) address = v4WithPort[1]!;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  return mapped ? mapped[1]! : address;
}

export function clientAddressFrom(requestHeaders: Headers, trustedHops: number): string {
  const socket = requestHeaders.get(SOCKET_ADDRESS_HEADER)?.trim();
  // Without the socket's word there is no trustworthy end to count hops from.
  if (!socket) return UNKNOWN_ADDRESS;
  const forwarded = (requestHeaders.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, socket];
  return normalizeAddress(chain[Math.max(0, chain.length - 1 - trustedHops)]!);
}

/**
 * What one client is counted as: its address, or for IPv6 its /64 network, because one
 * subscriber is usually given a whole /64 and could otherwise rotate through it.
 */
export function addressBucket(address: string): string {
  if (!address.includes(":")) return address;
  const groups = expandIPv6(address);
  return groups ? `${groups.slice(0, 4).join(":")}::/64` : address;
}

function expandIPv6(address: string): string[] | null {
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const split = (part: string | undefined) => (part ? part.split(":") : []);
  const head = split(halves[0]);
  const tail = split(halves[1]);
  const missing = 8 - head.length - tail.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const groups = [...head, ...Array<string>(missing).fill("0"), ...tail];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null;
  return groups.map((group) => group.replace(/^0+(?=.)/, ""));
}

/** In a server action or route handler: the address of the request being served. */
export async function clientAddress(requestHeaders?: Headers): Promise<string> {
  return clientAddressFrom(requestHeaders ?? (await headers()), readEnv().TRUSTED_PROXY_HOPS);
}
