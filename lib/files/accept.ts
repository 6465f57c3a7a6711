// acceptEvidence, the one way in for evidence files (photos and PDFs attached to partnership
// milestones): check → sniff → (photos) re-encode → store, returning what the Evidence row needs.
// The app imports it from ./evidence.ts; scripts (the seed) from here (no "server-only", as in
// ./evidence.ts's note).
//
//   1. empty → EMPTY; longer than any limit → TOO_LARGE, before a single byte is interpreted;
//   2. the type comes from the bytes (./sniff.ts), never from the name or declared type:
//      bytes of no known format while the upload claims to be a photo or PDF → TYPE_MISMATCH,
//      any other format we do not take (GIF, HEIC, ZIP, an unclaimed text…) → NOT_ACCEPTED;
//      the kind's own limit (MAX_IMAGE_BYTES / MAX_DOCUMENT_BYTES) → TOO_LARGE;
//   3. photos are decoded and written anew without any metadata (./image.ts): UNREADABLE when
//      they do not decode, TOO_LARGE (limit "PIXELS") for decompression bombs; PDFs are kept
//      byte for byte (never opened, parsed or "repaired" on the server, always served as downloads);
//   4. stored under fresh random keys (./store.ts) in the configured store (./file-store.ts).
//
// An accepted upload whose bytes are a different accepted type than its name says (a PNG called
// photo.jpg, a JPEG sent as application/pdf) is taken as what its bytes are: the stored file and
// its content type follow the bytes, so the name cannot mislead anyone later.
//
// Refusals are returned, not thrown; storage failures throw (the caller answers 500/503).
import { createHash } from "node:crypto";
import { fileStore } from "./file-store";
import { reencodeImage } from "./image";
import {
  DOCUMENT_CONTENT_TYPE,
  IMAGE_CONTENT_TYPE,
  MAX_DOCUMENT_BYTES,
  MAX_IMAGE_BYTES,
  MAX_UPLOAD_BYTES,
  THUMB_CONTENT_TYPE,
} from "./limits";
import { cleanFileName } from "./serve";
import { claimedKind, sniffEvidence, type EvidenceKind } from "./sniff";
import { newStorageKey, thumbKeyFor, type FileStore } from "./store";

export type EvidenceRefusalReason =
  /** No bytes at all. */
  | "EMPTY"
  /** Over MAX_IMAGE_BYTES / MAX_DOCUMENT_BYTES, or an image of more than MAX_INPUT_PIXELS pixels
   *  (see RefusedEvidence.limit). */
  | "TOO_LARGE"
  /** Named or declared as a photo/PDF, but the bytes are no known format (text, HTML, junk). */
  | "TYPE_MISMATCH"
  /** A format we do not take (see RefusedEvidence.detected), or unknown bytes that claimed nothing. */
  | "NOT_ACCEPTED"
  /** Looks like a JPEG/PNG/WebP but does not decode. */
  | "UNREADABLE";

export interface EvidenceInput {
  bytes: Buffer;
  /** The uploader's file name (File.name): shown and used for downloads once cleaned, never trusted. */
  declaredName: string;
  /** The browser's MIME type (File.type): never trusted. */
  declaredType: string;
}

export interface AcceptedEvidence {
  ok: true;
  kind: EvidenceKind;
  /** IMAGE: always image/jpeg (photos are re-encoded); DOCUMENT: application/pdf. */
  contentType: typeof IMAGE_CONTENT_TYPE | typeof DOCUMENT_CONTENT_TYPE;
  /** Bytes stored (for a photo: the re-encoded JPEG, not the upload). */
  size: number;
  /** IMAGE only: the stored photo's pixel size. */
  width?: number;
  height?: number;
  storedKey: string;
  /** IMAGE only: the thumbnail (THUMB_CONTENT_TYPE, THUMB_LONG_SIDE px). */
  thumbKey?: string;
  /** Hex SHA-256 of the stored bytes. */
  sha256: string;
  /** The uploader's name, cleaned for display (cleanFileName); serve it with safeDownloadName. */
  fileName: string;
}

export interface RefusedEvidence {
  ok: false;
  reason: EvidenceRefusalReason;
  /** NOT_ACCEPTED/TYPE_MISMATCH: the MIME type the bytes were recognised as, or null (unknown). */
  detected?: string | null;
  /** TOO_LARGE: which limit, file size or pixel count (for the message). */
  limit?: "BYTES" | "PIXELS";
}

export interface AcceptEvidenceOptions {
  /** Default: the configured store, fileStore(). */
  store?: FileStore;
  /** First segment of the keys. Default "evidence". */
  keyPrefix?: string;
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

const tooLarge = (limit: "BYTES" | "PIXELS"): RefusedEvidence => ({ ok: false, reason: "TOO_LARGE", limit });

/** Checks, cleans and stores one uploaded evidence file (see the top of this file). */
export async function acceptEvidence(
  { bytes, declaredName, declaredType }: EvidenceInput,
  { store, keyPrefix = "evidence" }: AcceptEvidenceOptions = {},
): Promise<AcceptedEvidence | RefusedEvidence> {
  if (bytes.length === 0) return { ok: false, reason: "EMPTY" };
  if (bytes.length > MAX_UPLOAD_BYTES) return tooLarge("BYTES");

  const sniffed = await sniffEvidence(bytes);
  if (!sniffed.accepted) {
    const mismatch = sniffed.detected === null && claimedKind(declaredName, declaredType) !== null;
    return { ok: false, reason: mismatch ? "TYPE_MISMATCH" : "NOT_ACCEPTED", detected: sniffed.detected };
  }

  if (sniffed.kind === "DOCUMENT") {
    if (bytes.length > MAX_DOCUMENT_BYTES) return tooLarge("BYTES");
    const storedKey = newStorageKey(keyPrefix, "pdf");
    await (store ?? fileStore()).put(storedKey, bytes, DOCUMENT_CONTENT_TYPE);
    return {
      ok: true,
      kind: "DOCUMENT",
      contentType: DOCUMENT_CONTENT_TYPE,
      size: bytes.length,
      storedKey,
      sha256: sha256(bytes),
      fileName: cleanFileName(declaredName, DOCUMENT_CONTENT_TYPE),
    };
  }

  if (bytes.length > MAX_IMAGE_BYTES) return tooLarge("BYTES");
  const image = await reencodeImage(bytes, sniffed.format);
  if (!image.ok) return image.reason === "TOO_MANY_PIXELS" ? tooLarge("PIXELS") : { ok: false, reason: image.reason };

  const target = store ?? fileStore();
  const storedKey = newStorageKey(keyPrefix, "jpg");
  const thumbKey = thumbKeyFor(storedKey);
  await target.put(storedKey, image.image, IMAGE_CONTENT_TYPE);
  try {
    await target.put(thumbKey, image.thumb, THUMB_CONTENT_TYPE);
  } catch (error) {
    // No photo without its thumbnail: take the photo back out, then report the failure.
    await target.remove(storedKey).catch(() => undefined);
    throw error;
  }
  return {
    ok: true,
    kind: "IMAGE",
    contentType: IMAGE_CONTENT_TYPE,
    size: image.image.length,
    width: image.width,
    height: image.height,
    storedKey,
    thumbKey,
    sha256: sha256(image.image),
    fileName: cleanFileName(declaredName, IMAGE_CONTENT_TYPE),
  };
}
