// Whether an error means "the database cannot be reached right now" (stopped, restarting, network
// gone) rather than a fault in our code or the data: then nothing was written and the person may
// simply try again. Prisma wraps driver errors several layers deep (cause, meta, driverAdapterError),
// so every layer is read; codes are PostgreSQL's (57P0x shutdown, 08xxx connection), Prisma's
// (P1001 unreachable, P1017 closed, P2024 pool timeout, P2028 no connection free in time to
// start a transaction: under load, nothing written either) and Node's socket errors.
const CODES = new Set([
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P2024",
  "P2028",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EHOSTUNREACH",
]);
const KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const MESSAGES =
  /Connection terminated|Can't reach database server|Server has closed the connection|terminating connection due to administrator command|the database system is (starting up|shutting down)|ECONNREFUSED|ECONNRESET|Connection refused|timeout exceeded when trying to connect/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 6) return false;
  const e = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: unknown; errors?: unknown };
  if (typeof e.code === "string" && CODES.has(e.code)) return true;
  if (typeof e.kind === "string" && KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
  const inner = [
    e.cause,
    e.meta,
    (e.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError,
    ...(Array.isArray(e.errors) ? e.errors : []),
  ];
  return inner.some((next) => isDatabaseUnavailable(next, depth + 1));
}
