// Gives every request an id and one access-log line (scripts/serve.mts wraps its whole handler).
// The id is always ours: a client-chosen one could collide with another request's on purpose,
// or forge lines in a log reader that trusts it. It is echoed in X-Request-Id so a person can
// quote it, and the handler runs inside requestContext, so every line logged while serving the
// request carries it (lib/log/logger.ts).
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { logger, requestContext } from "@/lib/log/logger";
import { redactText } from "@/lib/log/redact";

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const MAX_ROUTE_LENGTH = 200;

/**
 * The path of a request target, fit for a log: never the query string (it carries searches,
 * email addresses, sign-in tokens, OAuth codes), and under /api/auth only the route's own
 * segments, since a provider's callback may carry more in its path.
 */
export function loggableRoute(target: string | undefined): string {
  let path = (target ?? "/").split(/[?#]/, 1)[0] ?? "/";
  if (!path.startsWith("/")) {
    // Absolute-form targets ("http://host/path") or "*" (OPTIONS).
    try {
      path = new URL(path).pathname;
    } catch {
      return "*";
    }
  }
  if (path.startsWith("/api/auth/")) path = path.split("/").slice(0, 5).join("/");
  return redactText(path).slice(0, MAX_ROUTE_LENGTH);
}

export function withRequestLogging(handler: Handler): Handler {
  return (request, response) => {
    const requestId = randomUUID();
    const began = performance.now();
    response.setHeader("X-Request-Id", requestId);
    // The app may read the id from the request too, and never sees a client's own.
    request.headers["x-request-id"] = requestId;

    // Counted below the compression layer the handler adds: the bytes that went on the wire.
    let bytes = 0;
    const count = (chunk: unknown, encoding?: unknown) => {
      if (typeof chunk === "string")
        bytes += Buffer.byteLength(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
      else if (chunk instanceof Uint8Array) bytes += chunk.byteLength;
    };
    const write = response.write;
    const end = response.end;
    response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
      count(chunk, rest[0]);
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as ServerResponse["write"];
    response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      if (typeof chunk !== "function") count(chunk, rest[0]);
      return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
    } as ServerResponse["end"];

    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      requestContext.run({ requestId }, () =>
        logger.info(
          {
            method: request.method,
            route: loggableRoute(request.url),
            status: response.statusCode,
            ms: Math.round(performance.now() - began),
            bytes,
            // The client went away before the whole answer was sent.
            ...(response.writableFinished ? {} : { aborted: true }),
          },
          "request",
        ),
      );
    };
    response.once("finish", done);
    response.once("close", done);

    requestContext.run({ requestId }, () => handler(request, response));
  };
}
