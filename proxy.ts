// Locale routing: `/` and unprefixed paths redirect to /uk/... or /en/... by the locale cookie,
// then Accept-Language. And one rewrite: a directory page asked for without a session is
// answered from its cached copy (docs/decisions/0014-cached-directory-pages.md).
import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
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
  }
  return response;
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
