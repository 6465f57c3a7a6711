// The security headers of every response, in one place. Two Content-Security-Policy shapes share
// everything but how scripts are allowed:
//  - pages rendered per request carry a fresh nonce (set by proxy.ts; Next puts it on its scripts);
//  - pages served from Next's page cache were rendered once for everybody, so a nonce cannot be
//    in them; our server (scripts/serve.mts) hashes their inline scripts instead.
// Neither allows 'unsafe-inline' scripts. See docs/decisions/0016-content-security-policy.md.
import { VIEWER_HINT_SCRIPT_HASH } from "@/lib/auth/viewer-hint";
import { tileLayerConfig } from "@/lib/map/tile-config";

export interface PolicyContext {
  /** The site is served over https (HSTS, upgrade-insecure-requests). */
  https: boolean;
  /** `next dev` needs eval for its refresh runtime. */
  development?: boolean;
  /** Origins the map's raster tiles come from (img-src). */
  tileOrigins?: string[];
  /** Origins sign-in forms may be redirected to (OAuth providers). */
  formTargets?: string[];
}

type ScriptSource = { nonce: string } | { hashes: string[] };

export function contentSecurityPolicy(scripts: ScriptSource, context: PolicyContext): string {
  // The layout's one inline script of our own (the header's hint, lib/auth/viewer-hint.ts) has no
  // nonce: the layout must not read the request, or no page could be cached. Its hash allows it.
  const scriptSrc =
    "nonce" in scripts ? [`'nonce-${scripts.nonce}'`, `'${VIEWER_HINT_SCRIPT_HASH}'`] : scripts.hashes.map((hash) => `'${hash}'`);
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", ...scriptSrc, ...(context.development ? ["'unsafe-eval'"] : [])],
    // React renders style attributes and Leaflet positions with inline styles; styles cannot run code.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:", ...(context.tileOrigins ?? [])],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...(context.development ? ["ws:"] : [])],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'", ...(context.formTargets ?? [])],
    ["frame-ancestors", "'none'"],
    ...(context.https ? ([["upgrade-insecure-requests"]] as [string][]) : []),
  ];
  return directives.map((parts) => parts.join(" ")).join("; ");
}

/** Responses that are not pages (JSON, CSV, files) run nothing and may be framed by nobody. */
export const NON_DOCUMENT_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** The headers every response carries, whatever it is. */
export function baseSecurityHeaders(context: { https: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Geolocation stays available to our own pages for the map's "near me"; nothing else is used.
    "Permissions-Policy":
      "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), interest-cohort=(), browsing-topics=()",
    ...(context.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** A nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The origin(s) of a Leaflet tile URL template ("https://{s}.tile.example/{z}/{x}/{y}.png"). */
export function tileTemplateOrigins(template: string | undefined): string[] {
  if (!template) return [];
  try {
    const url = new URL(template.replace(/\{s\}/g, "subdomain").replace(/\{[^}]*\}/g, "0"));
    const host = template.includes("{s}") ? url.host.replace("subdomain", "*") : url.host;
    return [`${url.protocol}//${host}`];
  } catch {
    return [];
  }
}

/** What the policy depends on in this process's configuration. */
export function policyContext(https: boolean): PolicyContext {
  const formTargets = [
    ...(process.env.AUTH_GITHUB_ID ? ["https://github.com"] : []),
    ...(process.env.AUTH_GOOGLE_ID ? ["https://accounts.google.com"] : []),
  ];
  return {
    https,
    development: process.env.NODE_ENV === "development",
    tileOrigins: tileTemplateOrigins(tileLayerConfig()?.url),
    formTargets,
  };
}
