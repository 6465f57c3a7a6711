import "server-only";
// Wraps a public route handler in its per-address budget (lib/http/rate-limit.ts):
//   export const GET = withRateLimit("api", async (request) => …);
import type { NextRequest } from "next/server";
import { clientAddress } from "./client-address";
import { checkLimits, type PublicReadKind } from "./rate-limit";

export function tooManyRequests(retryAfterSeconds: number, detail = "Too many requests from this address."): Response {
  return Response.json(
    { title: "Too many requests", status: 429, detail: `${detail} Try again in ${retryAfterSeconds} s.` },
    {
      status: 429,
      headers: {
        "Content-Type": "application/problem+json",
        "Retry-After": String(retryAfterSeconds),
        // Never kept by a shared cache in place of the real answer for everyone else.
        "Cache-Control": "no-store",
        // Cross-origin API clients can then read why they were refused.
        "Access-Control-Allow-Origin": "*",
      },
    },
  );
}

export function withRateLimit<Rest extends unknown[]>(
  kind: PublicReadKind,
  handler: (request: NextRequest, ...rest: Rest) => Response | Promise<Response>,
): (request: NextRequest, ...rest: Rest) => Promise<Response> {
  return async (request, ...rest) => {
    const decision = await checkLimits(kind, { address: await clientAddress(request.headers) });
    if (!decision.allowed) return tooManyRequests(decision.retryAfterSeconds);
    return handler(request, ...rest);
  };
}
