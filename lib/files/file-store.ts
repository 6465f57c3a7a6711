// The app's one file store, chosen from the environment: an S3-compatible bucket when S3_BUCKET
// is set, else local disk under FILES_DIR. Made once per process, on first use (never at build
// time), and kept on globalThis so `next dev`'s module reloads do not open a new S3 client each time.
// No "server-only" here: scripts (the seed) store files too (see ./evidence.ts).
import { readEnv, type Env } from "@/lib/env";
import { LocalFileStore } from "./local-store";
import { S3FileStore } from "./s3-store";
import type { FileStore } from "./store";

export type FileStoreEnv = Pick<
  Env,
  "FILES_DIR" | "S3_BUCKET" | "S3_ENDPOINT" | "S3_REGION" | "S3_ACCESS_KEY_ID" | "S3_SECRET_ACCESS_KEY" | "S3_FORCE_PATH_STYLE"
>;

/** A new store for `env` (no memo): S3 when S3_BUCKET is set, else the local directory. */
export function fileStoreFromEnv(env: FileStoreEnv): FileStore {
  if (env.S3_BUCKET) {
    if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
      throw new Error("Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (the AWS SDK's own credential chain).");
    }
    return new S3FileStore({
      bucket: env.S3_BUCKET,
      endpoint: env.S3_ENDPOINT,
      region: env.S3_REGION,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
      // Self-hosted S3 servers (MinIO, s3rver) usually have no per-bucket host names.
      forcePathStyle: env.S3_FORCE_PATH_STYLE ?? Boolean(env.S3_ENDPOINT),
    });
  }
  return new LocalFileStore(env.FILES_DIR);
}

const memo = globalThis as typeof globalThis & { __atlasFileStore?: FileStore };

/** The configured store of this process (memoised). */
export function fileStore(): FileStore {
  memo.__atlasFileStore ??= fileStoreFromEnv(readEnv());
  return memo.__atlasFileStore;
}
