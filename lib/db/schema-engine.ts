// Prisma's WebAssembly schema engine: applies and creates migrations through driver adapters.
// The native engine cannot be downloaded on our machines, so the Prisma CLI cannot migrate;
// this does the same work and records history in `_prisma_migrations` like `migrate deploy`.
// See docs/decisions/0001-embedded-postgres.md and STACK.md §2.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

export const schemaPath = path.resolve("prisma/schema.prisma");
export const migrationsDir = path.resolve("prisma/migrations");
const filters = { externalTables: [], externalEnums: [] };

let wasmReady = false;
async function loadWasm(): Promise<void> {
  if (wasmReady) return;
  const require = createRequire(import.meta.url);
  const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  wasmReady = true;
}

export function loadMigrationList(dir = migrationsDir): MigrationList {
  const lockPath = path.join(dir, "migration_lock.toml");
  const directories = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => {
      const file = path.join(dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok" as const, value: readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `missing ${file}` },
        },
      };
    }),
  };
}

async function withEngine<T>(factory: SqlMigrationAwareDriverAdapterFactory, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await loadWasm();
  const datamodel = readFileSync(schemaPath, "utf8");
  const logs: string[] = [];
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[schemaPath, datamodel]] },
    (line: string) => logs.push(line),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await run(engine);
  } catch (error) {
    if (logs.length > 0 && error instanceof Error) error.message += `\nschema engine log:\n${logs.join("\n")}`;
    throw error;
  } finally {
    engine.free();
  }
}

/**
 * Applies every migration not yet recorded in `_prisma_migrations`; returns their names.
 * `migrationsList` is prisma/migrations; tests pass a prefix of it to make an older database.
 */
export async function applyMigrations(
  factory: SqlMigrationAwareDriverAdapterFactory,
  migrationsList: MigrationList = loadMigrationList(),
): Promise<string[]> {
  return withEngine(factory, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters });
    return appliedMigrationNames;
  });
}

/** Names of migrations in the folder that the database has not applied. */
export async function pendingMigrations(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  return withEngine(factory, async (engine) => {
    const result = await engine.diagnoseMigrationHistory({
      migrationsList: loadMigrationList(),
      optInToShadowDatabase: false,
      filters,
    });
    const history = result.history;
    if (!history) return [];
    if (history.diagnostic === "databaseIsBehind") return history.unappliedMigrationNames;
    if (history.diagnostic === "historiesDiverge") {
      throw new Error(
        `The database's migration history diverges from prisma/migrations after ${history.lastCommonMigrationName ?? "the start"}`,
      );
    }
    return [];
  });
}

/**
 * The SQL that takes the migrations folder to the current schema.prisma ("" when in sync).
 * `factory` must offer a shadow database: the caller passes an in-memory PGlite one, so
 * creating a migration never touches a real database.
 */
export async function diffMigrationsToSchema(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string> {
  return withEngine(factory, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...loadMigrationList() },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }] },
      script: true,
      exitCode: null,
      filters,
    });
    return (result.stdout ?? "").trim();
  });
}
