// Chooses the Prisma driver adapter: PostgreSQL when DATABASE_URL is set, else the embedded
// PGlite. One code path above this line for both (docs/decisions/0001-embedded-postgres.md).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { embeddedDataDir, openEmbeddedDatabase, type EmbeddedDatabase } from "./embedded";
import { openEmbeddedWorker, type EmbeddedMode, type EmbeddedWorker } from "./embedded-worker";

export type DatabaseMode = "postgresql" | "embedded";

export interface DatabaseTarget {
  mode: DatabaseMode;
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** The factory the schema engine uses to apply migrations. */
  migrationFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Closes what this target opened (the PGlite instance and its lock). */
  close(): Promise<void>;
  /** The in-process PGlite (inline embedded mode). */
  embedded?: EmbeddedDatabase;
  /** The worker thread serving PGlite (worker embedded mode). */
  embeddedWorker?: EmbeddedWorker;
}

export interface OpenTargetOptions {
  /** Where PGlite runs without DATABASE_URL: "inline" (default: scripts, migrations, seeds) on
   *  the caller's thread, "worker" in a worker thread (the app server: lib/db/client.ts). */
  embedded?: EmbeddedMode;
}

/**
 * PrismaPg's `executeScript` splits a migration on every ";" — including those inside
 * `$$ ... $$` function bodies and comments — and runs the pieces outside a transaction.
 * For migrations we send the whole script in one simple-protocol query instead: PostgreSQL
 * parses it properly and runs it as one implicit transaction, so a failed migration leaves
 * nothing half-applied. (PGlite's adapter already sends the script whole.)
 */
function wholeScriptPgFactory(factory: PrismaPg): SqlMigrationAwareDriverAdapterFactory {
  type Patchable = { client: { query(sql: string): Promise<unknown> }; onError(error: unknown): never };
  const patch = <A extends object>(adapter: A): A => {
    const inner = adapter as unknown as Patchable & { executeScript(script: string): Promise<void> };
    inner.executeScript = async (script: string) => {
      try {
        await inner.client.query(script);
      } catch (error) {
        inner.onError(error);
      }
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patch(await factory.connect()),
    connectToShadowDb: async () => patch(await factory.connectToShadowDb()),
  };
}

export function databaseMode(env: Record<string, string | undefined> = process.env): DatabaseMode {
  return env.DATABASE_URL ? "postgresql" : "embedded";
}

/** A pool on one PostgreSQL server (the primary, or a read replica: lib/db/replicas.ts). */
export function postgresFactory(url: string, env: Record<string, string | undefined> = process.env): PrismaPg {
  return new PrismaPg({
    connectionString: url,
    max: Number(env.DATABASE_POOL_SIZE ?? 10),
    // Keep server processes (and the shared memory they have mapped) between requests: a new
    // PostgreSQL backend pays a page fault for every shared buffer it first touches, about
    // 100 ms for a broad search at 100,000 listings (docs/decisions/0013-search-on-a-hot-table.md).
    idleTimeoutMillis: 5 * 60_000,
    // No parallel workers: each is a fresh process that pays those faults again, and on a
    // small web server the requests themselves keep the cores busy.
    options: "-c max_parallel_workers_per_gather=0",
  });
}

export async function openDatabaseTarget(
  env: Record<string, string | undefined> = process.env,
  options: OpenTargetOptions = {},
): Promise<DatabaseTarget> {
  const url = env.DATABASE_URL;
  if (url) {
    const factory = postgresFactory(url, env);
    return { mode: "postgresql", factory, migrationFactory: wholeScriptPgFactory(factory), close: async () => {} };
  }
  if (options.embedded === "worker") {
    const embeddedWorker = await openEmbeddedWorker(embeddedDataDir(env), { poolSize: Number(env.DATABASE_POOL_SIZE ?? 10) });
    const factory = embeddedWorker.factory;
    return {
      mode: "embedded",
      factory,
      migrationFactory: wholeScriptPgFactory(factory),
      embeddedWorker,
      close: () => embeddedWorker.close(),
    };
  }
  const embedded = await openEmbeddedDatabase();
  const factory = new PrismaPGlite(embedded.pglite);
  return { mode: "embedded", factory, migrationFactory: factory, embedded, close: () => embedded.close() };
}
