// Backups that restore, in both modes: a demo database backed up with the real commands
// (npm run db:backup / db:restore, run as child processes) comes back in a new empty database with
// every table equal, row for row; restoring into a database that is not empty, or a backup of the
// other mode, is refused and changes nothing; a backup from an older version is migrated.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { backupDatabase, ensureSearchProjection, restoreDatabase } from "@/lib/db/backup";
import { openDatabaseTarget } from "@/lib/db/adapter";
import { openEmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations, loadMigrationList } from "@/lib/db/schema-engine";
import { cloneTestDatabase, createEmptyDatabase, queryDatabase as pgQuery, type TestDatabase } from "./support/database";
import { seedDemo } from "./support/file-database";

const minutes = (n: number) => n * 60_000;
let workDir: string;

beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), "atlas-backup-"));
});
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

/** Runs `npm run db:<command> -- file` the way npm does, with only the given database settings. */
function command(name: "backup" | "restore", file: string, database: { DATABASE_URL?: string; PGLITE_DIR?: string }) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...database };
  if (!database.DATABASE_URL) delete env.DATABASE_URL;
  return new Promise<{ status: number | null; output: string }>((resolve, reject) => {
    const child = spawn("node_modules/.bin/tsx", [`scripts/db/${name}.mts`, file], { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, output }));
  });
}

type Query = (sql: string) => Promise<Record<string, unknown>[]>;
type TableSums = Record<string, { rows: number; md5: string }>;

