// npm run bench:embedded — does a busy embedded store hold up the health check (issue 17, point 5)?
// The production server on the embedded demo store, over HTTP as a load balancer sees it: 10
// clients search the JSON API without a pause (words, prefixes, typos and facets that no cache has
// seen: a new query each time), while a probe asks /api/health every 50 ms. Run once with PGlite on
// the server's own thread (the default) and once in its worker thread (ATLAS_EMBEDDED_MODE=worker).
// Prints the probe's p50/p95/p99 and the searches per second of each mode.
// BENCH_SECONDS per mode (default 15); BENCH_MODES (default "inline,worker").
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { prepareDatabase } from "../db/prepare";
import { ensureBuild, startServer, stopServer, waitHealthy } from "../test/app-server";
import { ms, summarize } from "./stats";

const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const modes = (process.env.BENCH_MODES ?? "inline,worker").split(",").map((mode) => mode.trim());
const clients = 10;
const port = 3474;
const words = ["a", "be", "Berlin", "Київ", "socety", "union", "молоді", "foundation recovery", "школа", "help", "ukr", "Львів"];
const facets = [
  "",
  "&country=DE",
  "&country=PL",
  "&sector=EDUCATION_YOUTH",
  "&verified=1",
  "&language=uk",
  "&sector=HUMANITARIAN_AID&country=CA",
];

delete process.env.DATABASE_URL; // the embedded store only
const scratch = mkdtempSync(path.join(tmpdir(), "atlas-bench-health-"));
const pgliteDir = path.join(scratch, "pglite");
process.env.PGLITE_DIR = pgliteDir;

/** A search no cache has answered: the words and facets vary, and `limit` makes each one new. */
let turn = 0;
function nextSearch(): string {
  const n = turn++;
  const q = encodeURIComponent(words[n % words.length]!);
  return `/api/v1/organizations?q=${q}${facets[n % facets.length]}&limit=${10 + (n % 40)}`;
}

async function searchLoop(base: string, until: number, counter: { done: number; failed: number }, client: number): Promise<void> {
  while (Date.now() < until) {
    // A new address per request: the API's per-address budget is not what is measured.
    const address = `198.18.${client + 1}.${(counter.done + counter.failed) % 250}`;
    const response = await fetch(base + nextSearch(), { headers: { "x-forwarded-for": address } }).catch(() => null);
    if (response?.ok) counter.done++;
    else counter.failed++;
    await response?.arrayBuffer().catch(() => undefined);
  }
}

async function probeLoop(base: string, until: number, samples: number[]): Promise<number> {
  let failed = 0;
  while (Date.now() < until) {
    const began = performance.now();
    const response = await fetch(`${base}/api/health`).catch(() => null);
    samples.push(performance.now() - began);
    if (!response?.ok) failed++;
    await response?.arrayBuffer().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return failed;
}

try {
  ensureBuild();
  await prepareDatabase({ demo: true, log: (line) => console.log(`› ${line}`) });
  const rows: string[] = [];
  for (const mode of modes) {
    process.env.ATLAS_EMBEDDED_MODE = mode;
    const server = startServer({ port, pgliteDir, quiet: true });
    try {
      await waitHealthy(server);
      // Warm-up: the first searches load the search tables into PGlite's memory.
      await searchLoop(server.base, Date.now() + 3000, { done: 0, failed: 0 }, 0);
      const idle: number[] = [];
      await probeLoop(server.base, Date.now() + 2000, idle);
      const until = Date.now() + seconds * 1000;
      const counter = { done: 0, failed: 0 };
      const samples: number[] = [];
      const [probeFailures] = await Promise.all([
        probeLoop(server.base, until, samples),
        ...Array.from({ length: clients }, (_, client) => searchLoop(server.base, until, counter, client)),
      ]);
      const busy = summarize(samples);
      const quiet = summarize(idle);
      rows.push(
        `| ${mode} | ${ms(quiet.p50)} | ${ms(busy.p50)} | ${ms(busy.p95)} | ${ms(busy.p99)} | ${busy.n} (${probeFailures} failed) | ${(counter.done / seconds).toFixed(1)} (${counter.failed} failed) |`,
      );
      console.log(`› ${mode}: /api/health p95 ${ms(busy.p95)} while ${clients} clients searched`);
    } finally {
      await stopServer(server);
    }
  }
  console.log(
    [
      "",
      `/api/health on the embedded demo while ${clients} clients search the JSON API (${seconds} s per mode)`,
      "",
      "| PGlite runs | health p50, idle | health p50 | health p95 | health p99 | probes | searches/s |",
      "|---|---|---|---|---|---|---|",
      ...rows,
    ].join("\n"),
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
