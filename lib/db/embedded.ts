// The embedded PostgreSQL (PGlite) used when DATABASE_URL is not set.
// Not `server-only`: the start script, seed and migration scripts open it too.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { acquireDirectoryLock, DirectoryLockedError, type DirectoryLock } from "./directory-lock";

/** Extensions every PGlite instance opens with, so the schema's SQL works the same everywhere. */
export const pgliteExtensions = { pg_trgm, unaccent };

export function embeddedDataDir(env: Record<string, string | undefined> = process.env): string {
  // turbopackIgnore: the data directory is chosen at run time; tracing it would pull the whole
  // project into the server bundle (Next warns "Dynamic filesystem access").
  return path.resolve(/* turbopackIgnore: true */ env.PGLITE_DIR ?? ".data/pglite");
}

export interface EmbeddedDatabase {
  pglite: PGlite;
  dataDir: string;
  close(): Promise<void>;
}

export interface OpenEmbeddedOptions {
  /** A tar (or .tar.gz) of a data directory to unpack into an empty one first (a restore). */
  loadDataDir?: Blob;
}

// Directories open in this process. The lock file holds our PID, so it cannot tell an inline
// PGlite from the worker thread's (lib/db/embedded-worker.ts) on the same directory; this can.
const openHere = ((globalThis as { __atlasEmbeddedDirs?: Set<string> }).__atlasEmbeddedDirs ??= new Set());

/** Locks `dataDir` for this process and for this open alone; `release` undoes both. */
export function claimDataDir(dataDir: string): DirectoryLock {
  if (openHere.has(dataDir)) throw new DirectoryLockedError(`${dataDir}.lock`, process.pid);
  const lock = acquireDirectoryLock(dataDir);
  openHere.add(dataDir);
  let released = false;
  return {
    path: lock.path,
    release() {
      if (released) return;
      released = true;
      openHere.delete(dataDir);
      lock.release();
    },
  };
}

/**
 * Opens the on-disk embedded database. Two processes on one PGlite directory corrupt it
 * silently (STACK.md §3), so the directory is guarded by an exclusive lock file first.
 */
export async function openEmbeddedDatabase(dataDir = embeddedDataDir(), options: OpenEmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const lock: DirectoryLock = claimDataDir(dataDir);
  try {
    const pglite = await PGlite.create(dataDir, { extensions: pgliteExtensions, loadDataDir: options.loadDataDir });
    return {
      pglite,
      dataDir,
      async close() {
        try {
          await pglite.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** An in-memory PGlite with the same extensions: the shadow database for migration diffs. */
export function openMemoryDatabase(): Promise<PGlite> {
  return PGlite.create("memory://", { extensions: pgliteExtensions });
}
