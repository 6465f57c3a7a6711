// The backup file itself, for both modes: which mode wrote it (read from its first bytes, never
// from its name), and writing it so that an interrupted backup never leaves a file under the
// final name. Each mode keeps the format of its own tool, so the file also works by hand:
//   PostgreSQL     — a pg_dump custom-format archive: starts "PGDMP" (`pg_restore -l FILE`)
//   embedded store — PGlite's dumpDataDir(): a gzip'd tar of the data directory (`tar tzf FILE`)
import { constants, createReadStream } from "node:fs";
import { chmod, link, mkdir, open, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { createGunzip } from "node:zlib";
import type { DatabaseMode } from "./adapter";

/** A backup or restore that must not go ahead; the message says why and what to do. */
export class BackupRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupRefusedError";
  }
}

/** A backup or restore that went wrong outside our code (connection, pg_dump, pg_restore, PGlite):
 * the message carries the cause, for the operator; a stack trace would add nothing. */
export class BackupFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupFailedError";
  }
}

export type BackupKind = { mode: DatabaseMode } | { mode: null; reason: string };

const startsWith = (bytes: Buffer, text: string) => bytes.subarray(0, text.length).toString("latin1") === text;

/** A tar's first header block has "ustar" at offset 257 (POSIX and GNU alike). */
const isTarHeader = (block: Buffer) => block.length >= 262 && block.subarray(257, 262).toString("latin1") === "ustar";

async function firstBytes(file: string, count: number): Promise<Buffer> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(count);
    const { bytesRead } = await handle.read(buffer, 0, count, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The first `count` bytes of a gzip file's content, without inflating the rest. */
function firstGunzippedBytes(file: string, count: number): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const input = createReadStream(file);
    const gunzip = createGunzip();
    const done = () => {
      input.destroy();
      gunzip.destroy();
      resolve(Buffer.concat(chunks).subarray(0, count));
    };
    gunzip.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= count) done();
    });
    gunzip.on("end", done);
    gunzip.on("error", done);
    input.on("error", done);
    input.pipe(gunzip);
  });
}

/** Which mode wrote the backup at `file`, from its content. */
export async function readBackupKind(file: string): Promise<BackupKind> {
  const head = await firstBytes(file, 512);
  if (startsWith(head, "PGDMP")) return { mode: "postgresql" };
  if (head[0] === 0x1f && head[1] === 0x8b) {
    return isTarHeader(await firstGunzippedBytes(file, 512))
      ? { mode: "embedded" }
      : { mode: null, reason: "it is gzip-compressed but not a tar archive (an embedded-store backup is a .tar.gz)" };
  }
  if (isTarHeader(head)) return { mode: "embedded" }; // an embedded-store backup someone gunzipped
  if (startsWith(head, "--") || /^\s*(SET|CREATE|--)/.test(head.toString("utf8"))) {
    return {
      mode: null,
      reason: "it looks like a plain SQL dump (pg_dump without -Fc): restore such a file with psql, not with this command",
    };
  }
  return { mode: null, reason: "it is neither a pg_dump custom-format archive nor a tar of a PGlite data directory" };
}

/** Where a file named on the command line is: npm runs scripts in the project folder, so a
 * relative name is taken from the folder `npm run` was started in (INIT_CWD). */
export function resolveUserPath(file: string, env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.INIT_CWD ?? process.cwd(), file);
}

/**
 * Writes a new backup file: `write` fills a temporary file beside it; only a complete file is
 * given the final name (a hard link, which fails instead of replacing a file that appeared
 * meanwhile). Backups hold personal data (accounts, email addresses): readable by the owner only.
 * Returns the file's size in bytes.
 */
export async function writeBackupFile(file: string, write: (temporaryPath: string) => Promise<void>): Promise<number> {
  if (
    await stat(file).then(
      () => true,
      () => false,
    )
  ) {
    throw new BackupRefusedError(`${file} already exists. Backups are never overwritten: choose a new name (e.g. with the date in it).`);
  }
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.partial-${process.pid}`;
  try {
    // Created empty and private before the tool writes into it.
    await (await open(temporary, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600)).close();
    await write(temporary);
    await chmod(temporary, 0o600);
    const handle = await open(temporary, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await link(temporary, file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST") {
        throw new BackupRefusedError(`${file} appeared while the backup ran; it was left alone and nothing was written.`);
      }
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP") throw error;
      await rename(temporary, file); // a file system without hard links (some network mounts)
    }
    return (await stat(file)).size;
  } finally {
    await unlink(temporary).catch(() => {});
  }
}

/** Writes bytes to a path and flushes them to disk. */
export async function writeBytes(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(file, "w");
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export const formatBytes = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const formatSeconds = (milliseconds: number): string => `${(milliseconds / 1000).toFixed(1)} s`;
