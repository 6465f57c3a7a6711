// Photos are never stored as uploaded: each is decoded and written anew with sharp (libvips), which
//  - refuses decompression bombs: the header's width × height is checked before any pixel is
//    decoded, and `limitInputPixels` enforces the same bound inside libvips;
//  - applies the EXIF orientation to the pixels (`.rotate()`) before the metadata goes, so a
//    phone's portrait photo does not turn sideways;
//  - drops ALL metadata: sharp writes none unless asked (no withMetadata/keepMetadata here), so
//    EXIF with GPS position and camera serial, XMP, IPTC and comments are gone; an embedded
//    ICC profile is converted to sRGB and not kept;
//  - leaves no polyglot: whatever else the upload's bytes were (HTML, a script, a ZIP), the stored
//    file is a fresh JPEG made from pixels only.
// No "server-only" here: scripts (the seed) re-encode demo photos too (see ./evidence.ts).
import sharp, { type Metadata, type SharpOptions } from "sharp";
import { IMAGE_JPEG_QUALITY, IMAGE_LONG_SIDE, MAX_INPUT_PIXELS, THUMB_LONG_SIDE, THUMB_WEBP_QUALITY } from "./limits";
import type { ImageFormat } from "./sniff";

export interface ReencodedImage {
  ok: true;
  /** The stored photo: JPEG, at most IMAGE_LONG_SIDE px on its long side, no metadata. */
  image: Buffer;
  width: number;
  height: number;
  /** WebP, at most THUMB_LONG_SIDE px on its long side, no metadata. */
  thumb: Buffer;
  thumbWidth: number;
  thumbHeight: number;
}

export type ImageRefusal = { ok: false; reason: "UNREADABLE" | "TOO_MANY_PIXELS" };

const inputOptions: SharpOptions = {
  limitInputPixels: MAX_INPUT_PIXELS,
  // Stop on real decode errors, but not on the warnings many cameras' files trigger (a few
  // bytes of junk after the JPEG's end marker, a non-standard chunk): those photos are fine.
  failOn: "error",
  // An animated PNG/WebP: its first frame only.
  pages: 1,
};

/** Re-encodes an uploaded photo whose bytes were sniffed as `format`. Never throws for a bad
 *  image: an image libvips cannot decode is refused as UNREADABLE. */
export async function reencodeImage(bytes: Buffer, format: ImageFormat): Promise<ReencodedImage | ImageRefusal> {
  // 1. The header only (no pixel decoded yet): readable, the format we sniffed, not a bomb.
  let declared: Metadata;
  try {
    declared = await sharp(bytes, { ...inputOptions, limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, reason: "UNREADABLE" };
  }
  if (declared.format !== format || !declared.width || !declared.height) return { ok: false, reason: "UNREADABLE" };
  if (declared.width * declared.height > MAX_INPUT_PIXELS) return { ok: false, reason: "TOO_MANY_PIXELS" };

  // 2. Decode, orient, shrink, write a clean JPEG.
  try {
    const { data: image, info } = await sharp(bytes, inputOptions)
      .rotate() // EXIF Orientation → pixels (and the tag is dropped with the rest)
      .resize({ width: IMAGE_LONG_SIDE, height: IMAGE_LONG_SIDE, fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" }) // JPEG has no alpha: transparent PNG/WebP areas go white
      .jpeg({ quality: IMAGE_JPEG_QUALITY, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });

    // 3. The thumbnail, from the photo just made (already oriented and small, so cheap).
    const { data: thumb, info: thumbInfo } = await sharp(image)
      .resize({ width: THUMB_LONG_SIDE, height: THUMB_LONG_SIDE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: THUMB_WEBP_QUALITY })
      .toBuffer({ resolveWithObject: true });

    return { ok: true, image, width: info.width, height: info.height, thumb, thumbWidth: thumbInfo.width, thumbHeight: thumbInfo.height };
  } catch {
    // A header that promised an image whose data then fails to decode (truncated, corrupt).
    return { ok: false, reason: "UNREADABLE" };
  }
}
