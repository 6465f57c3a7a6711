import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readEnv as readEnvFrom } from "@/lib/env";
import { fileStoreFromEnv } from "./file-store";
import { LocalFileStore } from "./local-store";
import { S3FileStore } from "./s3-store";
import { assertSafeKey, newStorageKey, thumbKeyFor, UnsafeKeyError } from "./store";

/** readEnv on just these variables (Next's ProcessEnv type insists on NODE_ENV). */
const readEnv = (vars: Record<string, string>) => readEnvFrom(vars as NodeJS.ProcessEnv);

// fileStoreFromEnv builds an S3 client below; the SDK's "2027 releases need Node 22" notice is not this test's news.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";

const badKeys = [
  "",
  "../outside.jpg",
  "evidence/../../outside.jpg",
  "evidence/ab/..",
  "evidence/./x.jpg",
  "/etc/passwd",
  "evidence//x.jpg",
  "evidence/x.jpg/",
  "evidence\\..\\x.jpg",
  "C:/x.jpg",
  ".types/evidence/x.jpg",
  "evidence/.tmp-123",
  "evidence/x..jpg",
  "evidence/x jpg",
  "evidence/x\0.jpg",
  "évidence/x.jpg",
  `evidence/${"a".repeat(600)}`,
];

describe("storage keys", () => {
  it("are random, fixed-shape and pass their own check", () => {
    const keys = new Set(Array.from({ length: 500 }, () => newStorageKey("evidence", "jpg")));
    expect(keys.size).toBe(500);
    for (const key of keys) {
      expect(key).toMatch(/^evidence\/([0-9a-f]{2})\/\1[0-9a-f]{30}\.jpg$/);
      expect(() => assertSafeKey(key)).not.toThrow();
    }
    expect(thumbKeyFor("evidence/ab/abcd.jpg")).toBe("evidence/ab/abcd.thumb.webp");
  });

  it.each(badKeys)("refuses %j", (key) => {
    expect(() => assertSafeKey(key)).toThrow(UnsafeKeyError);
  });
});

describe("LocalFileStore", () => {
  let parent: string;
  let root: string;
  let store: LocalFileStore;

  beforeEach(() => {
    parent = mkdtempSync(path.join(tmpdir(), "atlas-files-"));
    root = path.join(parent, "files");
    store = new LocalFileStore(root);
  });
  afterEach(() => rmSync(parent, { recursive: true, force: true }));

  it("round-trips bytes and content type, overwrites, removes", async () => {
    const key = newStorageKey("evidence", "jpg");
    const bytes = Buffer.from([0xff, 0xd8, 0x00, 0x01, 0xfe]);
    expect(await store.get(key)).toBeNull();
    await store.put(key, bytes, "image/jpeg");
    const back = await store.get(key);
    expect(back?.contentType).toBe("image/jpeg");
    expect(back?.body.equals(bytes)).toBe(true);
    expect(existsSync(path.join(root, ...key.split("/")))).toBe(true);

    await store.put(key, Buffer.from("second"), "application/pdf");
    expect(await store.get(key)).toEqual({ body: Buffer.from("second"), contentType: "application/pdf" });

    await store.remove(key);
    expect(await store.get(key)).toBeNull();
    await expect(store.remove(key)).resolves.toBeUndefined(); // removing twice is fine
  });

  it("leaves no temporary file behind and keeps files private to the app's user", async () => {
    const key = newStorageKey("evidence", "pdf");
    await store.put(key, Buffer.from("%PDF-1.4"), "application/pdf");
    const names = readdirSync(root, { recursive: true }).map(String);
    expect(names.filter((name) => path.basename(name).startsWith(".tmp-"))).toEqual([]);
    expect(statSync(path.join(root, ...key.split("/"))).mode & 0o777).toBe(0o600);
  });

  it("never shows a reader half a file while it is being replaced", async () => {
    const key = newStorageKey("evidence", "jpg");
    const a = Buffer.alloc(4 * 1024 * 1024, 0xaa);
    const b = Buffer.alloc(3 * 1024 * 1024, 0xbb);
    await store.put(key, a, "image/jpeg");
    let writing = true;
    const writer = (async () => {
      for (let i = 0; i < 15; i++) await store.put(key, i % 2 ? a : b, "image/jpeg");
      writing = false;
    })();
    let reads = 0;
    while (writing) {
      const file = await store.get(key);
      expect(file !== null && (file.body.equals(a) || file.body.equals(b))).toBe(true);
      reads++;
    }
    await writer;
    expect(reads).toBeGreaterThan(0);
  });

  it("refuses unsafe keys on every operation and writes nothing outside its root", async () => {
    for (const key of badKeys) {
      await expect(store.put(key, Buffer.from("x"), "text/plain")).rejects.toThrow(UnsafeKeyError);
      await expect(store.get(key)).rejects.toThrow(UnsafeKeyError);
      await expect(store.remove(key)).rejects.toThrow(UnsafeKeyError);
    }
    expect(readdirSync(parent)).toEqual([]);
  });
});

describe("fileStoreFromEnv", () => {
  it("uses FILES_DIR on local disk by default", () => {
    const store = fileStoreFromEnv(readEnv({ FILES_DIR: "/tmp/atlas-files-env" }));
    expect(store).toBeInstanceOf(LocalFileStore);
    expect((store as LocalFileStore).root).toBe("/tmp/atlas-files-env");
    expect((fileStoreFromEnv(readEnv({})) as LocalFileStore).root).toBe(path.resolve(".data/files"));
    expect(fileStoreFromEnv(readEnv({ S3_BUCKET: "" }))).toBeInstanceOf(LocalFileStore);
  });

  it("uses S3 when S3_BUCKET is set, and wants both keys or neither", () => {
    const s3 = fileStoreFromEnv(
      readEnv({ S3_BUCKET: "atlas", S3_ENDPOINT: "http://127.0.0.1:9000", S3_ACCESS_KEY_ID: "a", S3_SECRET_ACCESS_KEY: "b" }),
    );
    expect(s3).toBeInstanceOf(S3FileStore);
    (s3 as S3FileStore).destroy();
    expect(() => fileStoreFromEnv(readEnv({ S3_BUCKET: "atlas", S3_ACCESS_KEY_ID: "a" }))).toThrow(/both/);
    expect(() => readEnv({ S3_FORCE_PATH_STYLE: "maybe" })).toThrow(/S3_FORCE_PATH_STYLE/);
    expect(readEnv({}).S3_REGION).toBe("us-east-1");
    expect(readEnv({ S3_REGION: "" }).S3_REGION).toBe("us-east-1"); // an empty line in an env file
    expect(readEnv({ S3_REGION: "auto" }).S3_REGION).toBe("auto");
  });
});
