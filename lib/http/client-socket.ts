// What our server tells the app about the connection. Every incoming x-atlas-* header is dropped
// first, so the app can trust the ones set here.
import type { IncomingMessage } from "node:http";
import { INTERNAL_HEADER_PREFIX, SOCKET_ADDRESS_HEADER } from "./internal-headers";

export function stampSocketAddress(request: IncomingMessage): void {
  for (const name of Object.keys(request.headers)) {
    if (name.startsWith(INTERNAL_HEADER_PREFIX)) delete request.headers[name];
  }
  const raw: string[] = [];
  for (let i = 0; i < request.rawHeaders.length; i += 2) {
    if (!request.rawHeaders[i]!.toLowerCase().startsWith(INTERNAL_HEADER_PREFIX))
      raw.push(request.rawHeaders[i]!, request.rawHeaders[i + 1]!);
  }
  request.rawHeaders = raw;
  const address = request.socket.remoteAddress;
  if (address) request.headers[SOCKET_ADDRESS_HEADER] = address;
}

/**
 * The forwarded host and protocol Next sees are our origin's, whatever the client or a proxy
 * sent: Next compares a server action's Origin with them (its CSRF check) and next-intl builds
 * redirects from them, so a forged X-Forwarded-Host can neither pass that check nor steer a
 * redirect. The proxy's own view of the client address (X-Forwarded-For) is kept.
 */
export function pinForwardedOrigin(request: IncomingMessage, site: { host: string; https: boolean }): void {
  request.headers["x-forwarded-host"] = site.host;
  request.headers["x-forwarded-proto"] = site.https ? "https" : "http";
  delete request.headers["x-forwarded-port"];
}
