// The last step of serving a visitor's cached page, skipped (issue 17): once Next has answered a
// page from its page cache and we have gzipped it (./compressed-copies.ts), the finished response
// (headers and gzipped body) is kept here under the page's cache key, which holds the versions of
// every tag the page shows (./page-cache.ts). The next visitor asking for the same key gets those
// bytes straight from scripts/serve.mts, without Next's router, proxy and cache lookup. A write
// bumps a tag, the key moves on, and the next request goes through Next again, as before.
// Only plain document requests of visitors that take gzip: never a request with a session cookie,
// a client-side navigation (RSC) or a server action, never a response that sets a cookie.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { acceptsGzip } from "./compressed-copies";
import { visitorCachedPath } from "./page-cache";

export interface FinishedPage {
  /** The response's headers as sent, less the ones that belong to one request or connection. */
  headers: [string, number | string | string[]][];
  gzipped: Buffer;
}

/** Headers that are per request or per connection, never replayed. */
const PER_REQUEST = new Set(["x-request-id", "date", "connection", "keep-alive", "transfer-encoding", "set-cookie"]);

/** Request headers that make a response something other than the page's HTML. */
const NOT_A_DOCUMENT = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];

function cookieNames(header: string | undefined): Set<string> {
  return new Set(
    (header ?? "")
      .split(";")
      .map((part) => part.split("=")[0]!.trim())
      .filter(Boolean),
  );
}

/** The key a visitor's request for a cached page is kept under, or null when it is served by Next as usual. */
export function finishedPageKey(request: Pick<IncomingMessage, "method" | "url" | "headers">): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (NOT_A_DOCUMENT.some((name) => request.headers[name] !== undefined)) return null;
  if (!acceptsGzip(request.headers["accept-encoding"])) return null;
  const url = new URL(request.url ?? "/", "http://local");
  if (url.searchParams.has("_rsc")) return null;
  const cookies = cookieNames(request.headers.cookie);
  return visitorCachedPath({
    method: "GET",
    pathname: url.pathname,
    searchParams: url.searchParams,
    hasCookie: (name) => cookies.has(name),
  });
}

/** The finished page of a response about to be sent (its headers are all set), for the store. */
export function finishedPage(response: ServerResponse, gzipped: Buffer): FinishedPage | null {
  if (response.hasHeader("set-cookie")) return null;
  const headers = Object.entries(response.getHeaders() as OutgoingHttpHeaders)
    .filter(([name, value]) => value !== undefined && !PER_REQUEST.has(name.toLowerCase()))
    .map(([name, value]) => [name, value] as [string, number | string | string[]]);
  return { headers, gzipped };
}

/** Sends a kept page: its headers (the security headers already set on `response` stay), then its bytes. */
export function sendFinishedPage(response: ServerResponse, page: FinishedPage, head: boolean): void {
  for (const [name, value] of page.headers) response.setHeader(name, value);
  // Kept from the response that rendered it (maybe a MISS); from here it is a hit of the cache.
  response.setHeader("x-nextjs-cache", "HIT");
  response.statusCode = 200;
  response.end(head ? undefined : page.gzipped);
}

/** A bounded store of finished pages by key, the least recently used dropped first. */
export class FinishedPages {
  private readonly pages = new Map<string, FinishedPage>();
  private bytes = 0;
  hits = 0;

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  get(key: string): FinishedPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    this.hits += 1;
    this.pages.delete(key); // to the end: most recently used
    this.pages.set(key, page);
    return page;
  }

  set(key: string, page: FinishedPage): void {
    const old = this.pages.get(key);
    if (old) this.bytes -= old.gzipped.length;
    this.pages.delete(key);
    this.pages.set(key, page);
    this.bytes += page.gzipped.length;
    for (const [oldest, kept] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= kept.gzipped.length;
    }
  }

  get size(): number {
    return this.pages.size;
  }
}
