// What an uploaded file really is, read from its bytes. The name and the browser's declared type
// are the uploader's word and are never used to decide: they only choose which refusal to give
// (a "photo.jpg" that is not an image is a TYPE_MISMATCH, worth telling the person).
//
// Detection is the `file-type` package (magic numbers of ~200 formats, maintained, reads only
// the first ~4 KB), so a file of a format we do not take is named as such (NOT_ACCEPTED: "this
// is a HEIC/GIF/ZIP") instead of lumped together with garbage. Version 21.x: 22.x needs Node 22.
// It is ESM-only; Next bundles it, and tsx/Node 20.19+ load it through require(esm).
// No "server-only" here: scripts (the seed) accept demo files too (see ./evidence.ts).
import { fileTypeFromBuffer } from "file-type";

export type EvidenceKind = "IMAGE" | "DOCUMENT";
export type ImageFormat = "jpeg" | "png" | "webp";

export type Sniffed =
  | { accepted: true; kind: "IMAGE"; format: ImageFormat; mime: string }
  | { accepted: true; kind: "DOCUMENT"; format: "pdf"; mime: "application/pdf" }
  /** `detected`: the MIME type of a recognised format we do not take, or null for bytes that
   *  match no known format (text, HTML, SVG, random data). */
  | { accepted: false; detected: string | null };

const acceptedImages: Record<string, ImageFormat> = {
  "image/jpeg": "jpeg",
  "image/png": "png",
  // An animated PNG is a PNG whose first frame every decoder shows; sharp keeps that frame.
  "image/apng": "png",
  "image/webp": "webp",
};

/** The accepted type of `bytes`, from their content only. */
export async function sniffEvidence(bytes: Uint8Array): Promise<Sniffed> {
  const found = await fileTypeFromBuffer(bytes);
  if (!found) return { accepted: false, detected: null };
  const format = acceptedImages[found.mime];
  if (format) return { accepted: true, kind: "IMAGE", format, mime: found.mime };
  if (found.mime === "application/pdf") return { accepted: true, kind: "DOCUMENT", format: "pdf", mime: "application/pdf" };
  return { accepted: false, detected: found.mime };
}

const imageExtensions = /\.(jpe?g|jfif|pjpeg|png|apng|webp)$/i;
const documentExtensions = /\.pdf$/i;

/** Which accepted kind the uploader *claims* (by file name or declared MIME type), if any.
 *  Only used to word a refusal, never to accept. */
export function claimedKind(declaredName: string, declaredType: string): EvidenceKind | null {
  const type = declaredType.trim().toLowerCase().split(";")[0]!.trim();
  const name = declaredName.trim();
  if (type.startsWith("image/") || imageExtensions.test(name)) return "IMAGE";
  if (type === "application/pdf" || documentExtensions.test(name)) return "DOCUMENT";
  return null;
}
