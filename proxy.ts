// Locale routing only: `/` and unprefixed paths redirect to /uk/... or /en/... by the locale
// cookie, then Accept-Language; everything else is a page's business.
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Skip API routes, Next internals and any path with a dot (files in public/, favicon.ico).
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
