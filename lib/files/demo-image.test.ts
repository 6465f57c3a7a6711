import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { acceptEvidence } from "./evidence";
import { demoEvidenceImage } from "./demo-image";
import { LocalFileStore } from "./local-store";

describe("demoEvidenceImage", () => {
  it("renders a 1200×800 JPEG, the same for the same seed and label", async () => {
    const a = await demoEvidenceImage("school-5", "Школа №5: нові вікна");
    expect(await sharp(a).metadata()).toMatchObject({ format: "jpeg", width: 1200, height: 800 });
    expect((await demoEvidenceImage("school-5", "Школа №5: нові вікна")).equals(a)).toBe(true);
  });

  it("draws differently for another seed and another label", async () => {
    const a = await sharp(await demoEvidenceImage("one", "Label"))
      .raw()
      .toBuffer();
    const b = await sharp(await demoEvidenceImage("two", "Label"))
      .raw()
      .toBuffer();
    const c = await sharp(await demoEvidenceImage("one", "Another label, longer"))
      .raw()
      .toBuffer();
    expect(a.equals(b)).toBe(false);
    expect(a.equals(c)).toBe(false);
    // The label changes the bottom band (where the text is), not the scene above it (JPEG's lossy
    // coding may still move a pixel value by a step or two there).
    const meanDifference = (x: Buffer, y: Buffer, from: number, to: number) => {
      let sum = 0;
      for (let i = from; i < to; i++) sum += Math.abs(x[i]! - y[i]!);
      return sum / (to - from);
    };
    const row = 1200 * 3;
    expect(meanDifference(a, c, 0, row * 600)).toBeLessThan(0.5);
    expect(meanDifference(a, c, row * 690, row * 790)).toBeGreaterThan(5);
  });

  it("takes any label as text, markup included, and is accepted as evidence", async () => {
    const image = await demoEvidenceImage("x", `</text><script>alert("1")</script> & ' "`);
    const dir = mkdtempSync(path.join(tmpdir(), "atlas-demo-"));
    try {
      const result = await acceptEvidence(
        { bytes: image, declaredName: "demo.jpg", declaredType: "image/jpeg" },
        { store: new LocalFileStore(dir) },
      );
      expect(result).toMatchObject({ ok: true, kind: "IMAGE", width: 1200, height: 800 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
