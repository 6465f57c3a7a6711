// Serving a stored evidence file: the download name and the response headers. Pure functions
// (no I/O), so pages, route handlers and tests can all use them.
//
// A stored file is served with headers that keep it from ever running as part of our site, even
// if something slipped through: `nosniff` stops a browser from guessing HTML in an image, and the
// sandboxing CSP turns any document opened from our origin into an origin-less page with no
// scripts, no plugins, no requests. PDFs are downloaded, never shown inline: a browser's PDF
// viewer runs PDF JavaScript and forms inside our origin's tab.
import { transliterate } from "@/lib/search/transliterate";
import { DOCUMENT_CONTENT_TYPE, IMAGE_CONTENT_TYPE, THUMB_CONTENT_TYPE } from "./limits";

/** The Content-Security-Policy of every evidence response. */
export const EVIDENCE_CSP = "default-src 'none'; sandbox";

const extensions: Record<string, string> = {
  [IMAGE_CONTENT_TYPE]: "jpg",
  [THUMB_CONTENT_TYPE]: "webp",
  "image/png": "png",
  [DOCUMENT_CONTENT_TYPE]: "pdf",
};

/** Types shown in the page (`inline`); everything else is a download (`attachment`). */
const inlineTypes = new Set([IMAGE_CONTENT_TYPE, THUMB_CONTENT_TYPE, "image/png"]);

const windowsReserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * An ASCII-only file name for Content-Disposition, from the name the uploader gave, with the
 * extension of what we actually serve: "Фото школи (1).HEIC.jpeg" as image/jpeg →
 * "Foto-shkoly-1.HEIC.jpg". Any path, quote, control or non-ASCII character is gone; Ukrainian is
 * romanised (lib/search/transliterate.ts), other accents lose their marks, the rest becomes "-".
 */
export function safeDownloadName(declaredName: string, contentType: string): string {
  const extension = extensions[contentType] ?? "bin";
  const lastSegment = declaredName.split(/[/\\]/).pop() ?? "";
  const stem = lastSegment.replace(/\.[A-Za-z0-9]{1,5}$/, "");
  let base = transliterate(stem)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "") // é → e
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-*([._])-*/g, "$1") // "photo (1).x" → "photo-1.x", not "photo-1-.x"
    .replace(/-{2,}/g, "-")
    .replace(/^[-._]+|[-._]+$/g, "")
    .slice(0, 80)
    .replace(/[-._]+$/, "");
  if (!base) base = contentType === DOCUMENT_CONTENT_TYPE ? "document" : "evidence";
  else if (windowsReserved.test(base)) base = `file-${base}`;
  return `${base}.${extension}`;
}

/**
 * The uploader's file name as kept in the database and shown on pages: the last path segment,
 * without control, formatting (bidi overrides such as U+202E that make "gpj.exe" read "exe.jpg",
 * zero-width) or surrounding spaces, at most 200 characters; any script stays readable.
 * Empty → "evidence.jpg" / "document.pdf". Never put it in a header as is: see safeDownloadName.
 */
export function cleanFileName(declaredName: string, contentType: string): string {
  const lastSegment = declaredName.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const cleaned = lastSegment
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
  const chars = Array.from(cleaned); // by code point, so a cut never splits a surrogate pair
  if (chars.length > 0) return chars.length > 200 ? chars.slice(0, 200).join("") : cleaned;
  return `${contentType === DOCUMENT_CONTENT_TYPE ? "document" : "evidence"}.${extensions[contentType] ?? "bin"}`;
}

export interface EvidenceResponseInput {
  /** The stored file's content type (FileStore.get's). */
  contentType: string;
  /** The uploader's name for the file (kept in the database row); made safe here. */
  declaredName: string;
  /** Body length in bytes, when known. */
  size?: number;
}

/** The response headers for a stored file: images inline, anything else as a download, both
 *  sandboxed. Cache-Control is private (evidence may be behind access checks): a route serving
 *  only public files may replace it. */
export function evidenceResponseHeaders({ contentType, declaredName, size }: EvidenceResponseInput): Record<string, string> {
  const known = contentType in extensions;
  const disposition = inlineTypes.has(contentType) ? "inline" : "attachment";
  return {
    "Content-Type": known ? contentType : "application/octet-stream",
    "Content-Disposition": `${disposition}; filename="${safeDownloadName(declaredName, contentType)}"`,
    "Content-Security-Policy": EVIDENCE_CSP,
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cache-Control": "private, no-cache",
    ...(size === undefined ? {} : { "Content-Length": String(size) }),
  };
}
