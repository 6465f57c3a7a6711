import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import exifr from "exifr";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acceptEvidence } from "./evidence";
import { MAX_DOCUMENT_BYTES, MAX_IMAGE_BYTES } from "./limits";
import { LocalFileStore } from "./local-store";
import { padTo, phonePhoto, pixelBombPng, tinyPdf, transparentPng } from "./test-images";

let dir: string;
let store: LocalFileStore;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "atlas-evidence-"));
  store = new LocalFileStore(dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every file under the store's root (type files included). */
function storedFiles(): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/** The accepted photo's fields, or the test fails with the refusal. */
function acceptedImage(result: Awaited<ReturnType<typeof acceptEvidence>>) {
  if (!result.ok || result.kind !== "IMAGE" || !result.thumbKey || !result.width || !result.height)
    throw new Error(`not an accepted image: ${JSON.stringify(result)}`);
  return { ...result, thumbKey: result.thumbKey, width: result.width, height: result.height };
}

async function getStored(key: string) {
  const file = await store.get(key);
  if (!file) throw new Error(`nothing stored under ${key}`);
  return file;
}

describe("acceptEvidence: photos", () => {
  it("strips EXIF (GPS included), XMP and ICC, after applying the EXIF orientation", async () => {
    const upload = await phonePhoto(300, 200);
    // The input really carries what must go.
    const before = await sharp(upload).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif).toBeDefined();
    expect(before.xmp).toBeDefined();
    expect(before.icc).toBeDefined();
    expect(await exifr.gps(upload)).toMatchObject({ latitude: 50.45 });
    expect(upload.includes("Secret-Model-X1")).toBe(true);

    const result = acceptedImage(
      await acceptEvidence({ bytes: upload, declaredName: "IMG_0001.JPG", declaredType: "image/jpeg" }, { store }),
    );
    // Orientation 6 applied: the 300×200 sensor image stands 200×300.
    expect([result.width, result.height]).toEqual([200, 300]);
    expect(result.contentType).toBe("image/jpeg");

    for (const key of [result.storedKey, result.thumbKey]) {
      const { body } = await getStored(key);
      const after = await sharp(body).metadata();
      expect(after.exif).toBeUndefined();
      expect(after.xmp).toBeUndefined();
      expect(after.iptc).toBeUndefined();
      expect(after.icc).toBeUndefined();
      expect(after.orientation).toBeUndefined();
      expect(after.space).toBe("srgb");
      for (const leak of ["Exif\0\0", "ProbeCam", "Secret", "http://ns.adobe.com", "ICC_PROFILE", "Photoshop 3.0"]) {
        expect(body.includes(leak), leak).toBe(false);
      }
    }
    // exifr reads JPEG (not WebP): a second reader of the stored photo, besides libvips.
    const { body: photo } = await getStored(result.storedKey);
    expect(await exifr.parse(photo, true)).toBeUndefined();
    expect(await exifr.gps(photo)).toBeUndefined();

    const { body: thumb, contentType: thumbType } = await getStored(result.thumbKey);
    expect(thumbType).toBe("image/webp");
    expect((await sharp(thumb).metadata()).format).toBe("webp");
  });

  it("re-encodes a PNG as a JPEG no larger than 2000 px, thumbnail 480 px, transparency on white", async () => {
    const upload = await transparentPng(3000, 1500);
    const result = acceptedImage(
      await acceptEvidence({ bytes: upload, declaredName: "C:\\Users\\me\\Скан\u202Egpj.png", declaredType: "image/png" }, { store }),
    );
    expect(result.fileName).toBe("Сканgpj.png"); // no path, no right-to-left override
    expect([result.width, result.height]).toEqual([2000, 1000]);

    const stored = await getStored(result.storedKey);
    expect(stored.contentType).toBe("image/jpeg");
    const meta = await sharp(stored.body).metadata();
    expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(["jpeg", 2000, 1000, false]);
    expect(result.size).toBe(stored.body.length);
    expect(result.sha256).toBe(createHash("sha256").update(stored.body).digest("hex"));
    // Half-transparent blue over white, not over black.
    const { data } = await sharp(stored.body).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]!).toBeGreaterThan(100);

    const thumb = await sharp((await getStored(result.thumbKey)).body).metadata();
    expect([thumb.format, thumb.width, thumb.height]).toEqual(["webp", 480, 240]);
    expect(storedFiles()).toHaveLength(4); // photo, thumbnail and their two type files
  });

  it("never enlarges a small image", async () => {
    const result = await acceptEvidence(
      { bytes: await transparentPng(120, 80), declaredName: "a.png", declaredType: "image/png" },
      { store },
    );
    expect(result).toMatchObject({ ok: true, kind: "IMAGE", width: 120, height: 80 });
  });

  it("takes a WebP, and a JPEG whose name says PNG, by their bytes", async () => {
    const webp = await sharp({ create: { width: 64, height: 48, channels: 3, background: "green" } })
      .webp()
      .toBuffer();
    expect(await acceptEvidence({ bytes: webp, declaredName: "x.webp", declaredType: "image/webp" }, { store })).toMatchObject({
      ok: true,
      kind: "IMAGE",
      contentType: "image/jpeg",
    });
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: "blue" } })
      .jpeg()
      .toBuffer();
    expect(await acceptEvidence({ bytes: jpeg, declaredName: "x.png", declaredType: "image/png" }, { store })).toMatchObject({
      ok: true,
      kind: "IMAGE",
      width: 64,
    });
  });

  it("refuses a decompression bomb (TOO_LARGE in pixels) before decoding it, and stores nothing", async () => {
    const bomb = pixelBombPng(20_000);
    expect(bomb.length).toBeLessThan(100_000);
    expect(await sharp(bomb, { limitInputPixels: false }).metadata()).toMatchObject({ format: "png", width: 20_000, height: 20_000 });
    const result = await acceptEvidence({ bytes: bomb, declaredName: "map.png", declaredType: "image/png" }, { store });
    expect(result).toEqual({ ok: false, reason: "TOO_LARGE", limit: "PIXELS" });
    expect(storedFiles()).toEqual([]);
  });

  it("refuses an image that does not decode as UNREADABLE", async () => {
    // A real JPEG's first 600 bytes: the header sniffs as JPEG, the data is gone.
    const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: "red" } })
      .jpeg()
      .toBuffer();
    const truncated = Buffer.concat([jpeg.subarray(0, 600), Buffer.from("garbage".repeat(50))]);
    expect(await acceptEvidence({ bytes: truncated, declaredName: "x.jpg", declaredType: "image/jpeg" }, { store })).toEqual({
      ok: false,
      reason: "UNREADABLE",
    });
    // JPEG magic alone, then text.
    const magicOnly = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("not an image at all".repeat(10))]);
    expect(await acceptEvidence({ bytes: magicOnly, declaredName: "x.jpg", declaredType: "image/jpeg" }, { store })).toMatchObject({
      ok: false,
    });
    expect(storedFiles()).toEqual([]);
  });
});

