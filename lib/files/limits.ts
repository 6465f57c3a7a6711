// Limits and output settings for evidence files (photos and PDFs attached to partnership
// milestones). Pure constants: forms and pages may import them to tell people the limits.

const MiB = 1024 * 1024;

/** Largest photo accepted, in bytes, as uploaded (before re-encoding). */
export const MAX_IMAGE_BYTES = 10 * MiB;
/** Largest PDF accepted, in bytes. PDFs are stored as received. */
export const MAX_DOCUMENT_BYTES = 10 * MiB;
/** Nothing larger is even looked at: the size check before sniffing uses this. */
export const MAX_UPLOAD_BYTES = Math.max(MAX_IMAGE_BYTES, MAX_DOCUMENT_BYTES);

/** Most pixels (width × height) an uploaded image may declare. A small compressed file can
 *  declare a huge canvas (a "decompression bomb": 50 KB of PNG can unpack to 400 megapixels,
 *  gigabytes of memory). 50 megapixels covers every phone camera's normal output (a 200 MP
 *  sensor saves 12.5 MP unless set otherwise) and decodes in ~150-200 MB. */
export const MAX_INPUT_PIXELS = 50_000_000;

/** Stored photos are at most this many pixels on their long side (never enlarged). */
export const IMAGE_LONG_SIDE = 2000;
/** Thumbnails: long side, in pixels. */
export const THUMB_LONG_SIDE = 480;
/** mozjpeg quality of stored photos: visually clean at a third of a camera's file size. */
export const IMAGE_JPEG_QUALITY = 82;
export const THUMB_WEBP_QUALITY = 75;

/** What stored files are served as. */
export const IMAGE_CONTENT_TYPE = "image/jpeg";
export const THUMB_CONTENT_TYPE = "image/webp";
export const DOCUMENT_CONTENT_TYPE = "application/pdf";
