// The one logger: JSON lines (pino) on stdout, each carrying the id of the request it was written
// for. scripts/serve.mts runs every request inside `requestContext.run({ requestId }, …)`
// (lib/http/request-logging.ts); a line written anywhere below it (proxy, pages, server actions,
// route handlers) picks the id up from there, so callers never pass it along.
//   log().error({ err, action: "poll.vote" }, "the vote could not be stored");
import { AsyncLocalStorage } from "node:async_hooks";
import pino, { type DestinationStream, type Logger } from "pino";
import { envSchema } from "@/lib/env";
import { REDACT_PATHS, REDACTED, redactText } from "./redact";

export interface RequestContext {
  requestId: string;
}

// Next bundles the app's copy of this module apart from the one scripts/serve.mts loads: a store
// held by the module would be two stores, and the app would never see the server's context.
const STORE_KEY = Symbol.for("diaspora-atlas.request-context");
const holder = globalThis as unknown as Record<symbol, AsyncLocalStorage<RequestContext> | undefined>;
export const requestContext: AsyncLocalStorage<RequestContext> = (holder[STORE_KEY] ??= new AsyncLocalStorage<RequestContext>());

/** Error fields worth keeping, with their text scrubbed: driver errors quote connection strings. */
function serializeError(error: unknown): Record<string, unknown> {
  const plain = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(plain)) {
    // Prisma's `meta` and pg's fields can hold query parameters: people's data.
    if (key === "meta" || key === "parameters" || key === "query") continue;
    out[key] = typeof value === "string" ? redactText(value) : value;
  }
  return out;
}

function scrubArgument(arg: unknown): unknown {
  if (typeof arg === "string") return redactText(arg);
  if (arg === null || typeof arg !== "object" || arg instanceof Error || Array.isArray(arg)) return arg;
  return Object.fromEntries(Object.entries(arg).map(([key, value]) => [key, typeof value === "string" ? redactText(value) : value]));
}

const testing = Boolean(process.env.VITEST);

/** Under vitest every line goes through console, by level: tests/setup/fail-on-console-error.ts
 *  then fails a test that logs an error nobody expected, and a test may spy on a warning. */
const throughConsole: DestinationStream = {
  write(line: string) {
    const level = (JSON.parse(line) as { level: number }).level;
    if (level >= 50) console.error(line.trimEnd());
    else if (level >= 40) console.warn(line.trimEnd());
    else console.info(line.trimEnd());
  },
};

export function createLogger(destination?: DestinationStream, level?: string): Logger {
  const options: pino.LoggerOptions = {
    level: level ?? (process.env.LOG_LEVEL ? envSchema.shape.LOG_LEVEL.parse(process.env.LOG_LEVEL) : testing ? "warn" : "info"),
    base: undefined, // pid and hostname: the process supervisor knows them already
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    serializers: { err: serializeError, error: serializeError },
    mixin: () => {
      const context = requestContext.getStore();
      return context ? { requestId: context.requestId } : {};
    },
    hooks: {
      // Messages and string fields are free text a caller built (often from an error or a URL):
      // scrub them like error messages. Nested objects are left to `redact` by field name.
      logMethod(args, method) {
        method.apply(this, args.map(scrubArgument) as Parameters<typeof method>);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options, testing ? throughConsole : pino.destination({ sync: true }));
}

const LOGGER_KEY = Symbol.for("diaspora-atlas.logger");
const loggers = globalThis as unknown as Record<symbol, Logger | undefined>;
/** The process's logger (one per process, for the same reason as the store). */
export const logger: Logger = (loggers[LOGGER_KEY] ??= createLogger());

/** The logger, with `bindings` (e.g. `{ action: "poll.vote" }`) on every line it writes. The
 *  request id needs no binding: every line written inside a request carries it. */
export function log(bindings?: Record<string, unknown>): Logger {
  return bindings ? logger.child(bindings) : logger;
}
