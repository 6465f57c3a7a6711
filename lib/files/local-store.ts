// Evidence files on local disk, under FILES_DIR (default .data/files), the default store:
//   <root>/evidence/ab/ab12….jpg          the file, byte for byte
//   <root>/.types/evidence/ab/ab12….jpg   its content type, as text
// The content type sits in a parallel tree whose name starts with "." because no key can (see
// assertSafeKey), so no key ever lands on another key's type file.
//
// Writes are atomic: the bytes go to a temporary file in the target's own directory (same file
// system), are flushed to disk, then renamed over the final name; rename replaces a name in one
// step, so a reader sees the old file, the new one, or none, never half of one, even if the
// process dies mid-write. The type is written before the file, so a file never lacks its type.
// Leftover ".tmp-*" files from a crash are harmless and may be deleted at any time.
// No "server-only" here: scripts (the seed) store files too (see ./evidence.ts).
import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { assertSafeKey, UnsafeKeyError, type FileStore, type StoredFile } from "./store";

const TYPES_DIR = ".types";

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === "ENOENT";
}

export class LocalFileStore implements FileStore {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** The absolute path of `key` under `base`, after checking the key; never outside the root. */
  private pathOf(key: string, base = this.root): string {
    assertSafeKey(key);
    const full = path.resolve(base, ...key.split("/"));
    // assertSafeKey already makes this impossible; checked again because it is the line that
    // keeps a bad key from reading or overwriting any other file on the machine.
    if (!full.startsWith(this.root + path.sep)) throw new UnsafeKeyError(key);
    return full;
  }

  private typePathOf(key: string): string {
    return this.pathOf(key, path.join(this.root, TYPES_DIR));
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const file = this.pathOf(key);
    await writeAtomically(this.typePathOf(key), Buffer.from(contentType, "utf8"));
    await writeAtomically(file, bytes);
  }

  async get(key: string): Promise<StoredFile | null> {
    const file = this.pathOf(key);
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    let contentType = "application/octet-stream";
    try {
      contentType = (await readFile(this.typePathOf(key), "utf8")).trim() || contentType;
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    return { body, contentType };
  }

  async remove(key: string): Promise<void> {
    // The file first: once it is gone the key reads as missing, whatever happens to its type.
    await rm(this.pathOf(key), { force: true });
    await rm(this.typePathOf(key), { force: true });
  }
}

/** Writes `bytes` to `file` through a temporary file and a rename (see the top of this file). */
async function writeAtomically(file: string, bytes: Buffer): Promise<void> {
  const dir = path.dirname(file);
  // Evidence can be sensitive (faces, addresses): readable by the app's own user only.
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const temp = path.join(dir, `.tmp-${randomBytes(8).toString("hex")}`);
  const handle = await open(temp, "wx", 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync(); // the bytes are on disk before the name points at them
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  // Make the rename itself durable. Not every platform lets a directory be fsync'd: best effort.
  try {
    const dirHandle = await open(dir, "r");
    try {
      await dirHandle.sync();
    } finally {
      await dirHandle.close();
    }
  } catch {
    // ignored: the file's own bytes were already synced
  }
}
