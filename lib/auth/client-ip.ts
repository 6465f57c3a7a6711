import "server-only";
// The client's address for rate limits. `next start` fills x-forwarded-for with the socket's
// address when no proxy did; behind a proxy the left-most entry is the client the proxy saw.
// (Anyone can forge the header when the app is exposed without a proxy that overwrites it; the
// per-account limit still holds then.)
import { headers } from "next/headers";

export function clientIpFrom(requestHeaders: Headers): string | null {
  const forwarded = requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || requestHeaders.get("x-real-ip")?.trim() || null;
}

/** In a server action or server component: the address of the request being served. */
export async function clientIp(): Promise<string | null> {
  return clientIpFrom(await headers());
}
