// The embedded store in a worker thread (docs/decisions/0020-embedded-store-in-a-worker.md):
// PGlite answers on the worker's event loop, so a slow search no longer holds up every other
// request of the app. The worker (embedded-thread.mjs) serves PGlite over the PostgreSQL wire
// protocol on a Unix socket in a private temporary directory (mode 0700: no other user, no TCP
// port); the app reaches it with @prisma/adapter-pg, as it reaches PostgreSQL.
// This thread holds the directory lock: the worker shares our PID, and the lock outlives a
// worker that crashed and is started again.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { PrismaPg } from "@prisma/adapter-pg";
import { claimDataDir, embeddedDataDir } from "./embedded";

export type EmbeddedMode = "worker" | "inline";

/**
 * ATLAS_EMBEDDED_MODE=worker runs PGlite in the worker thread; the default is the app's own
 * thread. Not the default yet: in the faults test (scripts/test/faults.mts, SIGKILL during
 * writes) the worker lost votes it had acknowledged, which the inline store never did
 * (docs/decisions/0020-embedded-store-in-a-worker.md, "Status").
 */
export function embeddedMode(env: Record<string, string | undefined> = process.env): EmbeddedMode {
  return env.ATLAS_EMBEDDED_MODE === "worker" ? "worker" : "inline";
}

export interface EmbeddedWorker {
  dataDir: string;
  /** A driver adapter factory for the worker's socket (one pool per factory). */
  factory: PrismaPg;
  /** The pg connection settings of the socket, for tools and tests. */
  connection: { host: string; port: number; user: string; password: string; database: string };
  /** Times the worker died and was started again on the same socket. */
  restarts(): number;
  /** Kills the worker as a crash would (tests): it is started again on the next query's retry. */
  crashForTest(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenEmbeddedWorkerOptions {
  /** Connections in the app's pool (default 10, as DATABASE_POOL_SIZE for PostgreSQL). */
  poolSize?: number;
  /** How long close() waits for PGlite to checkpoint before terminating the worker. */
  closeTimeoutMs?: number;
}

// Resolved from the working directory at run time, like the data directory: the file is loaded
// by Node as a worker, never bundled (turbopackIgnore keeps Next from tracing the project).
const threadFile = () => path.resolve(/* turbopackIgnore: true */ "lib/db/embedded-thread.mjs");
// The pg client finds a server's socket at <host>/.s.PGSQL.<port>.
const SOCKET_PORT = 5432;

function startWorker(dataDir: string, socketPath: string, maxConnections: number): Promise<Worker> {
  const worker = new Worker(threadFile(), { workerData: { dataDir, socketPath, maxConnections } });
  return new Promise((resolve, reject) => {
    const onExit = (code: number) => reject(new Error(`the embedded database worker exited with ${code} while opening`));
    worker.once("exit", onExit);
    worker.once("error", reject);
    worker.once("message", (message: { type: string; error?: string }) => {
      worker.off("exit", onExit);
      worker.off("error", reject);
      if (message.type === "ready") return resolve(worker);
      void worker.terminate();
      reject(new Error(`the embedded database did not open: ${message.error ?? message.type}`));
    });
  });
}

/** Asks the worker to close PGlite (a checkpoint) and waits for it to exit; terminates it late. */
async function stopWorker(worker: Worker, timeoutMs: number): Promise<void> {
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  const closed = new Promise<void>((resolve) => {
    worker.once("message", (message: { type: string }) => {
      if (message.type === "closed") resolve();
    });
  });
  worker.postMessage({ type: "close" });
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
  await Promise.race([closed, late]);
  clearTimeout(timer);
  await worker.terminate();
  await exited;
}

export async function openEmbeddedWorker(dataDir = embeddedDataDir(), options: OpenEmbeddedWorkerOptions = {}): Promise<EmbeddedWorker> {
  const poolSize = options.poolSize ?? 10;
  // Room for the pool plus a few tools' connections; pglite-socket refuses the ones beyond.
  const maxConnections = poolSize + 6;
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const lock = claimDataDir(dataDir);
  const socketDir = mkdtempSync(path.join(tmpdir(), "atlas-pglite-"));
  const socketPath = path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`);
  const cleanUp = () => {
    rmSync(socketDir, { recursive: true, force: true });
    lock.release();
  };
  let worker: Worker;
  try {
    worker = await startWorker(dataDir, socketPath, maxConnections);
  } catch (error) {
    cleanUp();
    throw error;
  }

  let closing = false;
  let restarts = 0;
  let restarting: Promise<void> | undefined;
  // A worker that dies (an out-of-memory abort in PGlite, say) is started again on the same
  // socket: the pool drops its broken connections and opens new ones, PostgreSQL's recovery
  // replays the WAL, and the app carries on without a restart.
  const watch = (current: Worker) => {
    current.once("exit", (code) => {
      if (closing || current !== worker) return;
      restarts++;
      // stderr, not console.error: the app's logger is server-only and this module is not.
      process.stderr.write(`[db] the embedded database worker exited with ${code}; starting it again\n`);
      rmSync(socketPath, { force: true });
      restarting = startWorker(dataDir, socketPath, maxConnections).then(
        (next) => {
          worker = next;
          watch(next);
        },
        (error: unknown) => {
          process.stderr.write(`[db] the embedded database worker did not start again: ${String(error)}\n`);
        },
      );
    });
  };
  watch(worker);

  const connection = { host: socketDir, port: SOCKET_PORT, user: "postgres", password: "postgres", database: "postgres" };
  const factory = new PrismaPg({ ...connection, max: poolSize });
  return {
    dataDir,
    factory,
    connection,
    restarts: () => restarts,
    async crashForTest() {
      const exited = new Promise((resolve) => worker.once("exit", resolve));
      await worker.terminate();
      await exited;
      await restarting;
    },
    async close() {
      if (closing) return;
      closing = true;
      try {
        await restarting;
        await stopWorker(worker, options.closeTimeoutMs ?? 5000);
      } finally {
        cleanUp();
      }
    },
  };
}
