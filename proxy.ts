// Locale routing: `/` and unprefixed paths redirect to /uk/... or /en/... by the locale cookie,
// then Accept-Language. One rewrite: a directory page asked for without a session is answered
// from its cached copy (docs/decisions/0014-cached-directory-pages.md). And every page rendered
// per request gets a fresh script nonce and the Content-Security-Policy naming it; Next reads
// the nonce from the request's policy header and puts it on its scripts (decision 0016).
import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce, policyContext } from "@/lib/http/security-headers";
import { siteOrigin } from "@/lib/site/origin";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie";
import { routing } from "@/lib/i18n/routing";
import { directoryCacheKey, type Directory } from "@/lib/search/directory-cache";

const handleLocale = createMiddleware(routing);
const directoryPath = /^\/(uk|en)\/(organizations|communities)\/?$/;

export default function proxy(request: NextRequest) {
  const response = handleLocale(request);
  const cached = cachedDirectoryPath(request);
  // Only when next-intl lets the request through unchanged (no redirect, no rewrite of its own).
  if (cached && response.headers.get("x-middleware-next") === "1") {
    response.headers.delete("x-middleware-next");
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

function cachedDirectoryPath(request: NextRequest): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const match = directoryPath.exec(request.nextUrl.pathname);
  if (!match) return null;
  // Signed-in people get the page rendered for them (it may show more in future, and their
  // edits must show at once); so does anyone whose request carries a session cookie.
  if (SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name))) return null;
  const key = directoryCacheKey(match[2] as Directory, request.nextUrl.searchParams);
  return key ? `/${match[1]}/cached/${match[2]}/${key}` : null;
}

export const config = {
  // Skip API routes, Next internals and any path with a dot (files in public/, favicon.ico).
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
