// Backups that restore (`npm run db:backup -- FILE`, `npm run db:restore -- FILE`), the same two
// commands in both modes. The mode is chosen like everywhere else (DATABASE_URL set: PostgreSQL,
// else the embedded PGlite store at PGLITE_DIR); the work of each mode is in backup-postgres.ts and
// backup-embedded.ts, the file's format in backup-file.ts. Here: refusing what must not happen
// (an existing file, another mode's backup) and, after a restore, bringing the database up to date.
import { stat } from "node:fs/promises";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/generated/prisma/client";
import { publicCommunityWhere, publicOrganizationWhere } from "@/lib/listing/public-where";
import { reindexAll } from "@/lib/search/indexer";
import { databaseMode, openDatabaseTarget, type DatabaseMode } from "./adapter";
import { backupEmbedded, restoreEmbedded } from "./backup-embedded";
import { BackupFailedError, BackupRefusedError, formatSeconds, readBackupKind } from "./backup-file";
import { analyzePostgres, backupPostgres, restorePostgres } from "./backup-postgres";
import { embeddedDataDir } from "./embedded";
import { applyMigrations } from "./schema-engine";

export { BackupFailedError, BackupRefusedError } from "./backup-file";

type Env = Record<string, string | undefined>;

export interface BackupOptions {
  /** DATABASE_URL and PGLITE_DIR are read from here (default: process.env). */
  env?: Env;
  log?: (line: string) => void;
}

export interface BackupReport {
  mode: DatabaseMode;
  file: string;
  bytes: number;
  source: string;
  milliseconds: number;
}

const describeFormat: Record<DatabaseMode, string> = {
  postgresql: "a pg_dump custom-format archive",
  embedded: "a gzip'd tar of a PGlite data directory",
};

export async function backupDatabase(file: string, { env = process.env, log = () => {} }: BackupOptions = {}): Promise<BackupReport> {
  const began = performance.now();
  const mode = databaseMode(env);
  if (
    await stat(file).then(
      () => true,
      () => false,
    )
  ) {
    throw new BackupRefusedError(`${file} already exists. Backups are never overwritten: choose a new name (e.g. with the date in it).`);
  }
  const { bytes, source } =
    mode === "postgresql" ? await backupPostgres(env.DATABASE_URL!, file, log) : await backupEmbedded(embeddedDataDir(env), file, log);
  return { mode, file, bytes, source, milliseconds: performance.now() - began };
}

export interface RestoreStep {
  name: string;
  milliseconds: number;
}

export interface SearchProjectionCheck {
  organizations: number;
  communities: number;
  /** The projection did not match the listings and was rebuilt from them. */
  rebuilt: boolean;
}

export interface RestoreReport {
  mode: DatabaseMode;
  file: string;
  bytes: number;
  target: string;
  appliedMigrations: string[];
  search: SearchProjectionCheck;
  steps: RestoreStep[];
  milliseconds: number;
}

/**
 * Whether the search projection (lib/search/indexer.ts) has one document per public listing,
 * in all three of its tables, and a vocabulary; if not, it is rebuilt from the listings.
 * It can be short after a restore of a backup made before a migration added to it.
 */
export async function ensureSearchProjection(prisma: PrismaClient): Promise<SearchProjectionCheck> {
  const [organizations, communities, organizationDocuments, communityDocuments, facets, texts, terms] = await Promise.all([
    prisma.organization.count({ where: publicOrganizationWhere }),
    prisma.community.count({ where: publicCommunityWhere }),
    prisma.searchDocument.count({ where: { targetType: "ORGANIZATION" } }),
    prisma.searchDocument.count({ where: { targetType: "COMMUNITY" } }),
    prisma.searchFacet.count(),
    prisma.searchText.count(),
    prisma.searchTerm.count(),
  ]);
  const documents = organizationDocuments + communityDocuments;
  const intact =
    organizationDocuments === organizations &&
    communityDocuments === communities &&
    facets === documents &&
    texts === documents &&
    (documents === 0 || terms > 0);
  if (intact) return { organizations, communities, rebuilt: false };
  const indexed = await reindexAll(prisma);
  return { ...indexed, rebuilt: true };
}

