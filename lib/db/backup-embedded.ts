// Embedded-store backups: PGlite's own dump of its data directory (a gzip'd tar), taken and
// loaded through the project's opener (lib/db/embedded.ts), so the extensions are the same and
// the directory lock is respected. PGlite lets one process use a directory at a time, so a backup
// needs the app stopped; PostgreSQL backs up while the app runs.
import { existsSync, readdirSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { BackupFailedError, BackupRefusedError, writeBackupFile, writeBytes } from "./backup-file";
import { DirectoryLockedError } from "./directory-lock";
import { openEmbeddedDatabase, type EmbeddedDatabase } from "./embedded";

function inUse(error: DirectoryLockedError, dataDir: string, doing: string): BackupRefusedError {
  return new BackupRefusedError(
    `The embedded database at ${dataDir} is open in process ${error.pid} (is the app running?), so nothing was ${doing}. ` +
      `PGlite lets one process use a data directory at a time: stop the app (Ctrl+C on npm start, or stop its service), ` +
      `run this again (it takes seconds), then start the app. For backups while the app keeps serving, run it on PostgreSQL (DATABASE_URL).`,
  );
}

export interface EmbeddedBackup {
  bytes: number;
  source: string;
}

export async function backupEmbedded(dataDir: string, file: string, log: (line: string) => void): Promise<EmbeddedBackup> {
  // Opening an empty directory would create a new database; there is nothing to back up there.
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    throw new BackupRefusedError(`There is no embedded database at ${dataDir} (PGLITE_DIR): nothing to back up.`);
  }
  let database: EmbeddedDatabase;
  try {
    database = await openEmbeddedDatabase(dataDir);
  } catch (error) {
    if (error instanceof DirectoryLockedError) throw inUse(error, dataDir, "backed up");
    throw error;
  }
  try {
    const { rows } = await database.pglite.query<{ ours: boolean; version: string }>(
      "SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS ours, current_setting('server_version') AS version",
    );
    if (!rows[0]!.ours) {
      throw new BackupRefusedError(
        `The embedded database at ${dataDir} has no _prisma_migrations table: it is not a Diaspora Atlas database.`,
      );
    }
    log(`backing up the embedded database at ${dataDir} (PGlite, PostgreSQL ${rows[0]!.version}) …`);
    // Every change is in the data files, not only in the write-ahead log, before they are read.
    await database.pglite.exec("CHECKPOINT");
    const dump = await database.pglite.dumpDataDir("gzip");
    const bytes = await writeBackupFile(file, async (temporary) => writeBytes(temporary, new Uint8Array(await dump.arrayBuffer())));
    return { bytes, source: `the embedded database at ${dataDir} (PGlite, PostgreSQL ${rows[0]!.version})` };
  } finally {
    await database.close();
  }
}

/** Names and contents (of small files) in a tar archive: enough to recognise a data directory. */
export function readTarEntries(tar: Uint8Array, wanted: Set<string>): { names: string[]; files: Map<string, string> } {
  const names: string[] = [];
  const files = new Map<string, string>();
  const text = (from: number, length: number) => {
    const bytes = tar.subarray(from, from + length);
    const end = bytes.indexOf(0);
    return Buffer.from(end === -1 ? bytes : bytes.subarray(0, end)).toString("utf8");
  };
  for (let at = 0; at + 512 <= tar.length;) {
    const name = text(at, 100);
    if (!name) break; // the two zero blocks at the end
    const prefix = text(at + 345, 155);
    const full = prefix ? `${prefix}/${name}` : name;
    const size = Number.parseInt(text(at + 124, 12).trim() || "0", 8);
    names.push(full);
    if (wanted.has(full)) files.set(full, text(at + 512, Math.min(size, 512)));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return { names, files };
}

/** Gives back an emptied target: removes what a failed restore put there. */
function clearTarget(dataDir: string, created: boolean): void {
  if (created) {
    rmSync(dataDir, { recursive: true, force: true });
    return;
  }
  for (const entry of readdirSync(dataDir)) rmSync(path.join(dataDir, entry), { recursive: true, force: true });
}

export interface EmbeddedRestore {
  /** The restored database, still open (and locked) for the migrations that follow. */
  database: EmbeddedDatabase;
  postgresVersion: string;
}

/** Unpacks a backup into `dataDir`, which must be missing or empty, and opens it. */
export async function restoreEmbedded(dataDir: string, file: string, log: (line: string) => void): Promise<EmbeddedRestore> {
  const existing = existsSync(dataDir) ? readdirSync(dataDir) : undefined;
  if (existing && existing.length > 0) {
    const shown = existing.slice(0, 5).join(", ") + (existing.length > 5 ? ", …" : "");
    throw new BackupRefusedError(
      `${dataDir} (PGLITE_DIR) is not empty (${shown}). A backup is restored only into an empty directory, so nothing was changed: ` +
        `point PGLITE_DIR at a new directory, or move this one away first.`,
    );
  }
  const raw = await readFile(file);
  // Node's Buffers sit on plain ArrayBuffers (never shared), which is what a Blob takes.
  let tar: Uint8Array<ArrayBuffer>;
  try {
    tar = (raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw) as Uint8Array<ArrayBuffer>;
  } catch (error) {
    throw new BackupRefusedError(`${file} is damaged: ${(error as Error).message}`);
  }
  const { names, files } = readTarEntries(tar, new Set(["/PG_VERSION"]));
  if (!files.has("/PG_VERSION") || !names.includes("/global/pg_control")) {
    throw new BackupRefusedError(
      `${file} is a tar archive, but not of a PGlite data directory (no PG_VERSION or global/pg_control in it).`,
    );
  }
  const postgresVersion = files.get("/PG_VERSION")!.trim();
  log(`restoring into ${dataDir} (PGlite data directory of PostgreSQL ${postgresVersion}, ${names.length} files) …`);
  const created = existing === undefined;
  try {
    // PGlite unpacks it into the empty directory and starts on it (it refuses a directory that holds a database).
    const database = await openEmbeddedDatabase(dataDir, { loadDataDir: new Blob([tar], { type: "application/x-tar" }) });
    return { database, postgresVersion };
  } catch (error) {
    if (error instanceof DirectoryLockedError) throw inUse(error, dataDir, "restored");
    clearTarget(dataDir, created);
    throw new BackupFailedError(
      `Could not start the embedded database on the restored files (the backup holds PostgreSQL ${postgresVersion} data files; ` +
        `this version of the app's PGlite must be able to read them). ${dataDir} was emptied again. Cause: ${(error as Error).message}`,
    );
  }
}
