// First-load JavaScript of an App Router page, read from the build in .next: the chunks every
// page loads (build-manifest.json rootMainFiles) and the chunks of the route's own segments —
// Next 16 records them per route in .next/server/app/<route>_client-reference-manifest.js
// (entryJSFiles: each layout, error and not-found boundary and the page of the route). Sizes are
// gzipped, as they travel; polyfills (nomodule, never loaded by current browsers) are left out.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

export interface FirstLoad {
  files: number;
  gzipBytes: number;
  rawBytes: number;
}

const gzipped = new Map<string, { raw: number; gzip: number }>();

function sizeOf(distDir: string, file: string): { raw: number; gzip: number } {
  let size = gzipped.get(file);
  if (!size) {
    const body = readFileSync(path.join(distDir, file.replace(/^\/?_next\//, "")));
    size = { raw: body.length, gzip: gzipSync(body).length };
    gzipped.set(file, size);
  }
  return size;
}

/** The shared chunks every page loads (also the pick for the static-chunk anchor). */
export function rootMainFiles(distDir = ".next"): string[] {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  return manifest.rootMainFiles ?? [];
}

/** route: the app directory path of the page, e.g. "[locale]/organizations/[slug]/page". */
export function firstLoadJs(route: string, distDir = ".next"): FirstLoad | null {
  const file = path.join(distDir, "server", "app", `${route}_client-reference-manifest.js`);
  if (!existsSync(file)) return null;
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
  sandbox.globalThis = sandbox;
  runInNewContext(readFileSync(file, "utf8"), sandbox);
  const manifest = Object.values(sandbox.__RSC_MANIFEST ?? {})[0];
  const chunks = new Set(rootMainFiles(distDir));
  for (const list of Object.values(manifest?.entryJSFiles ?? {})) for (const chunk of list) chunks.add(chunk);
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const chunk of chunks) {
    const size = sizeOf(distDir, chunk);
    gzipBytes += size.gzip;
    rawBytes += size.raw;
  }
  return { files: chunks.size, gzipBytes, rawBytes };
}
