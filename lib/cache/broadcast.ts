import "server-only";
// Tells the other app instances that listings changed, so none of them keeps serving what a write
// on another one made stale (docs/scaling.md). The listings version (./listings-version.ts) keys
// the directory's page cache, the facet counts and the map's clusters in each process; this
// module carries its changes between processes:
//  - REDIS_URL set: Redis pub/sub (one connection publishes, one subscribes);
//  - else DATABASE_URL set: PostgreSQL LISTEN/NOTIFY on one dedicated connection;
//  - else the embedded PGlite store, which one process holds alone: nothing to tell.
// A change made here is published with this process's id; a message from another process bumps
// the version here (applyRemoteListingsChange, which does not publish again); our own messages
// come back to us and are ignored. After a reconnect we may have missed messages, so we count
// one change of everything. A broker that is down never fails or delays a request: publishing
// is fire-and-forget, trouble is logged (once a minute) and the connection retried with backoff.
// Started by instrumentation.ts, closed by lib/db/shutdown.ts (through globalThis: our server,
// scripts/serve.mts, runs outside Next's bundle).
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import pg from "pg";
import { applyRemoteListingsChange, onLocalListingsChange } from "@/lib/cache/listings-version";
import { readEnv } from "@/lib/env";
import { log } from "@/lib/log/logger";

/** Redis channel and PostgreSQL channel (an identifier: no colon). */
export const REDIS_CHANNEL = "atlas:listings";
export const POSTGRES_CHANNEL = "atlas_listings";

/** PostgreSQL refuses NOTIFY payloads from 8000 bytes; longer tag lists are sent as "everything". */
const MAX_PAYLOAD_BYTES = 7000;
const MAX_BACKOFF_MS = 30_000;

export interface BroadcastMessage {
  from: string;
  tags: string[];
}

/** The wire form: {"from": instance id, "tags": [...]}. No tags means "anything may have changed". */
export function encodeMessage(from: string, tags: readonly string[]): string {
  const payload = JSON.stringify({ from, tags });
  return Buffer.byteLength(payload) < MAX_PAYLOAD_BYTES ? payload : JSON.stringify({ from, tags: [] });
}

/** A message, or null for anything else on the channel (another program, a newer format). */
export function decodeMessage(payload: string): BroadcastMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const { from, tags } = value as { from?: unknown; tags?: unknown };
  if (typeof from !== "string" || from === "" || !Array.isArray(tags) || !tags.every((tag) => typeof tag === "string")) return null;
  return { from, tags: tags as string[] };
}

/** How a broker connection reports back to the broadcast. */
export interface TransportEvents {
  message(payload: string): void;
  /** (Re)subscribed: messages sent while we were away are lost. */
  resumed(): void;
  trouble(error: unknown): void;
}
export interface Transport {
  readonly kind: "redis" | "postgres";
  publish(payload: string): Promise<void>;
  close(): Promise<void>;
}

export interface Broadcast {
  readonly instanceId: string;
  readonly kind: Transport["kind"];
  close(): Promise<void>;
}

interface BroadcastOptions {
  connect: (events: TransportEvents) => Transport;
  instanceId?: string;
  /** Where remote changes go (tests pass their own). */
  apply?: (tags: readonly string[]) => void;
  subscribe?: typeof onLocalListingsChange;
  warn?: (error: unknown) => void;
}

let lastWarning = 0;
/** Once a minute at most: a broker that is down would otherwise log on every write and retry. */
function warnTrouble(error: unknown): void {
  if (Date.now() - lastWarning < 60_000) return;
  lastWarning = Date.now();
  log({ component: "broadcast" }).warn(
    { detail: error instanceof Error ? error.message : String(error) },
    "the listings broadcast is down: other instances may serve stale listings until it is back",
  );
}

/** Wires a transport to the listings version; never throws into the code that marks a change. */
export function createBroadcast(options: BroadcastOptions): Broadcast {
  const instanceId = options.instanceId ?? randomUUID();
  const apply = options.apply ?? applyRemoteListingsChange;
  const warn = options.warn ?? warnTrouble;
  const transport = options.connect({
    message(payload) {
      const message = decodeMessage(payload);
      if (!message || message.from === instanceId) return;
      try {
        apply(message.tags);
      } catch (error) {
        warn(error);
      }
    },
    resumed() {
      apply([]);
    },
    trouble: warn,
  });
  const unsubscribe = (options.subscribe ?? onLocalListingsChange)((tags) => {
    try {
      transport.publish(encodeMessage(instanceId, tags)).catch(warn);
    } catch (error) {
      warn(error);
    }
  });
  return {
    instanceId,
    kind: transport.kind,
    async close() {
      unsubscribe();
      await transport.close().catch(() => undefined);
    },
  };
}

