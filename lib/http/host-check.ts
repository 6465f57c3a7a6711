// Which Host a request may be served under. The site has one origin (lib/site/origin.ts); a
// request naming another host is sent to that origin (GET, HEAD) or refused, never served under
// the name it chose. The loopback demo also sends localhost and [::1] on to 127.0.0.1, so
// cookies, sign-in links and the page the person is on all agree on one host.
import { hostnameOf, isLoopbackHostname, type SiteOrigin } from "@/lib/site/origin";

export type HostDecision = { kind: "serve" } | { kind: "redirect"; location: string } | { kind: "refuse"; status: 421; message: string };

/** Paths answered whatever the Host: a load balancer's liveness probe uses the node's address. */
const ANY_HOST_PATHS = new Set(["/api/health", "/api/health/live", "/api/health/ready"]);

export function hostDecision(
  request: { method: string; url: string; host: string | undefined; fromLoopback?: boolean },
  site: SiteOrigin,
): HostDecision {
  const path = request.url.split("?")[0] ?? "/";
  if (ANY_HOST_PATHS.has(path)) return { kind: "serve" };
  const host = (request.host ?? "").trim().toLowerCase();
  if (host === site.host.toLowerCase()) return { kind: "serve" };
  // A deployment is also asked by this machine under a loopback name: Next fetches a server
  // action's redirect target from itself, and a local proxy may not pass the Host on. Nothing is
  // built from that name (URLs come from the origin), so serving it exposes nothing.
  if (!site.loopback && request.fromLoopback && isLoopbackHostname(hostnameOf(host))) return { kind: "serve" };
  const readOnly = request.method === "GET" || request.method === "HEAD";
  const mayRedirect = !site.loopback || isLoopbackHostname(hostnameOf(host));
  if (readOnly && mayRedirect && request.url.startsWith("/") && !request.url.startsWith("//")) {
    return { kind: "redirect", location: site.origin + request.url };
  }
  return {
    kind: "refuse",
    status: 421,
    message: site.loopback
      ? `This demo serves ${site.origin} on this machine only. To serve it under another name, set AUTH_URL.`
      : `This site is ${site.origin}.`,
  };
}