describe("acceptEvidence: the type comes from the bytes", () => {
  const html = Buffer.from("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");

  it("refuses HTML named photo.jpg and declared image/jpeg as TYPE_MISMATCH", async () => {
    expect(await acceptEvidence({ bytes: html, declaredName: "photo.jpg", declaredType: "image/jpeg" }, { store })).toMatchObject({
      ok: false,
      reason: "TYPE_MISMATCH",
    });
    // The name alone, or the declared type alone, is claim enough.
    expect(await acceptEvidence({ bytes: html, declaredName: "photo.jpg", declaredType: "" }, { store })).toMatchObject({
      ok: false,
      reason: "TYPE_MISMATCH",
    });
    expect(await acceptEvidence({ bytes: html, declaredName: "upload", declaredType: "application/pdf" }, { store })).toMatchObject({
      ok: false,
      reason: "TYPE_MISMATCH",
    });
    expect(storedFiles()).toEqual([]);
  });

  it("refuses HTML that claims to be HTML, and formats we do not take, as NOT_ACCEPTED", async () => {
    expect(await acceptEvidence({ bytes: html, declaredName: "page.html", declaredType: "text/html" }, { store })).toMatchObject({
      ok: false,
      reason: "NOT_ACCEPTED",
      detected: null,
    });
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: "red" } })
      .gif()
      .toBuffer();
    expect(await acceptEvidence({ bytes: gif, declaredName: "photo.jpg", declaredType: "image/jpeg" }, { store })).toEqual({
      ok: false,
      reason: "NOT_ACCEPTED",
      detected: "image/gif",
    });
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(await acceptEvidence({ bytes: svg, declaredName: "logo.svg", declaredType: "image/svg+xml" }, { store })).toMatchObject({
      ok: false,
    });
    expect(storedFiles()).toEqual([]);
  });

  it("refuses an empty upload as EMPTY", async () => {
    expect(await acceptEvidence({ bytes: Buffer.alloc(0), declaredName: "photo.jpg", declaredType: "image/jpeg" }, { store })).toEqual({
      ok: false,
      reason: "EMPTY",
    });
  });
});

