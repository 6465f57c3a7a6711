// prisma/migrations is the one history: a fresh PostgreSQL database and the embedded PGlite
// store migrated by the same tool end with the same schema, which is what schema.prisma says.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { openEmbeddedDatabase, openMemoryDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations, diffMigrationsToSchema, loadMigrationList, pendingMigrations } from "@/lib/db/schema-engine";
import { openDatabaseTarget } from "@/lib/db/adapter";
import { queryDatabase as pgQuery } from "./support/database";
import { fileDatabase } from "./support/file-database";
import { snapshotSchema } from "./support/schema-snapshot";

const postgres = fileDatabase({ app: false });
let embedded: EmbeddedDatabase;
let embeddedDir: string;

beforeAll(async () => {
  embeddedDir = mkdtempSync(path.join(tmpdir(), "atlas-pglite-"));
  embedded = await openEmbeddedDatabase(path.join(embeddedDir, "store"));
  await applyMigrations(new PrismaPGlite(embedded.pglite));
});

afterAll(async () => {
  await embedded?.close();
  rmSync(embeddedDir, { recursive: true, force: true });
});

describe("migrations", () => {
  it("leave PostgreSQL and the embedded store with the same schema", async () => {
    const onPostgres = await snapshotSchema((sql) => pgQuery(postgres.url, sql));
    const onEmbedded = await snapshotSchema(async (sql) => (await embedded.pglite.query<Record<string, unknown>>(sql)).rows);
    expect(onPostgres.columns.length).toBeGreaterThan(100);
    expect(onPostgres.extensions.map((row) => row.extname)).toEqual(["pg_trgm", "unaccent"]);
    expect(onEmbedded).toEqual(onPostgres);
  });

  it("agree with schema.prisma: a new migration would be empty", async () => {
    const main = await openMemoryDatabase();
    const factory = new PrismaPGlite(main);
    factory.connectToShadowDb = async () => new PrismaPGlite(await openMemoryDatabase()).connect();
    try {
      const sql = await diffMigrationsToSchema(factory);
      expect(sql.replace(/^--.*$/gm, "").trim()).toBe("");
    } finally {
      await main.close();
    }
  });

  it("record history in _prisma_migrations with the checksums prisma migrate deploy expects", async () => {
    const rows = await pgQuery(
      postgres.url,
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const list = loadMigrationList();
    expect(rows.map((row) => row.migration_name)).toEqual(list.migrationDirectories.map((dir) => dir.path));
    for (const dir of list.migrationDirectories) {
      const sql = readFileSync(path.join(list.baseDir, dir.path, "migration.sql"));
      const row = rows.find((r) => r.migration_name === dir.path);
      expect(row?.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row?.finished_at).not.toBeNull();
    }
  });

  it("apply nothing the second time, on either database", async () => {
    const target = await openDatabaseTarget({ DATABASE_URL: postgres.url });
    try {
      expect(await applyMigrations(target.migrationFactory)).toEqual([]);
      expect(await pendingMigrations(new PrismaPg({ connectionString: postgres.url }))).toEqual([]);
    } finally {
      await target.close();
    }
    expect(await applyMigrations(new PrismaPGlite(embedded.pglite))).toEqual([]);
  });
});

describe("the audit log", () => {
  it("refuses updates and deletes but lets a deleted person's entries lose their actor", async () => {
    const { prisma } = postgres;
    const user = await prisma.user.create({ data: { email: "auditor@example.org" } });
    const entry = await prisma.auditLog.create({
      data: { actorId: user.id, actorRole: "moderator", action: "organization.approved", targetType: "ORGANIZATION", targetId: "x" },
    });
    await expect(prisma.auditLog.update({ where: { id: entry.id }, data: { reason: "rewritten" } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await prisma.user.delete({ where: { id: user.id } });
    const after = await prisma.auditLog.findUniqueOrThrow({ where: { id: entry.id } });
    expect(after.actorId).toBeNull();
    expect(after.action).toBe("organization.approved");
  });
});