/** Every table of the public schema: its row count and an order-independent checksum of its rows. */
async function tableSums(query: Query): Promise<TableSums> {
  const tables = (await query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).map((row) =>
    String(row.tablename),
  );
  const sums: TableSums = {};
  for (const table of tables) {
    const [row] = await query(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '' ORDER BY t::text), '')) AS md5 FROM "${table}" t`,
    );
    sums[table] = { rows: Number(row!.rows), md5: String(row!.md5) };
  }
  return sums;
}

const pgSums = (url: string) => tableSums((sql) => pgQuery(url, sql));

/** The seeded demo, as the comparison must see it: every kind of row is there to compare. */
function expectDemoContent(sums: TableSums) {
  expect(Object.keys(sums).length).toBeGreaterThan(25);
  expect(sums.Community?.rows).toBe(1774);
  for (const table of [
    "Organization",
    "Need",
    "Partnership",
    "Event",
    "Poll",
    "PollTally",
    "User",
    "Membership",
    "SearchDocument",
    "SearchText",
    "SearchFacet",
    "SearchTerm",
    "_prisma_migrations",
  ]) {
    expect(sums[table]?.rows, table).toBeGreaterThan(0);
  }
}

/** prisma/migrations without its last `drop` migrations: the schema of an older version. */
function olderMigrations(drop: number) {
  const list = loadMigrationList();
  return {
    list: { ...list, migrationDirectories: list.migrationDirectories.slice(0, -drop) },
    newer: list.migrationDirectories.slice(-drop).map((dir) => dir.path),
  };
}

describe("backup and restore on PostgreSQL", () => {
  let source: TestDatabase;
  let target: { url: string; drop(): Promise<void> };
  let before: TableSums;
  const file = () => path.join(workDir, "atlas.dump");

  beforeAll(async () => {
    source = await cloneTestDatabase();
    await seedDemo(source.prisma);
    before = await pgSums(source.url);
    expectDemoContent(before);
    target = await createEmptyDatabase();
  }, minutes(5));

  afterAll(async () => {
    await source?.drop();
    await target?.drop();
  });

  it(
    "npm run db:backup writes a pg_dump archive and says how big it is and how long it took",
    async () => {
      const { status, output } = await command("backup", file(), { DATABASE_URL: source.url });
      expect(output).toMatch(/written to .*atlas\.dump: [\d.]+ (KB|MB) in [\d.]+ s/);
      expect(status).toBe(0);
      expect(statSync(file()).mode & 0o077).toBe(0); // personal data: readable by the owner only
    },
    minutes(2),
  );

  it(
    "npm run db:restore brings it into a new empty database with every table equal",
    async () => {
      const { status, output } = await command("restore", file(), { DATABASE_URL: target.url });
      expect(output).toContain("migrations: none pending");
      expect(output).toMatch(/search projection: \d+ organisations, 1774 communities, intact/);
      expect(output).toMatch(/restored [\d.]+ (KB|MB) into .* in [\d.]+ s/);
      expect(status).toBe(0);
      expect(await pgSums(target.url)).toEqual(before);
    },
    minutes(3),
  );

  it(
    "refuses to restore into a database that is not empty, and changes nothing there",
    async () => {
      for (const url of [source.url, target.url]) {
        await expect(restoreDatabase(file(), { env: { DATABASE_URL: url } })).rejects.toThrow(/is not empty .*nothing was changed/);
      }
      expect(await pgSums(source.url)).toEqual(before);
      expect(await pgSums(target.url)).toEqual(before);
    },
    minutes(2),
  );

  it("never overwrites a backup, and refuses a PostgreSQL backup for the embedded store", async () => {
    await expect(backupDatabase(file(), { env: { DATABASE_URL: source.url } })).rejects.toThrow(/already exists/);
    const emptyDir = path.join(workDir, "not-for-postgres");
    await expect(restoreDatabase(file(), { env: { PGLITE_DIR: emptyDir } })).rejects.toThrow(
      /backup of a PostgreSQL database .* DATABASE_URL is not set.* not supported/,
    );
    expect(existsSync(emptyDir)).toBe(false);
  });

  it(
    "rebuilds a search projection that does not match the listings",
    async () => {
      await pgQuery(target.url, `DELETE FROM "SearchFacet" WHERE ctid IN (SELECT ctid FROM "SearchFacet" LIMIT 3)`);
      const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) });
      try {
        expect(await ensureSearchProjection(prisma)).toMatchObject({ communities: 1774, rebuilt: true });
        expect(await ensureSearchProjection(prisma)).toMatchObject({ rebuilt: false });
      } finally {
        await prisma.$disconnect();
      }
      expect((await pgSums(target.url)).SearchFacet).toEqual(before.SearchFacet);
    },
    minutes(2),
  );

  it(
    "brings a backup from an older version up to date",
    async () => {
      const old = await createEmptyDatabase();
      const restored = await createEmptyDatabase();
      try {
        const { list, newer } = olderMigrations(3);
        const target = await openDatabaseTarget({ DATABASE_URL: old.url });
        await applyMigrations(target.migrationFactory, list);
        await target.close();
        const oldFile = path.join(workDir, "older.dump");
        await backupDatabase(oldFile, { env: { DATABASE_URL: old.url } });
        const report = await restoreDatabase(oldFile, { env: { DATABASE_URL: restored.url } });
        expect(report.appliedMigrations).toEqual(newer);
        const history = await pgQuery(
          restored.url,
          `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY 1`,
        );
        expect(history.map((row) => row.migration_name)).toEqual(loadMigrationList().migrationDirectories.map((dir) => dir.path));
      } finally {
        await old.drop();
        await restored.drop();
      }
    },
    minutes(3),
  );
});

describe("backup and restore of the embedded store (PGlite)", () => {
  let sourceDir: string;
  let before: TableSums;
  const file = () => path.join(workDir, "atlas-embedded.tar.gz");
  const embeddedSums = async (dataDir: string) => {
    const database = await openEmbeddedDatabase(dataDir);
    try {
      return await tableSums(async (sql) => (await database.pglite.query<Record<string, unknown>>(sql)).rows);
    } finally {
      await database.close();
    }
  };

  beforeAll(async () => {
    sourceDir = path.join(workDir, "source");
    const database = await openEmbeddedDatabase(sourceDir);
    try {
      const factory = new PrismaPGlite(database.pglite);
      await applyMigrations(factory);
      const prisma = new PrismaClient({ adapter: factory });
      await seedDemo(prisma);
      before = await tableSums(async (sql) => (await database.pglite.query<Record<string, unknown>>(sql)).rows);
    } finally {
      await database.close();
    }
    expectDemoContent(before);
  }, minutes(8));

  it(
    "refuses to back up while another process has the store open (the app is running)",
    async () => {
      const running = await openEmbeddedDatabase(sourceDir); // this test process plays the app
      try {
        const { status, output } = await command("backup", file(), { PGLITE_DIR: sourceDir });
        expect(output).toMatch(new RegExp(`open in process ${process.pid} \\(is the app running\\?\\), so nothing was backed up`));
        expect(output).toContain("stop the app");
        expect(status).toBe(1);
        expect(existsSync(file())).toBe(false);
      } finally {
        await running.close();
      }
    },
    minutes(2),
  );

  it(
    "npm run db:backup dumps the data directory once the app is stopped",
    async () => {
      const { status, output } = await command("backup", file(), { PGLITE_DIR: sourceDir });
      expect(output).toMatch(/written to .*atlas-embedded\.tar\.gz: [\d.]+ (KB|MB) in [\d.]+ s/);
      expect(status).toBe(0);
      expect(statSync(file()).mode & 0o077).toBe(0);
    },
    minutes(3),
  );

  it(
    "npm run db:restore brings it into a new directory with every table equal",
    async () => {
      const restoredDir = path.join(workDir, "restored", "pglite");
      const { status, output } = await command("restore", file(), { PGLITE_DIR: restoredDir });
      expect(output).toContain("migrations: none pending");
      expect(output).toMatch(/search projection: \d+ organisations, 1774 communities, intact/);
      expect(status).toBe(0);
      expect(await embeddedSums(restoredDir)).toEqual(before);
    },
    minutes(5),
  );

  it(
    "refuses a directory that is not empty, and changes nothing there",
    async () => {
      await expect(restoreDatabase(file(), { env: { PGLITE_DIR: sourceDir } })).rejects.toThrow(/is not empty .*nothing was changed/);
      expect(await embeddedSums(sourceDir)).toEqual(before);
      const strayDir = path.join(workDir, "stray");
      mkdirSync(strayDir);
      writeFileSync(path.join(strayDir, "notes.txt"), "keep me");
      await expect(restoreDatabase(file(), { env: { PGLITE_DIR: strayDir } })).rejects.toThrow(/is not empty \(notes\.txt\)/);
      expect(readdirSync(strayDir)).toEqual(["notes.txt"]);
    },
    minutes(3),
  );

  it("refuses an embedded backup for PostgreSQL, leaving the database empty", async () => {
    const empty = await createEmptyDatabase();
    try {
      await expect(restoreDatabase(file(), { env: { DATABASE_URL: empty.url } })).rejects.toThrow(
        /backup of the embedded store .* DATABASE_URL is set.* not supported/,
      );
      expect(await pgQuery(empty.url, `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).toEqual([]);
    } finally {
      await empty.drop();
    }
  });

  it(
    "brings a backup from an older version up to date",
    async () => {
      const oldDir = path.join(workDir, "older");
      const { list, newer } = olderMigrations(3);
      const database = await openEmbeddedDatabase(oldDir);
      try {
        await applyMigrations(new PrismaPGlite(database.pglite), list);
      } finally {
        await database.close();
      }
      const oldFile = path.join(workDir, "older.tar.gz");
      await backupDatabase(oldFile, { env: { PGLITE_DIR: oldDir } });
      const restoredDir = path.join(workDir, "older-restored");
      const report = await restoreDatabase(oldFile, { env: { PGLITE_DIR: restoredDir } });
      expect(report.appliedMigrations).toEqual(newer);
      const restored = await openEmbeddedDatabase(restoredDir);
      try {
        const history = await restored.pglite.query<{ migration_name: string }>(
          `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY 1`,
        );
        expect(history.rows.map((row) => row.migration_name)).toEqual(loadMigrationList().migrationDirectories.map((dir) => dir.path));
      } finally {
        await restored.close();
      }
    },
    minutes(4),
  );
});
