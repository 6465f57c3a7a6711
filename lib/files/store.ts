// The one storage interface for evidence files, and the storage keys. Two implementations:
// local disk (./local-store.ts, the default) and S3-compatible buckets (./s3-store.ts); which one
// the app uses is chosen from the environment in ./file-store.ts.
//
// Keys are made here, server-side and random; nothing a person typed ever becomes part of one.
// Every store still checks each key it is given (assertSafeKey), so a key that arrives by another
// road (a tampered database row, a future caller's mistake) cannot climb out of its folder.
import { randomBytes } from "node:crypto";

export interface StoredFile {
  body: Buffer;
  contentType: string;
}

export interface FileStore {
  /** Writes `bytes` under `key`, replacing any earlier file there. A reader never sees half a file. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The file under `key`, or null when there is none. */
  get(key: string): Promise<StoredFile | null>;
  /** Deletes the file under `key`; nothing there is not an error. */
  remove(key: string): Promise<void>;
}

export class UnsafeKeyError extends Error {
  constructor(key: string) {
    super(
      `Refused storage key ${JSON.stringify(key.slice(0, 200))}: keys are relative paths of [A-Za-z0-9_-] segments (a dot only inside a name), never "..", absolute or empty.`,
    );
    this.name = "UnsafeKeyError";
  }
}

// One segment: starts with a letter or digit (so never ".", ".." or a hidden ".tmp-…" name of
// the local store), then letters, digits, "_", "-" and ".".
const segment = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** Throws UnsafeKeyError unless `key` is a plain relative path such as "evidence/ab/abcd….jpg". */
export function assertSafeKey(key: string): void {
  if (typeof key !== "string" || key.length === 0 || key.length > 512) throw new UnsafeKeyError(String(key));
  const parts = key.split("/");
  // segment's pattern already rules out "", ".", "..", "\", ":", NUL and a leading "/" (empty first part).
  if (parts.length > 8 || !parts.every((part) => segment.test(part) && !part.includes(".."))) throw new UnsafeKeyError(key);
}

/** A new random key: `<prefix>/<2 hex>/<32 hex>.<extension>`. The two-character folder keeps any
 *  one directory of the local store small. 128 random bits: never guessed, never repeated. */
export function newStorageKey(prefix: string, extension: string): string {
  const id = randomBytes(16).toString("hex");
  const key = `${prefix}/${id.slice(0, 2)}/${id}.${extension}`;
  assertSafeKey(key);
  return key;
}

/** The thumbnail's key beside its photo's: "…/<id>.jpg" → "…/<id>.thumb.webp". */
export function thumbKeyFor(imageKey: string): string {
  const key = `${imageKey.replace(/\.[A-Za-z0-9]+$/, "")}.thumb.webp`;
  assertSafeKey(key);
  return key;
}
