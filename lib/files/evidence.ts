import "server-only";
// Evidence files: photos and PDFs attached to partnership milestones. The app's entry point to
// lib/files; pages, route handlers and server actions import from here only.
//
//   acceptEvidence(input)          check, sniff, re-encode photos, store   ./accept.ts
//   fileStore()                    the configured FileStore (disk or S3)   ./file-store.ts
//   evidenceResponseHeaders(...)   headers for serving a stored file       ./serve.ts
//   safeDownloadName, cleanFileName                                         ./serve.ts
//   demoEvidenceImage(seed, label) demo photos for the seed                 ./demo-image.ts
//   MAX_IMAGE_BYTES, MAX_DOCUMENT_BYTES, …                                  ./limits.ts
//
// Only this file is fenced with "server-only". The modules behind it also run in tsx scripts
// (the database seed makes and stores demo photos), where "server-only" throws because React's
// server condition is off; lib/db does the same (client.ts fenced, adapter.ts shared). None of
// them can reach a browser bundle anyway: they need node:fs, node:crypto and sharp.
export {
  acceptEvidence,
  type AcceptedEvidence,
  type AcceptEvidenceOptions,
  type EvidenceInput,
  type EvidenceRefusalReason,
  type RefusedEvidence,
} from "./accept";
export { demoEvidenceImage } from "./demo-image";
export { fileStore, fileStoreFromEnv } from "./file-store";
// Named, not `export *`: a star re-export is invisible to Node's CommonJS named-export detection,
// which is how .mts scripts under tsx load this .ts file.
export {
  DOCUMENT_CONTENT_TYPE,
  IMAGE_CONTENT_TYPE,
  IMAGE_LONG_SIDE,
  MAX_DOCUMENT_BYTES,
  MAX_IMAGE_BYTES,
  MAX_INPUT_PIXELS,
  MAX_UPLOAD_BYTES,
  THUMB_CONTENT_TYPE,
  THUMB_LONG_SIDE,
} from "./limits";
export { cleanFileName, EVIDENCE_CSP, evidenceResponseHeaders, safeDownloadName, type EvidenceResponseInput } from "./serve";
export type { EvidenceKind } from "./sniff";
export type { FileStore, StoredFile } from "./store";
