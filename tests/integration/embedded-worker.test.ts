// The embedded store in a worker thread (lib/db/embedded-worker.ts, docs/decisions/0020): it
// opens and migrates through the socket, keeps transactions whole while other connections
// query, survives the worker's death, and leaves no lock, socket or thread behind when closed.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { openDatabaseTarget, type DatabaseTarget } from "@/lib/db/adapter";
import { DirectoryLockedError } from "@/lib/db/directory-lock";
import { openEmbeddedDatabase } from "@/lib/db/embedded";
import { openEmbeddedWorker } from "@/lib/db/embedded-worker";
import { applyMigrations, pendingMigrations } from "@/lib/db/schema-engine";

let root: string;
let dataDir: string;
let target: DatabaseTarget;
let prisma: PrismaClient;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "atlas-worker-test-"));
  dataDir = path.join(root, "pglite");
  target = await openDatabaseTarget({ PGLITE_DIR: dataDir, DATABASE_POOL_SIZE: "4" }, { embedded: "worker" });
  prisma = new PrismaClient({ adapter: target.factory });
}, 120_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await target?.close();
  rmSync(root, { recursive: true, force: true });
});

describe("the embedded store in a worker thread", () => {
  it("migrates through the socket and answers the app's queries", async () => {
    expect(target.mode).toBe("embedded");
    expect(target.embeddedWorker).toBeDefined();
    await applyMigrations(target.migrationFactory);
    expect(await pendingMigrations(target.migrationFactory)).toEqual([]);
    expect(await prisma.organization.count()).toBe(0);
    const [row] = await prisma.$queryRawUnsafe<{ similarity: number }[]>(`SELECT similarity('Berezhany', 'Bereshany') AS similarity`);
    expect(row!.similarity).toBeGreaterThan(0.3); // pg_trgm loaded in the worker
  }, 120_000);

  it("refuses a second open of the same directory in this process, inline or in a worker", async () => {
    await expect(openEmbeddedDatabase(dataDir)).rejects.toBeInstanceOf(DirectoryLockedError);
    await expect(openEmbeddedWorker(dataDir)).rejects.toBeInstanceOf(DirectoryLockedError);
  });

  it("rolls a failed transaction back, and other connections never see its rows", async () => {
    await prisma.$executeRawUnsafe(`CREATE TABLE probe (n int)`);
    let seenOutside: number | undefined;
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`INSERT INTO probe VALUES (1), (2)`);
        // Another pool connection queries while the transaction is open: it waits for the
        // transaction to end and must not run inside it (pglite-socket has one session).
        const outside = prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM probe`).then(([r]) => (seenOutside = r!.n));
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(seenOutside).toBeUndefined();
        void outside;
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    const [after] = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM probe`);
    expect(after!.n).toBe(0);
    await expect.poll(() => seenOutside).toBe(0);

    await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`INSERT INTO probe VALUES (3)`);
    });
    const [committed] = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM probe`);
    expect(committed!.n).toBe(1);
  });

  it("answers parallel queries with their own parameters", async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2
          ? prisma.$queryRawUnsafe<{ v: number }[]>(`SELECT $1::int * 2 AS v`, i).then(([r]) => r!.v === i * 2)
          : prisma.$queryRawUnsafe<{ t: string }[]>(`SELECT $1::text || $2::text AS t`, String(i), "x").then(([r]) => r!.t === `${i}x`),
      ),
    );
    expect(results.every(Boolean)).toBe(true);
  });

  it("starts a killed worker again, and the pool carries on with the committed data", async () => {
    const worker = target.embeddedWorker!;
    await worker.crashForTest();
    expect(worker.restarts()).toBe(1);
    // The pool's old connections are dead: a query may fail once before a new one is made.
    const count = async () => (await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM probe`))[0]!.n;
    let n: number | undefined;
    for (let attempt = 0; attempt < 5 && n === undefined; attempt++) n = await count().catch(() => undefined);
    expect(n).toBe(1);
  }, 60_000);

  it("closes the worker, the lock and the socket; the data opens inline afterwards", async () => {
    const socketDir = target.embeddedWorker!.connection.host;
    await prisma.$disconnect();
    await target.close();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    expect(existsSync(socketDir)).toBe(false);
    const inline = await openEmbeddedDatabase(dataDir);
    try {
      const { rows } = await inline.pglite.query<{ n: number }>(`SELECT count(*)::int AS n FROM probe`);
      expect(rows[0]!.n).toBe(1);
    } finally {
      await inline.close();
    }
    // Reopened in a worker as the app does after a restart.
    target = await openDatabaseTarget({ PGLITE_DIR: dataDir }, { embedded: "worker" });
    prisma = new PrismaClient({ adapter: target.factory });
    expect(await prisma.organization.count()).toBe(0);
  }, 60_000);
});