describe("acceptEvidence: documents", () => {
  it("stores a PDF byte for byte as a DOCUMENT, whatever its name", async () => {
    const pdf = tinyPdf();
    const result = await acceptEvidence({ bytes: pdf, declaredName: "Звіт за травень.jpg", declaredType: "image/jpeg" }, { store });
    if (!result.ok || result.kind !== "DOCUMENT") throw new Error(`not a document: ${JSON.stringify(result)}`);
    expect(result).toMatchObject({
      contentType: "application/pdf",
      size: pdf.length,
      sha256: createHash("sha256").update(pdf).digest("hex"),
      fileName: "Звіт за травень.jpg",
    });
    expect(result.width).toBeUndefined();
    expect(result.storedKey).toMatch(/^evidence\/[0-9a-f]{2}\/[0-9a-f]{32}\.pdf$/);
    expect("thumbKey" in result).toBe(false);
    const stored = await getStored(result.storedKey);
    expect(stored.contentType).toBe("application/pdf");
    expect(stored.body.equals(pdf)).toBe(true);
  });
});

describe("acceptEvidence: size limits", () => {
  it("refuses a photo one byte over MAX_IMAGE_BYTES that would otherwise decode, and takes one at the limit", async () => {
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: "red" } })
      .jpeg()
      .toBuffer();
    // Bytes after a JPEG's end marker are ignored by decoders: padded, the file still decodes.
    const atLimit = padTo(jpeg, MAX_IMAGE_BYTES);
    expect(await acceptEvidence({ bytes: atLimit, declaredName: "a.jpg", declaredType: "image/jpeg" }, { store })).toMatchObject({
      ok: true,
      kind: "IMAGE",
      width: 40,
    });
    const over = padTo(jpeg, MAX_IMAGE_BYTES + 1);
    expect(await acceptEvidence({ bytes: over, declaredName: "a.jpg", declaredType: "image/jpeg" }, { store })).toEqual({
      ok: false,
      reason: "TOO_LARGE",
      limit: "BYTES",
    });
  });

  it("refuses a PDF over MAX_DOCUMENT_BYTES", async () => {
    const over = padTo(tinyPdf(), MAX_DOCUMENT_BYTES + 1);
    expect(await acceptEvidence({ bytes: over, declaredName: "a.pdf", declaredType: "application/pdf" }, { store })).toEqual({
      ok: false,
      reason: "TOO_LARGE",
      limit: "BYTES",
    });
    expect(storedFiles()).toEqual([]);
  });
});

describe("acceptEvidence: storage failures", () => {
  it("removes the photo again when its thumbnail cannot be stored, and throws", async () => {
    const puts: string[] = [];
    const removed: string[] = [];
    const failing = {
      put: async (key: string) => {
        puts.push(key);
        if (key.endsWith(".thumb.webp")) throw new Error("disk full");
      },
      get: async () => null,
      remove: async (key: string) => void removed.push(key),
    };
    const upload = await transparentPng(50, 50);
    await expect(acceptEvidence({ bytes: upload, declaredName: "a.png", declaredType: "image/png" }, { store: failing })).rejects.toThrow(
      "disk full",
    );
    expect(puts).toHaveLength(2);
    expect(removed).toEqual([puts[0]]);
  });
});
