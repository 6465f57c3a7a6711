// Decides whether `npm start` must run `next build`: a hash of every file the bundle is made
// from, stored next to the build. Cheaper and more honest than comparing timestamps, which a
// fresh clone or a checkout resets.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const inputs = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
  "global.d.ts",
];
const stampFile = ".next/atlas-build-fingerprint";

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  if (statSync(entry).isFile()) {
    yield entry;
    return;
  }
  for (const child of readdirSync(entry).sort()) {
    if (child.endsWith(".test.ts") || child === "node_modules") continue;
    yield* files(path.join(entry, child));
  }
}

export function sourceFingerprint(): string {
  const hash = createHash("sha256");
  for (const input of inputs) for (const file of files(input)) hash.update(file).update("\0").update(readFileSync(file));
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  if (!existsSync(".next/BUILD_ID") || !existsSync(stampFile)) return false;
  return readFileSync(stampFile, "utf8") === sourceFingerprint();
}

export function recordBuildFingerprint(): void {
  writeFileSync(stampFile, sourceFingerprint());
}
