// Refusals that must happen before any image decoder sees the bytes: sharp (libvips) is spied on
// here, in a file of its own because vi.mock applies to the whole file.
import sharp from "sharp";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { acceptEvidence } from "./evidence";
import { MAX_IMAGE_BYTES } from "./limits";
import type { FileStore } from "./store";
import { padTo } from "./test-images";

vi.mock("sharp", { spy: true });

const neverCalled: FileStore = {
  put: async () => expect.fail("nothing may be stored"),
  get: async () => expect.fail("nothing may be read"),
  remove: async () => expect.fail("nothing may be removed"),
};

describe("acceptEvidence refuses without decoding", () => {
  let validJpeg: Buffer;
  beforeEach(async () => {
    validJpeg = await sharp({ create: { width: 16, height: 16, channels: 3, background: "red" } })
      .jpeg()
      .toBuffer();
    vi.mocked(sharp).mockClear();
  });

  it("sees sharp calls (the spy works)", async () => {
    const result = await acceptEvidence(
      { bytes: validJpeg, declaredName: "a.jpg", declaredType: "image/jpeg" },
      { store: { ...neverCalled, put: async () => undefined } },
    );
    expect(result).toMatchObject({ ok: true });
    expect(vi.mocked(sharp)).toHaveBeenCalled();
  });

  it("an oversized buffer: TOO_LARGE, sharp never called", async () => {
    const result = await acceptEvidence(
      { bytes: padTo(validJpeg, MAX_IMAGE_BYTES + 1), declaredName: "a.jpg", declaredType: "image/jpeg" },
      { store: neverCalled },
    );
    expect(result).toEqual({ ok: false, reason: "TOO_LARGE", limit: "BYTES" });
    expect(vi.mocked(sharp)).not.toHaveBeenCalled();
  });

  it("HTML named photo.jpg: TYPE_MISMATCH, sharp never called", async () => {
    const result = await acceptEvidence(
      { bytes: Buffer.from("<html><script>alert(1)</script></html>"), declaredName: "photo.jpg", declaredType: "image/jpeg" },
      { store: neverCalled },
    );
    expect(result).toMatchObject({ ok: false, reason: "TYPE_MISMATCH" });
    expect(vi.mocked(sharp)).not.toHaveBeenCalled();
  });
});
