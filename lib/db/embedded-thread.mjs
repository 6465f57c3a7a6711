// The embedded store's worker thread (docs/decisions/0020-embedded-store-in-a-worker.md).
// PGlite runs here, off the app's event loop, behind pglite-socket's PostgreSQL wire-protocol
// server on a Unix socket in a private directory; the app talks to it with @prisma/adapter-pg
// like to any PostgreSQL. Plain JavaScript: Node loads it as a worker at run time, outside Next's
// bundle and without tsx. lib/db/embedded-worker.ts starts it, holds the directory lock and
// closes it; pglite-socket queues every connection's messages onto PGlite's one session and keeps
// an open transaction's connection alone until it ends.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/** @type {{ dataDir: string, socketPath: string, maxConnections: number }} */
const { dataDir, socketPath, maxConnections } = workerData;

/** @type {PGlite | undefined} */
let db;
/** @type {PGLiteSocketServer | undefined} */
let server;

async function close() {
  try {
    await server?.stop();
  } finally {
    // Checkpoints and closes the data directory, so the next open needs no recovery.
    await db?.close();
  }
}

parentPort?.on("message", (message) => {
  if (message?.type !== "close") return;
  close().then(
    () => parentPort?.postMessage({ type: "closed" }),
    (error) => parentPort?.postMessage({ type: "closed", error: String(error?.stack ?? error) }),
  );
});

try {
  // The same extensions as lib/db/embedded.ts's pgliteExtensions (that file is TypeScript).
  db = await PGlite.create(dataDir, { extensions: { pg_trgm, unaccent } });
  server = new PGLiteSocketServer({ db, path: socketPath, maxConnections });
  await server.start();
  parentPort?.postMessage({ type: "ready" });
} catch (error) {
  parentPort?.postMessage({ type: "failed", error: String(error?.stack ?? error) });
  await db?.close().catch(() => {});
}
