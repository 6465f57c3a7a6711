// Locale routing: `/` and unprefixed paths redirect to /uk/..., /de/... by the locale cookie,
// then Accept-Language. One rewrite: a public page asked for without a session is answered from
// its cached copy, under a key holding the versions of what it shows
// (docs/decisions/0014-cached-directory-pages.md, 0019-page-cache-with-tags.md). And every page rendered
// per request gets a fresh script nonce and the Content-Security-Policy naming it; Next reads
// the nonce from the request's policy header and puts it on its scripts (decision 0016).
import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce, policyContext } from "@/lib/http/security-headers";
import { siteOrigin } from "@/lib/site/origin";
import { routing } from "@/lib/i18n/routing";
import { localeAlternation } from "@/lib/i18n/localized-text";
import { visitorCachedPath } from "@/lib/cache/page-cache";

const handleLocale = createMiddleware(routing);
const cachedCopyPath = new RegExp(`^/(${localeAlternation})/cached(/|$)`);

export default function proxy(request: NextRequest) {
  // The cached copies are reached only through the rewrite below (rewrites do not pass here
  // again): asked for directly, with a session cookie, a copy being rendered could otherwise be
  // mistaken for a shared one.
  if (cachedCopyPath.test(request.nextUrl.pathname)) return new Response(null, { status: 404 });
  const response = handleLocale(request);
  const cached = cachedPath(request);
  // Only when next-intl lets the request through unchanged (no redirect, no rewrite of its own).
  if (cached && response.headers.get("x-middleware-next") === "1") {
    response.headers.delete("x-middleware-next");
    // Next turns a loopback host in this URL into "localhost" and keeps the rewrite inside the
    // app only if its router's own origin is on localhost too (scripts/serve.mts sees to it).
    response.headers.set("x-middleware-rewrite", new URL(cached, request.url).toString());
    return response; // scripts allowed by hash (scripts/serve.mts): the page is shared
  }
  if (response.status >= 300 && response.status < 400) return response;
  const nonce = newNonce();
  const policy = contentSecurityPolicy({ nonce }, pagePolicyContext());
  overrideRequestHeaders(response, request, { "content-security-policy": policy, "x-nonce": nonce });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// What the policy depends on is configuration: read it once, not on every page request.
let policyContextOnce: ReturnType<typeof policyContext> | undefined;
function pagePolicyContext() {
  policyContextOnce ??= policyContext(siteOrigin().https);
  return policyContextOnce;
}

/**
 * Adds headers to the request the page sees, keeping the ones next-intl may already have
 * overridden (Next's protocol: x-middleware-override-headers lists every header the page gets,
 * each value in x-middleware-request-<name>).
 */
function overrideRequestHeaders(response: Response, request: NextRequest, extra: Record<string, string>): void {
  const listed = response.headers.get("x-middleware-override-headers");
  const names = listed ? listed.split(",") : [...request.headers.keys()];
  if (!listed) for (const [name, value] of request.headers) response.headers.set(`x-middleware-request-${name}`, value);
  for (const [name, value] of Object.entries(extra)) {
    response.headers.set(`x-middleware-request-${name}`, value);
    if (!names.includes(name)) names.push(name);
  }
  response.headers.set("x-middleware-override-headers", names.join(","));
}

function cachedPath(request: NextRequest): string | null {
  return visitorCachedPath({
    method: request.method,
    pathname: request.nextUrl.pathname,
    searchParams: request.nextUrl.searchParams,
    hasCookie: (name) => request.cookies.has(name),
  });
}

export const config = {
  // Skip API routes, Next internals and any path with a dot (files in public/, favicon.ico).
  // And the cached copies' own paths, whose keys hold a dot, so that asked for directly they are refused (above).
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)", "/(uk|en|de|fr|pl|it)/cached/:path*"],
};