/** What every restore ends with: pending migrations applied, the search projection checked. */
async function bringUpToDate(
  factory: SqlMigrationAwareDriverAdapterFactory,
  migrationFactory: SqlMigrationAwareDriverAdapterFactory,
  step: <T>(name: (result: T) => string, work: () => Promise<T>) => Promise<T>,
  target: string,
): Promise<{ appliedMigrations: string[]; search: SearchProjectionCheck }> {
  const prisma = new PrismaClient({ adapter: factory });
  try {
    const appliedMigrations = await step(
      (applied: string[]) =>
        applied.length ? `migrations: applied ${applied.length} (${applied.join(", ")})` : "migrations: none pending",
      () => applyMigrations(migrationFactory),
    );
    const search = await step(
      (check: SearchProjectionCheck) =>
        `search projection: ${check.organizations} organisations, ${check.communities} communities, ${check.rebuilt ? "rebuilt from the listings" : "intact"}`,
      () => ensureSearchProjection(prisma),
    );
    return { appliedMigrations, search };
  } catch (error) {
    throw new BackupFailedError(
      `The backup was restored into ${target}, but bringing it up to date failed: ${(error as Error).message}\n` +
        `Fix the cause, then run npm run db:migrate against it (or restore again into a new empty database).`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

export async function restoreDatabase(file: string, { env = process.env, log = () => {} }: BackupOptions = {}): Promise<RestoreReport> {
  const began = performance.now();
  const mode = databaseMode(env);
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new BackupRefusedError(`${file}: no such file.`);
  const kind = await readBackupKind(file);
  if (kind.mode === null) throw new BackupRefusedError(`${file} is not a Diaspora Atlas backup: ${kind.reason}.`);
  if (kind.mode !== mode) {
    throw new BackupRefusedError(
      kind.mode === "embedded"
        ? `${file} is a backup of the embedded store (${describeFormat.embedded}), but DATABASE_URL is set, so the restore would go to PostgreSQL. ` +
            `Converting between the embedded store and PostgreSQL is not supported: unset DATABASE_URL to restore it as an embedded store (into an empty PGLITE_DIR).`
        : `${file} is a backup of a PostgreSQL database (${describeFormat.postgresql}), but DATABASE_URL is not set, so the restore would go to the embedded store. ` +
            `Converting between PostgreSQL and the embedded store is not supported: set DATABASE_URL to an empty PostgreSQL database to restore it there.`,
    );
  }

  const steps: RestoreStep[] = [];
  const step = async <T>(name: (result: T) => string, work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work();
    const milliseconds = performance.now() - start;
    steps.push({ name: name(result), milliseconds });
    log(`  ${name(result)}  (${formatSeconds(milliseconds)})`);
    return result;
  };

  let target: string;
  let finished: { appliedMigrations: string[]; search: SearchProjectionCheck };
  if (mode === "postgresql") {
    const url = env.DATABASE_URL!;
    const restored = await step(
      (r: Awaited<ReturnType<typeof restorePostgres>>) =>
        `pg_restore of a dump of ${r.archive.database} (PostgreSQL ${r.archive.serverVersion.split(" ")[0]}, pg_dump ${r.archive.dumpVersion.split(" ")[0]})`,
      () => restorePostgres(url, file, log),
    );
    target = `PostgreSQL ${restored.server.version} database ${restored.target}`;
    const database = await openDatabaseTarget({ DATABASE_URL: url, DATABASE_POOL_SIZE: "2" });
    try {
      finished = await bringUpToDate(database.factory, database.migrationFactory, step, target);
    } finally {
      await database.close();
    }
    // pg_restore brings no planner statistics; without them the first searches plan badly.
    await step(
      () => "ANALYZE",
      () => analyzePostgres(url),
    );
  } else {
    const dataDir = embeddedDataDir(env);
    const { database, postgresVersion } = await step(
      (r: Awaited<ReturnType<typeof restoreEmbedded>>) =>
        `unpacked the PGlite data directory (PostgreSQL ${r.postgresVersion}) and opened it`,
      () => restoreEmbedded(dataDir, file, log),
    );
    target = `the embedded database at ${dataDir} (PGlite, PostgreSQL ${postgresVersion})`;
    try {
      const factory = new PrismaPGlite(database.pglite);
      finished = await bringUpToDate(factory, factory, step, target);
    } finally {
      await database.close();
    }
  }
  return { mode, file, bytes: info.size, target, ...finished, steps, milliseconds: performance.now() - began };
}
