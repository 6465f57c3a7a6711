// Pages from Next's page cache are the same bytes for every visitor: gzip each once, not on
// every request (~2 ms of CPU for a 250 KB page, a third of what serving it costs otherwise).
// scripts/serve.mts puts this between our response policy, which hands over a cached page in one
// piece once its script hashes are in the policy (lib/http/response-policy.ts), and the
// `compression` middleware, which leaves a response alone when it already names an encoding.
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";

/** A bounded store of gzipped bodies by their SHA-1, the least recently used dropped first. */
export class CompressedCopies {
  private readonly copies = new Map<string, Buffer>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly maxBytes = 32 * 1024 * 1024) {}

  gzip(body: Buffer): Buffer {
    const key = createHash("sha1").update(body).digest("base64");
    const known = this.copies.get(key);
    if (known) {
      this.hits += 1;
      this.copies.delete(key); // to the end: most recently used
      this.copies.set(key, known);
      return known;
    }
    this.misses += 1;
    const made = gzipSync(body);
    this.copies.set(key, made);
    this.bytes += made.length;
    for (const [oldest, copy] of this.copies) {
      if (this.bytes <= this.maxBytes) break;
      this.copies.delete(oldest);
      this.bytes -= copy.length;
    }
    return made;
  }
}

/** Whether the client takes gzip (and has not refused it with q=0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  return value.split(",").some((part) => {
    const [name, ...params] = part.trim().split(";");
    if (name?.trim().toLowerCase() !== "gzip" && name?.trim() !== "*") return false;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    return q === undefined || Number(q) > 0;
  });
}

/** Below this a page is sent as it is (as `compression` does under 1 KB). */
const THRESHOLD = 1024;

/**
 * Sends a cached page (x-nextjs-cache, 200, given to `end` in one piece) as its stored gzipped
 * copy; everything else goes on untouched to the compression below.
 */
export function serveCompressedCopies(
  request: IncomingMessage,
  response: ServerResponse,
  copies: CompressedCopies,
  /** Told each finished gzipped page just before it is sent (./finished-pages.ts keeps them). */
  onFinished?: (response: ServerResponse, gzipped: Buffer) => void,
): void {
  const write = response.write;
  const end = response.end;
  let streamed = false;
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    streamed = true;
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as ServerResponse["write"];
  response.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (
      !streamed &&
      Buffer.isBuffer(chunk) &&
      chunk.length >= THRESHOLD &&
      request.method !== "HEAD" &&
      response.statusCode === 200 &&
      response.hasHeader("x-nextjs-cache") &&
      !response.hasHeader("content-encoding") &&
      acceptsGzip(request.headers["accept-encoding"])
    ) {
      const gzipped = copies.gzip(chunk);
      response.setHeader("Content-Encoding", "gzip");
      response.setHeader("Content-Length", gzipped.length);
      onFinished?.(response, gzipped);
      const done = [encoding, callback].find((value) => typeof value === "function");
      return (end as (...a: unknown[]) => ServerResponse).call(this, gzipped, done);
    }
    return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, encoding, callback);
  } as ServerResponse["end"];
}
