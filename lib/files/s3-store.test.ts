// The S3 store against a real S3-compatible HTTP server started here: @20minutes/s3rver (a
// maintained fork of s3rver, pure JavaScript, in-process, files in a temporary directory). It
// speaks S3's REST API and checks SigV4 signatures, so this exercises the AWS SDK end to end.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "@20minutes/s3rver";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv as readEnvFrom } from "@/lib/env";
import { acceptEvidence } from "./evidence";
import { fileStoreFromEnv } from "./file-store";
import { S3FileStore } from "./s3-store";
import { newStorageKey, UnsafeKeyError } from "./store";
import { phonePhoto, tinyPdf } from "./test-images";

// The SDK warns once per process that its 2027 releases will need Node 22: not this test's news.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";

/** readEnv on just these variables (Next's ProcessEnv type insists on NODE_ENV). */
const readEnv = (vars: Record<string, string>) => readEnvFrom(vars as NodeJS.ProcessEnv);

const BUCKET = "atlas-evidence";
const ACCESS_KEY = "S3RVER"; // s3rver's fixed credentials
const SECRET_KEY = "S3RVER";

let server: S3rver;
let dir: string;
let endpoint: string;
let store: S3FileStore;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "atlas-s3rver-"));
  server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: dir, configureBuckets: [{ name: BUCKET }] });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
  store = new S3FileStore({
    bucket: BUCKET,
    endpoint,
    region: "us-east-1",
    accessKeyId: ACCESS_KEY,
    secretAccessKey: SECRET_KEY,
    forcePathStyle: true,
  });
});

afterAll(async () => {
  store?.destroy();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("S3FileStore", () => {
  it("round-trips bytes and content type, overwrites, removes", async () => {
    const key = newStorageKey("evidence", "pdf");
    expect(await store.get(key)).toBeNull();
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256));
    await store.put(key, bytes, "application/pdf");
    const back = await store.get(key);
    expect(back?.contentType).toBe("application/pdf");
    expect(back?.body.equals(bytes)).toBe(true);

    await store.put(key, Buffer.from("second"), "image/jpeg");
    expect(await store.get(key)).toEqual({ body: Buffer.from("second"), contentType: "image/jpeg" });

    await store.remove(key);
    expect(await store.get(key)).toBeNull();
    await expect(store.remove(key)).resolves.toBeUndefined();
  });

  it("refuses unsafe keys before any request", async () => {
    for (const key of ["../x", "/abs/x", "evidence/../x", ""]) {
      await expect(store.put(key, Buffer.from("x"), "text/plain")).rejects.toThrow(UnsafeKeyError);
      await expect(store.get(key)).rejects.toThrow(UnsafeKeyError);
      await expect(store.remove(key)).rejects.toThrow(UnsafeKeyError);
    }
  });

  it("fails loudly with a wrong secret (requests are really signed)", async () => {
    const wrong = new S3FileStore({
      bucket: BUCKET,
      endpoint,
      region: "us-east-1",
      accessKeyId: ACCESS_KEY,
      secretAccessKey: "wrong",
      forcePathStyle: true,
    });
    try {
      await expect(wrong.put(newStorageKey("evidence", "jpg"), Buffer.from("x"), "image/jpeg")).rejects.toThrow(/signature/i);
    } finally {
      wrong.destroy();
    }
  });

  it("is what fileStoreFromEnv builds from the S3_* variables, and acceptEvidence stores photo and thumbnail there", async () => {
    const configured = fileStoreFromEnv(
      readEnv({ S3_BUCKET: BUCKET, S3_ENDPOINT: endpoint, S3_ACCESS_KEY_ID: ACCESS_KEY, S3_SECRET_ACCESS_KEY: SECRET_KEY }),
    );
    expect(configured).toBeInstanceOf(S3FileStore);
    try {
      const photo = await acceptEvidence(
        { bytes: await phonePhoto(), declaredName: "p.jpg", declaredType: "image/jpeg" },
        { store: configured },
      );
      if (!photo.ok || photo.kind !== "IMAGE" || !photo.thumbKey) throw new Error(`refused: ${JSON.stringify(photo)}`);
      const image = await store.get(photo.storedKey);
      const thumb = await store.get(photo.thumbKey);
      expect(image?.contentType).toBe("image/jpeg");
      expect(thumb?.contentType).toBe("image/webp");
      expect((await sharp(image!.body).metadata()).exif).toBeUndefined();
      expect(image!.body.length).toBe(photo.size);

      const pdf = await acceptEvidence({ bytes: tinyPdf(), declaredName: "a.pdf", declaredType: "application/pdf" }, { store: configured });
      if (!pdf.ok) throw new Error("refused");
      expect((await store.get(pdf.storedKey))?.body.equals(tinyPdf())).toBe(true);
    } finally {
      (configured as S3FileStore).destroy();
    }
  });
});
