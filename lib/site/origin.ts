// The site's one public origin. Every absolute URL the app writes (sign-in links, feeds, .ics,
// exports, API links, JSON-LD, canonical links, sitemaps) is built from it, never from the
// request's Host or X-Forwarded-Host, which whoever sends the request chooses: a forged Host once
// made the app email a genuine sign-in token to an attacker's address.
//
// Configured by AUTH_URL (next-auth reads the same variable). Without it the site is the
// zero-install demo, served to this machine only, at http://127.0.0.1:PORT (the address
// every tool and browser reaches the same way; localhost and [::1] are sent there).

const LOOPBACK_HOSTNAMES = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export interface SiteOrigin {
  /** e.g. "https://atlas.example" (no trailing slash). */
  origin: string;
  /** host[:port] as it appears in a Host header. */
  host: string;
  https: boolean;
  /** The origin names this machine itself: the loopback demo. */
  loopback: boolean;
  /** AUTH_URL was set (not the demo's default). */
  configured: boolean;
}

/** True for localhost, 127.0.0.0/8 and ::1 (a hostname, without port or with it). */
export function isLoopbackHostname(hostname: string): boolean {
  const bare = hostname.toLowerCase().replace(/\.$/, "");
  return LOOPBACK_HOSTNAMES.has(bare) || /^127(\.\d{1,3}){3}$/.test(bare) || bare.endsWith(".localhost");
}

/** True for a loopback socket address (IPv4, IPv6, or IPv4-mapped IPv6). */
export function isLoopbackAddress(address: string | null | undefined): boolean {
  if (!address) return false;
  const bare = address.replace(/^::ffff:/i, "");
  return bare === "::1" || /^127(\.\d{1,3}){3}$/.test(bare);
}

/** The hostname of a Host header value ("example.org:3000" → "example.org", "[::1]:3000" → "[::1]"). */
export function hostnameOf(hostHeader: string): string {
  const value = hostHeader.trim().toLowerCase();
  if (value.startsWith("[")) return value.slice(0, value.indexOf("]") + 1);
  return value.split(":")[0] ?? "";
}

export function resolveSiteOrigin(env: Record<string, string | undefined> = process.env): SiteOrigin {
  const raw = env.AUTH_URL?.trim();
  const url = new URL(raw || `http://127.0.0.1:${env.PORT || 3000}`);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`AUTH_URL must be an http(s) URL, got ${url.protocol}`);
  return {
    origin: url.origin,
    host: url.host,
    https: url.protocol === "https:",
    loopback: isLoopbackHostname(url.hostname),
    configured: Boolean(raw),
  };
}

let cached: { key: string; value: SiteOrigin } | undefined;

/** The origin this process serves (read from the environment once per distinct value). */
export function siteOrigin(): SiteOrigin {
  const key = `${process.env.AUTH_URL ?? ""}|${process.env.PORT ?? ""}`;
  if (cached?.key !== key) cached = { key, value: resolveSiteOrigin() };
  return cached.value;
}

/** An absolute URL on this site for a path ("/en/events/x") and optional query. */
export function absoluteUrl(path: string, query?: URLSearchParams | Record<string, string>): string {
  const url = new URL(path.startsWith("/") ? path : `/${path}`, siteOrigin().origin);
  if (query) url.search = new URLSearchParams(query).toString();
  return url.toString();
}

/** The same path and query as a request URL, on the configured origin instead of the request's host. */
export function onSite(requestUrl: URL): URL {
  return new URL(requestUrl.pathname + requestUrl.search, siteOrigin().origin);
}
