// The idempotency key table on the embedded store (in-memory PGlite, migrated like a fresh
// install): the claim's INSERT … ON CONFLICT, the replay and the hand-back behave as on
// PostgreSQL (tests/integration/idempotency.test.ts runs the actions there).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { openMemoryDatabase } from "@/lib/db/embedded";
import { loadMigrationList } from "@/lib/db/schema-engine";
import { claimKey, releaseKey, storeOutcome } from "@/lib/db/idempotency-keys";

let pglite: PGlite;
let prisma: PrismaClient;
const holder = globalThis as { __atlasDb?: { client?: Promise<PrismaClient> } };
let previous: typeof holder.__atlasDb;

beforeAll(async () => {
  pglite = await openMemoryDatabase();
  for (const dir of loadMigrationList().migrationDirectories) {
    const content = dir.migrationFile.content;
    if (content.tag !== "ok") throw new Error(content.value);
    await pglite.exec(content.value);
  }
  prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  // lib/db/client.ts keeps the app's one client here: this file's is the embedded store.
  previous = holder.__atlasDb;
  holder.__atlasDb = { client: Promise.resolve(prisma) };
});

afterAll(async () => {
  holder.__atlasDb = previous;
  await prisma?.$disconnect();
  await pglite?.close();
});

describe("idempotency keys on PGlite", () => {
  it("one of several simultaneous claims runs; the others wait and replay its answer", async () => {
    const key = randomUUID();
    const claims = [claimKey("user-1", "test.create", key), claimKey("user-1", "test.create", key), claimKey("user-1", "test.create", key)];
    // The winner's action "runs" until its answer is stored.
    await expect.poll(() => prisma.idempotencyKey.count({ where: { key } })).toBe(1);
    await storeOutcome("user-1", "test.create", key, { data: { ok: true, slug: "one" } });
    const answers = await Promise.all(claims);
    expect(answers.filter((answer) => answer.kind === "run")).toHaveLength(1);
    expect(answers.filter((answer) => answer.kind === "replay")).toEqual([
      { kind: "replay", outcome: { data: { ok: true, slug: "one" } } },
      { kind: "replay", outcome: { data: { ok: true, slug: "one" } } },
    ]);
  });

  it("a key given back can be claimed again, and a pending one is 'busy' after the wait", async () => {
    const key = randomUUID();
    expect(await claimKey("user-1", "test.create", key)).toEqual({ kind: "run" });
    expect(await claimKey("user-1", "test.create", key, 200)).toEqual({ kind: "busy" });
    await releaseKey("user-1", "test.create", key);
    expect(await claimKey("user-1", "test.create", key)).toEqual({ kind: "run" });
    expect(await claimKey("user-2", "test.create", key)).toEqual({ kind: "run" });
  });
});
