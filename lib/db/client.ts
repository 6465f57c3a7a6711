import "server-only";
// The one Prisma client of the app process. PostgreSQL when DATABASE_URL is set, else the
// embedded PGlite (lib/db/adapter.ts). Opened lazily on first use, never at build time:
// pages that read the database are dynamic, so `next build` does not open it.
import { PrismaClient } from "@/generated/prisma/client";
import { openDatabaseTarget, type DatabaseTarget } from "./adapter";
import { embeddedMode } from "./embedded-worker";
import { replicaUrls, withReadReplicas } from "./replicas";

interface Holder {
  target?: Promise<DatabaseTarget>;
  client?: Promise<PrismaClient>;
  reader?: Promise<PrismaClient>;
}
// Cached on globalThis so dev-mode module reloads reuse one connection (and one PGlite lock).
const cache = (): Holder => ((globalThis as { __atlasDb?: Holder }).__atlasDb ??= {});

export function getDatabaseTarget(): Promise<DatabaseTarget> {
  const holder = cache();
  // Without DATABASE_URL, PGlite runs here (ATLAS_EMBEDDED_MODE=worker: in a worker thread).
  holder.target ??= openDatabaseTarget(process.env, { embedded: embeddedMode() }).catch((error: unknown) => {
    holder.target = undefined; // let the next request try again (e.g. PostgreSQL came back)
    throw error;
  });
  return holder.target;
}

/** The Prisma client. `await db()` in queries and mutations. */
export function db(): Promise<PrismaClient> {
  const holder = cache();
  holder.client ??= getDatabaseTarget().then(
    (target) => new PrismaClient({ adapter: target.factory }),
    (error: unknown) => {
      holder.client = undefined;
      throw error;
    },
  );
  return holder.client;
}

/**
 * The client for reads that may lag the primary by a moment (the JSON API, the downloads): a
 * read replica when DATABASE_REPLICA_URLS is set (lib/db/replicas.ts), else `db()` itself.
 */
export function readDb(): Promise<PrismaClient> {
  const urls = replicaUrls();
  if (urls.length === 0) return db();
  const holder = cache();
  holder.reader ??= db().then(
    (primary) => withReadReplicas(primary, urls),
    (error: unknown) => {
      holder.reader = undefined;
      throw error;
    },
  );
  return holder.reader;
}
