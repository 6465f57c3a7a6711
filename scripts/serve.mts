// Serves the production build: Next.js behind a thin HTTP layer of ours, which does what Next's
// own `next start` cannot (docs/decisions/0016-content-security-policy.md, SECURITY.md):
//  - tells the app the socket's peer address in a header no client can forge (rate limits, demo);
//  - serves the site under its one configured origin (AUTH_URL) and no other Host;
//  - puts the security headers and Content-Security-Policy on every response, hashing the
//    inline scripts of pages that come from Next's page cache;
//  - compresses (Next's own compression is off, so the policy can read the page first); a page
//    from Next's page cache is gzipped once and its copy sent to every visitor after
//    (lib/cache/compressed-copies.ts, docs/decisions/0019-page-cache-with-tags.md);
//  - gives every request an id (X-Request-Id) that every log line written for it carries, and
//    one access-log line without the query string (lib/http/request-logging.ts);
//  - on SIGTERM stops accepting connections and lets requests in flight finish.
// Without AUTH_URL this is the zero-install demo: origin http://127.0.0.1:PORT, listening on
// this machine's loopback addresses only. With DATABASE_URL and no AUTH_URL it refuses to start.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import compression from "compression";
import next from "next";
import { pinForwardedOrigin, stampSocketAddress } from "../lib/http/client-socket";
import { hostDecision } from "../lib/http/host-check";
import { applyResponsePolicy } from "../lib/http/response-policy";
import { answerOutage, databaseDownProbe } from "../lib/http/database-outage";
import { closeAppDatabase } from "../lib/db/shutdown";
import { baseSecurityHeaders, policyContext } from "../lib/http/security-headers";
import { readEnv } from "../lib/env";
import { isLoopbackAddress, siteOrigin } from "../lib/site/origin";
import { log } from "../lib/log/logger";
import { withRequestLogging } from "../lib/http/request-logging";
import { CompressedCopies, serveCompressedCopies } from "../lib/cache/compressed-copies";
import { FinishedPages, finishedPage, finishedPageKey, sendFinishedPage } from "../lib/cache/finished-pages";

const env = readEnv();
const site = siteOrigin();
if (!site.configured && env.DATABASE_URL) {
  log().fatal(
    "✗ AUTH_URL is not set. With DATABASE_URL this is a real deployment: set AUTH_URL to the site's public address, e.g. https://atlas.example",
  );
  process.exit(1);
}
// next-auth builds its links from AUTH_URL; it must never fall back to the request's Host.
process.env.AUTH_URL = site.origin;

const demo = env.DEMO_SIGN_IN && site.loopback;
if (env.DEMO_SIGN_IN && !site.loopback) log().warn(`› DEMO_SIGN_IN is ignored: the origin ${site.origin} is not this machine`);
log().info(
  `› origin ${site.origin}${site.configured ? "" : " (the zero-install demo: AUTH_URL unset)"}; demo sign-in and /outbox ${demo ? "ON for requests from this machine" : "off"}`,
);

const context = policyContext(site.https);
const securityHeaders = baseSecurityHeaders({ https: site.https });
const compress = compression();
const compressedCopies = new CompressedCopies();
const finishedPages = new FinishedPages();
const databaseIsDown = databaseDownProbe(env.DATABASE_URL);
// Next's router takes http(s)://<hostname>:<port> as its own origin, and keeps a rewrite of the
// proxy (proxy.ts: a visitor's page to its cached copy) inside the app only when it is on that
// origin. Next writes every loopback host of a rewrite as "localhost", so the router's host is
// localhost too: on 127.0.0.1 the demo's rewrites were fetched over HTTP and came back as the Host
// check's redirect to the copy's internal path.
// Next also fetches a server action's redirect target from itself (to stream it in the same
// response), at __NEXT_PRIVATE_ORIGIN when set (as `next start` sets it), else at that origin.
// Plain HTTP on our port, under a host the Host check serves: the demo's own (lib/http/host-check.ts
// sends other loopback names on to it), or localhost for a deployment, whose TLS ends in front.
process.env.__NEXT_PRIVATE_ORIGIN = `http://${site.loopback ? new URL(site.origin).hostname : "localhost"}:${env.PORT}`;
const app = next({ dev: false, dir: process.cwd(), quiet: false, hostname: "localhost", port: env.PORT });
const handle = app.getRequestHandler();
await app.prepare();

let draining = false;
function onRequest(request: IncomingMessage, response: ServerResponse): void {
  stampSocketAddress(request);
  pinForwardedOrigin(request, site);
  for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
  if (draining) response.setHeader("Connection", "close");
  const decision = hostDecision(
    {
      method: request.method ?? "GET",
      url: request.url ?? "/",
      host: request.headers.host,
      fromLoopback: isLoopbackAddress(request.socket.remoteAddress),
    },
    site,
  );
  if (decision.kind === "redirect") {
    response.writeHead(308, { Location: decision.location, "Content-Security-Policy": "default-src 'none'" }).end();
    return;
  }
  if (decision.kind === "refuse") {
    response
      .writeHead(decision.status, { "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": "default-src 'none'" })
      .end(decision.message);
    return;
  }
  // A visitor's cached page we have sent before, under the same tag versions: its bytes again.
  const key = finishedPageKey(request);
  const kept = key ? finishedPages.get(key) : undefined;
  if (kept) return sendFinishedPage(response, kept, request.method === "HEAD");
  compress(request as never, response as never, () => {
    // Under the policy: it sees the finished page, and hands it to the store when it has a key.
    serveCompressedCopies(request, response, compressedCopies, (finished, gzipped) => {
      const page = key ? finishedPage(finished, gzipped) : null;
      if (key && page) finishedPages.set(key, page);
    });
    applyResponsePolicy(request, response, context);
    answerOutage(request, response, databaseIsDown);
    handle(request, response).catch((error: unknown) => {
      log().error({ err: error }, "unhandled error while serving");
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
}

// The demo answers this machine only; a deployment listens where LISTEN_ADDRESS says (all addresses by default).
const addresses = site.loopback ? ["127.0.0.1", "::1"] : [env.LISTEN_ADDRESS || undefined];
const servers: Server[] = [];
for (const address of addresses) {
  const server = createServer(withRequestLogging(onRequest));
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      // A machine without IPv6 has no ::1; the IPv4 loopback is enough there.
      if (address === "::1" && (error.code === "EADDRNOTAVAIL" || error.code === "EAFNOSUPPORT")) resolve();
      else reject(error);
    });
    server.listen(env.PORT, address, () => {
      servers.push(server);
      resolve();
    });
  });
}
log().info(`› serving ${site.origin} on ${addresses.map((a) => a ?? "all addresses").join(", ")} port ${env.PORT}`);

const DRAIN_LIMIT_MS = 10_000;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    draining = true;
    log().info(`› ${signal}: finishing requests in flight (at most ${DRAIN_LIMIT_MS / 1000} s)`);
    let open = servers.length;
    // The pool's sockets closed cleanly, or the embedded store checkpointed and unlocked.
    let exiting = false;
    const exit = () => {
      if (exiting) return;
      exiting = true;
      void closeAppDatabase().then((outcome) => {
        log().info(`› database ${outcome}; bye`);
        process.exit(0);
      });
    };
    for (const server of servers) {
      server.close(() => (--open === 0 ? exit() : undefined));
      server.closeIdleConnections();
    }
    setTimeout(exit, DRAIN_LIMIT_MS).unref();
  });
}
