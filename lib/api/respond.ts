import "server-only";
// The read API's response plumbing, said once for every /api/v1 JSON route: the per-address
// budget (429 with Retry-After), CORS for GET, a weak ETag from the body's hash answered with 304
// on a matching If-None-Match, Last-Modified when the rows say when they changed, a short public
// Cache-Control, and problems (400, 404) as application/problem+json.
import { createHash } from "node:crypto";
import type { NextRequest } from "next/server";
import { withRateLimit } from "@/lib/http/with-rate-limit";
import { ApiError } from "./query";

export const API_CACHE_CONTROL = "public, max-age=60";
const CORS = { "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After" } as const;

export function problemResponse(status: number, title: string, detail: string): Response {
  return Response.json(
    { title, status, detail },
    { status, headers: { ...CORS, "Content-Type": "application/problem+json", "Cache-Control": "no-store" } },
  );
}

/** W/"…" of the body: equal bodies, equal tags, whichever process answered. */
export const weakEtag = (body: string) => `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;

/** If-None-Match lists the tag (weak comparison, as RFC 9110 asks for GET), or is "*". */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => {
    const candidate = tag.trim();
    return candidate === "*" || candidate.replace(/^W\//, "") === bare;
  });
}

/** The body as JSON with validators and cache headers; 304 without a body when the client has it. */
export function jsonResponse(request: Request, body: unknown, lastModified?: Date | null): Response {
  const text = JSON.stringify(body);
  const etag = weakEtag(text);
  const headers = new Headers({ ...CORS, "Cache-Control": API_CACHE_CONTROL, ETag: etag });
  if (lastModified) headers.set("Last-Modified", lastModified.toUTCString());
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", "application/json; charset=utf-8");
  return new Response(text, { status: 200, headers });
}

/** The latest of the rows' `updatedAt` (ISO strings), for Last-Modified; none for an empty page. */
export function latestUpdate(items: readonly { updatedAt: string }[]): Date | null {
  const latest = Math.max(...items.map((item) => Date.parse(item.updatedAt)));
  return Number.isFinite(latest) ? new Date(latest) : null;
}

/** A GET handler under the "api" budget; an ApiError it throws becomes its problem response. */
export function apiGet<Rest extends unknown[]>(handler: (request: NextRequest, ...rest: Rest) => Promise<Response>) {
  return withRateLimit("api", async (request: NextRequest, ...rest: Rest) => {
    try {
      return await handler(request, ...rest);
    } catch (error) {
      if (error instanceof ApiError) return problemResponse(error.status, error.title, error.message);
      throw error;
    }
  });
}

/** The CORS preflight: any origin may GET, sending If-None-Match. */
export function OPTIONS(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS,
      "Access-Control-Allow-Methods": "GET, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since",
      "Access-Control-Max-Age": "86400",
    },
  });
}
