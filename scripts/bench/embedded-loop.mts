// npm run bench:embedded-loop — does a busy embedded store hold up other requests?
// Opens the embedded store as the app does (lib/db/client.ts), once with PGlite on this thread
// (the default) and once in a worker thread (ATLAS_EMBEDDED_MODE=worker), and in each mode runs
// 10 concurrent directory searches in a loop (lib/search/queries.ts, facet cache cleared before
// each, as for a first visitor) while a health probe times `SELECT 1` every 20 ms, as
// /api/health asks the database. Prints the probe's p50/p95, the event loop's delay and the
// searches per second. docs/decisions/0020-embedded-store-in-a-worker.md has the figures.
// BENCH_PGLITE_DIR: a data directory to use (default: a new one); either is migrated first, and
// seeded with the demo content when empty. BENCH_SECONDS per mode (default 15). BENCH_MODES (default "inline,worker").
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parseOrganizationFilters } from "../../lib/organization/filters";
import { db } from "../../lib/db/client";
import { closeAppDatabase } from "../../lib/db/shutdown";
import { clearFacetCache, searchOrganizations } from "../../lib/search/queries";
import { ms, summarize } from "./stats";

const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const modes = (process.env.BENCH_MODES ?? "inline,worker").split(",");
const clients = 10;
const cases: Record<string, string>[] = [
  { q: "Berlin" },
  { q: "Київ", country: "CA" },
  { q: "a" },
  { q: "union", sector: "EDUCATION_YOUTH" },
  { q: "молоді" },
  { q: "socety" }, // typo
  { country: "DE" },
  { verified: "1" },
  { q: "foundation recovery", country: "PL" },
  { sector: "HUMANITARIAN_AID", language: "uk" },
];

delete process.env.DATABASE_URL; // the embedded store only
const scratch = process.env.BENCH_PGLITE_DIR ? undefined : mkdtempSync(path.join(tmpdir(), "atlas-bench-loop-"));
process.env.PGLITE_DIR = process.env.BENCH_PGLITE_DIR ?? path.join(scratch!, "pglite");
{
  // In a process of its own, as `npm start` does (scripts/start.mts): the app opens the store after.
  const began = Date.now();
  const prepared = spawnSync("node_modules/.bin/tsx", ["scripts/db/prepare-cli.mts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, SEED_DEMO: "true" },
  });
  if (prepared.status !== 0) throw new Error(`preparing the store failed (${prepared.status})`);
  console.log(`prepared the demo store in ${((Date.now() - began) / 1000).toFixed(1)} s at ${process.env.PGLITE_DIR}`);
}

const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));

async function run(mode: string) {
  process.env.ATLAS_EMBEDDED_MODE = mode;
  const prisma = await db();
  for (const params of cases) await searchOrganizations(parseOrganizationFilters(params), "en"); // warm up
  let stop = false;
  let searches = 0;
  const probe: number[] = [];
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const began = performance.now();
  const searchers = Array.from({ length: clients }, async (_, client) => {
    for (let i = client; !stop; i++) {
      clearFacetCache();
      await searchOrganizations(parseOrganizationFilters({ ...cases[i % cases.length]!, page: String((i % 3) + 1) }), i % 2 ? "uk" : "en");
      searches++;
    }
  });
  const prober = (async () => {
    while (!stop) {
      const sent = performance.now();
      await prisma.$queryRaw`SELECT 1`;
      probe.push(performance.now() - sent);
      await sleep(20);
    }
  })();
  await sleep(seconds * 1000);
  stop = true;
  await Promise.all([...searchers, prober]);
  loop.disable();
  const elapsed = (performance.now() - began) / 1000;
  const s = summarize(probe);
  console.log(
    `${mode.padEnd(6)}  health SELECT 1: n=${s.n} p50=${ms(s.p50)} p95=${ms(s.p95)} max=${ms(s.max)}  ` +
      `event loop delay p95=${ms(loop.percentile(95) / 1e6)} max=${ms(loop.max / 1e6)}  ` +
      `searches: ${(searches / elapsed).toFixed(1)}/s (${clients} clients)`,
  );
  await closeAppDatabase();
}

let failed = false;
try {
  for (const mode of modes) await run(mode);
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await closeAppDatabase();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0); // a library timer of PGlite's keeps the loop alive for seconds (scripts/db/prepare-cli.mts)