const backoff = (attempt: number) => Math.min(250 * 2 ** attempt, MAX_BACKOFF_MS);

export function redisTransport(url: string, events: TransportEvents): Transport {
  // The publisher fails at once while Redis is away (no offline queue): a change then is lost
  // (mostly covered by the other side's "everything changed" when its subscriber reconnects;
  // at worst, their caches' own 60 s). The subscriber waits for Redis and subscribes again.
  const common = { connectTimeout: 2000, retryStrategy: (times: number) => backoff(times - 1) };
  const publisher = new Redis(url, { ...common, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  const subscriber = new Redis(url, { ...common, maxRetriesPerRequest: null });
  publisher.on("error", events.trouble);
  subscriber.on("error", events.trouble);
  subscriber.on("message", (channel: string, payload: string) => {
    if (channel === REDIS_CHANNEL) events.message(payload);
  });
  // ioredis subscribes again by itself after a reconnect.
  subscriber.on("ready", () => events.resumed());
  subscriber.subscribe(REDIS_CHANNEL).catch(events.trouble);
  return {
    kind: "redis",
    async publish(payload) {
      await publisher.publish(REDIS_CHANNEL, payload);
    },
    async close() {
      // QUIT when connected (a clean goodbye); otherwise it would wait in the subscriber's queue.
      await Promise.allSettled([publisher, subscriber].map((client) => (client.status === "ready" ? client.quit() : client.disconnect())));
    },
  };
}

export function postgresTransport(url: string, events: TransportEvents): Transport {
  let client: pg.Client | undefined;
  let latest: pg.Client | undefined; // the connection being opened or in use
  let closed = false;
  let attempt = 0;
  let timer: NodeJS.Timeout | undefined;

  const retry = () => {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void open();
    }, backoff(attempt++));
    timer.unref();
  };
  const drop = (which: pg.Client) => {
    if (client === which) client = undefined;
    which.removeAllListeners("end");
    which.end().catch(() => undefined);
    if (which === latest) retry(); // an older connection's late error starts no second one
  };
  async function open(): Promise<void> {
    const next = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000, keepAlive: true });
    latest = next;
    next.on("notification", (notice) => {
      if (notice.channel === POSTGRES_CHANNEL) events.message(notice.payload ?? "");
    });
    next.on("error", (error) => {
      events.trouble(error);
      drop(next);
    });
    next.on("end", () => drop(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${POSTGRES_CHANNEL}`);
    } catch (error) {
      events.trouble(error);
      drop(next);
      return;
    }
    if (closed) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    attempt = 0;
    events.resumed();
  }
  void open();
  return {
    kind: "postgres",
    async publish(payload) {
      if (!client) throw new Error("not connected to PostgreSQL");
      await client.query("SELECT pg_notify($1, $2)", [POSTGRES_CHANNEL, payload]);
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      const last = client;
      client = undefined;
      last?.removeAllListeners("end");
      await last?.end().catch(() => undefined);
    },
  };
}

const holder = globalThis as { __atlasBroadcast?: Broadcast };

/** Starts this process's broadcast once (instrumentation.ts); null on the embedded store. */
export function startListingsBroadcast(env = readEnv()): Broadcast | null {
  if (holder.__atlasBroadcast) return holder.__atlasBroadcast;
  const { REDIS_URL: redisUrl, DATABASE_URL: databaseUrl } = env;
  if (!databaseUrl) return null;
  const connect = redisUrl
    ? (events: TransportEvents) => redisTransport(redisUrl, events)
    : (events: TransportEvents) => postgresTransport(databaseUrl, events);
  const broadcast = createBroadcast({ connect });
  holder.__atlasBroadcast = {
    instanceId: broadcast.instanceId,
    kind: broadcast.kind,
    close: async () => {
      delete holder.__atlasBroadcast;
      let timer: NodeJS.Timeout | undefined;
      // Shutdown waits for this; a broker that does not answer must not hold it up.
      await Promise.race([broadcast.close(), new Promise((resolve) => (timer = setTimeout(resolve, 2000)))]);
      clearTimeout(timer);
    },
  };
  log({ component: "broadcast" }).info(
    `› listings changes shared with other instances through ${broadcast.kind === "redis" ? "Redis" : "PostgreSQL NOTIFY"}`,
  );
  return holder.__atlasBroadcast;
}

/** Closes it (lib/db/shutdown.ts reaches the same holder on globalThis). */
export async function closeListingsBroadcast(): Promise<void> {
  await holder.__atlasBroadcast?.close();
}
