import "server-only";
// Where rate-limit counters (lib/http/rate-limit.ts) live: the database's RateLimit table (PostgreSQL or the embedded
// PGlite, through our Prisma client), or Redis when REDIS_URL is set. Either way every app
// process spends the same allowance. When the store fails or is slow, each limiter counts in
// this process's memory instead (insuranceLimiter): a broken store must not take the public
// pages down with it, nor lift the limits altogether.
import { Redis } from "ioredis";
import {
  RateLimiterMemory,
  RateLimiterPrisma,
  RateLimiterRedis,
  RLWrapperTimeouts,
  type RateLimiterAbstract,
  type RateLimiterRes,
} from "rate-limiter-flexible";
import type { PrismaClient } from "@/generated/prisma/client";
import { readEnv } from "@/lib/env";
import { log } from "@/lib/log/logger";
import { db } from "./client";

export interface Budget {
  points: number;
  seconds: number;
}
export type Store = { prisma: PrismaClient } | { redis: Redis };
export type Limiter = Pick<RateLimiterAbstract, "consume" | "get">;

// A store that has not answered by then counts as down for this request.
const STORE_TIMEOUT_MS = 2000;

/** RateLimiterPrisma, with its two round trips per request (delete an expired row, then upsert)
 *  made one atomic statement, so that concurrent requests from many processes all count. */
class DatabaseRateLimiter extends RateLimiterPrisma {
  declare readonly prismaClient: PrismaClient;

  async _upsert(key: string, points: number, msDuration: number, forceExpire = false) {
    const now = new Date();
    const expire = msDuration > 0 ? new Date(now.getTime() + msDuration) : null;
    const rows = await this.prismaClient.$queryRaw<{ points: number; expire: Date | null }[]>`
      INSERT INTO "RateLimit" AS r ("key", "points", "expire")
      VALUES (${key}, ${points}, ${expire}::timestamp(3))
      ON CONFLICT ("key") DO UPDATE SET
        "points" = CASE WHEN ${forceExpire}::boolean OR r."expire" <= ${now}::timestamp(3)
                        THEN EXCLUDED."points" ELSE r."points" + EXCLUDED."points" END,
        "expire" = CASE WHEN ${forceExpire}::boolean OR r."expire" <= ${now}::timestamp(3)
                        THEN EXCLUDED."expire" ELSE r."expire" END
      RETURNING "points", "expire"`;
    return rows[0];
  }
}

let lastWarning = 0;
/** Once a minute at most: a store that is down would otherwise log on every request. */
export function warnStoreTrouble(detail: unknown): void {
  if (Date.now() - lastWarning < 60_000) return;
  lastWarning = Date.now();
  log({ component: "rate-limits" }).warn({ detail: String(detail) }, "the store did not answer: counting in this process's memory for now");
}

class MemoryInsurance extends RateLimiterMemory {
  consume(key: string | number, points?: number, options?: { [key: string]: unknown }): Promise<RateLimiterRes> {
    warnStoreTrouble("fallback in use");
    return super.consume(key, points, options);
  }
}

/** One limit (e.g. the map's, per address) in `store`. `sweep`: this one deletes expired rows
 *  for all limits sharing the table (one sweeper per process is enough). */
export function createLimiter(store: Store, keyPrefix: string, budget: Budget, sweep = false): Limiter {
  const options = {
    keyPrefix,
    points: budget.points,
    duration: budget.seconds,
    // A refused key is refused from memory until its window ends: a flood costs no store trips.
    inMemoryBlockOnConsumed: budget.points + 1,
    insuranceLimiter: new MemoryInsurance({ keyPrefix, points: budget.points, duration: budget.seconds }),
  };
  const limiter =
    "redis" in store
      ? new RateLimiterRedis({ ...options, storeClient: store.redis, rejectIfRedisNotReady: true })
      : new DatabaseRateLimiter({ ...options, storeClient: store.prisma, tableName: "rateLimit", clearExpiredByTimeout: sweep });
  return new RLWrapperTimeouts({ limiter, timeoutMs: STORE_TIMEOUT_MS, insuranceLimiter: options.insuranceLimiter });
}

/** For when not even the store's client can be opened (e.g. the database is down at start-up). */
export function createMemoryLimiter(keyPrefix: string, budget: Budget): Limiter {
  return new RateLimiterMemory({ keyPrefix, points: budget.points, duration: budget.seconds });
}

/** The process's Redis connection for REDIS_URL (kept on globalThis across dev-mode reloads). */
export function redisClient(url: string): Redis {
  const holder = globalThis as { __atlasRateLimitRedis?: { url: string; client: Redis } };
  if (holder.__atlasRateLimitRedis?.url !== url) {
    // No offline queue: while Redis is away, commands fail at once (to the memory insurance)
    // instead of waiting for it, and so do the requests behind them.
    const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: STORE_TIMEOUT_MS });
    client.on("error", warnStoreTrouble);
    holder.__atlasRateLimitRedis = { url, client };
  }
  return holder.__atlasRateLimitRedis.client;
}

/** Closes the connection redisClient opened (tests; a server just exits). */
export async function closeRedisClient(): Promise<void> {
  const holder = globalThis as { __atlasRateLimitRedis?: { client: Redis } };
  await holder.__atlasRateLimitRedis?.client.quit().catch(() => undefined);
  delete holder.__atlasRateLimitRedis;
}

/** The store for this process's counters: Redis when REDIS_URL is set, else the database. */
export async function rateLimitStore(): Promise<Store> {
  const redisUrl = readEnv().REDIS_URL;
  return redisUrl ? { redis: redisClient(redisUrl) } : { prisma: await db() };
}
