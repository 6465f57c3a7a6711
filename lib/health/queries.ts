import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { databaseMode, type DatabaseMode } from "@/lib/db/adapter";
import { db } from "@/lib/db/client";
import { redactText } from "@/lib/log/redact";

export interface DatabaseHealth {
  state: "up" | "down";
  mode: DatabaseMode;
  latencyMs: number;
  /** Migrations recorded in _prisma_migrations (up only). */
  migrations?: number;
  /** A short, non-secret reason (down only): never the connection string. */
  reason?: string;
}

export interface Readiness {
  /** The database answers and holds every migration this build ships. */
  ready: boolean;
  /** Why not, in a sentence (not ready only). */
  reason?: string;
  /** Shipped migrations the database has not applied. */
  pending?: string[];
  /** Applied migrations this build does not know: a newer build migrated the database. Reported,
   *  not fatal: additive migrations keep the previous build working while a deployment rolls. */
  unknown?: string[];
}

export interface Health {
  database: DatabaseHealth;
  readiness: Readiness;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

let shipped: string[] | undefined;
/** The migration folders that ship with this build (as lib/db/schema-engine.ts reads them),
 *  read once: they cannot change under a running process. */
export function shippedMigrations(): string[] {
  shipped ??= readdirSync(path.resolve("prisma/migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return shipped;
}

interface AppliedRow {
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/** Whether the migrations the database recorded are the ones this build needs. */
export function compareMigrations(expected: string[], rows: AppliedRow[]): Readiness {
  const failed = rows.filter((row) => row.finished_at === null && row.rolled_back_at === null).map((row) => row.migration_name);
  if (failed.length > 0) return { ready: false, reason: `migration ${failed.join(", ")} started but did not finish` };
  const applied = new Set(rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => row.migration_name));
  const pending = expected.filter((name) => !applied.has(name));
  const known = new Set(expected);
  const unknown = [...applied].filter((name) => !known.has(name)).sort();
  const extra = unknown.length > 0 ? { unknown } : {};
  if (pending.length > 0) {
    return { ready: false, reason: `${pending.length} migration(s) not applied: ${pending.join(", ")}`, pending, ...extra };
  }
  return { ready: true, ...extra };
}

/** The database's state and whether this process may take traffic. */
export async function checkHealth(timeoutMs = 3000): Promise<Health> {
  const mode = databaseMode();
  const began = performance.now();
  try {
    const prisma = await withTimeout(db(), timeoutMs);
    const rows = await withTimeout(
      prisma.$queryRaw<AppliedRow[]>`SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"`,
      timeoutMs,
    );
    const database: DatabaseHealth = {
      state: "up",
      mode,
      latencyMs: Math.round(performance.now() - began),
      migrations: rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null).length,
    };
    return { database, readiness: compareMigrations(shippedMigrations(), rows) };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code
      ? `database error ${code}`
      : error instanceof Error
        ? redactText(error.message.split("\n")[0]!).slice(0, 120)
        : "unknown";
    return {
      database: { state: "down", mode, latencyMs: Math.round(performance.now() - began), reason },
      readiness: { ready: false, reason: `the database does not answer (${reason})` },
    };
  }
}

export async function checkDatabaseHealth(timeoutMs = 3000): Promise<DatabaseHealth> {
  return (await checkHealth(timeoutMs)).database;
}
