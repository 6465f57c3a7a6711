// npm run test:load — how the production server holds R readers and W writers at once, on a
// fresh PostgreSQL database with the demo content (issue 21, "Nothing lost"). Prints requests
// held, p50/p95/p99 per class, 5xx and 429 counts, and acknowledged writes against what the
// database holds. Fails on any 5xx or any acknowledged write not stored exactly once; latency
// is reported against its target, not asserted (a shared CI machine is no benchmark).
//   LOAD_READERS (200), LOAD_WRITERS (10), LOAD_SECONDS (60), LOAD_PORT (3701)
import pg from "pg";
import { prepareDatabase } from "../db/prepare";
import { ensureBuild, startServer, stopServer, waitHealthy, type AppServer } from "./app-server";
import { latencyTable, newWriteLog, openBallots, percentile, prepareLoad, runLoad, verifyWrites } from "./load-run";
import { createTestDatabase } from "./provision";

const readers = Number(process.env.LOAD_READERS ?? 200);
const writers = Number(process.env.LOAD_WRITERS ?? 10);
const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const port = Number(process.env.LOAD_PORT ?? 3701);

const database = await createTestDatabase("atlas_load");
const sql = new pg.Client({ connectionString: database.url });
let server: AppServer | undefined;
let failed = true;
try {
  process.env.DATABASE_URL = database.url;
  await prepareDatabase({ demo: true, log: (line) => console.log(`› ${line}`) });
  delete process.env.DATABASE_URL;
  ensureBuild();
  await sql.connect();
  const setup = await prepareLoad(sql);
  const ballots = await openBallots(sql, setup);

  server = startServer({ port, databaseUrl: database.url, quiet: true });
  await waitHealthy(server);
  // One pass over every read path first, so the figures are of a warm server (as after any deploy's first minute).
  for (const target of setup.readPaths)
    await (await fetch(server.base + target.path, { headers: { "X-Forwarded-For": "198.19.0.1" } })).arrayBuffer();

  console.log(
    `› load: ${readers} readers, ${writers} writers, ${seconds} s against ${server.base} (PostgreSQL, pool ${process.env.DATABASE_POOL_SIZE ?? 10})`,
  );
  const log = newWriteLog();
  const stats = await runLoad({ base: server.base, readers, writers, seconds, setup, ballots, log });
  const check = await verifyWrites(sql, log);

  const reads = [
    ...stats.latencies.page,
    ...stats.latencies.search,
    ...stats.latencies.api,
    ...stats.latencies.map,
    ...stats.latencies.export,
  ].sort((a, b) => a - b);
  const readP99 = percentile(reads, 99);
  console.log();
  console.log(
    `requests held: ${stats.total} in ${stats.seconds.toFixed(1)} s (${Math.round(stats.total / stats.seconds)}/s) from ${readers} readers and ${writers} writers`,
  );
  for (const line of latencyTable(stats)) console.log(`  ${line}`);
  console.log(
    `statuses: ${[...stats.statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(" ")}; sockets failed: ${stats.networkErrors}`,
  );
  console.log(`429 (rate limits, expected for exports; not failures): ${stats.tooMany}`);
  for (const line of check.lines) console.log(`  ${line}`);
  console.log();
  console.log(
    `target 0 × 5xx ............ ${stats.fiveXX === 0 && stats.networkErrors === 0 ? "✔" : "✗"} ${stats.fiveXX} × 5xx, ${stats.networkErrors} failed sockets`,
  );
  console.log(
    `target p99 < 1 s for reads  ${readP99 < 1000 ? "✔" : "✗ (reported, not asserted)"} ${Math.round(readP99)} ms over ${reads.length} reads`,
  );
  console.log(
    `target acknowledged = stored ${check.broken.length === 0 && check.strays.length === 0 && check.acknowledged === check.found ? "✔" : "✗"} ${check.acknowledged} acknowledged, ${check.found} found`,
  );
  for (const problem of [...check.broken, ...check.strays].slice(0, 20)) console.log(`  ✗ ${problem}`);
  failed =
    stats.fiveXX > 0 || stats.networkErrors > 0 || check.broken.length > 0 || check.strays.length > 0 || check.acknowledged !== check.found;
  if (check.acknowledged === 0) {
    console.log("✗ no write was acknowledged: the writers never got through, so nothing was tested");
    failed = true;
  }
  // Refusals the app called its own fault ("Something went wrong") are worth reading even on a pass.
  const actionErrors = server
    .output()
    .split("\n")
    .filter((line) => /\[action |"action"/.test(line));
  if (actionErrors.length)
    console.log(
      `server-side action errors (${actionErrors.length}), first:\n  ${actionErrors
        .slice(0, 3)
        .map((line) => line.slice(0, 600))
        .join("\n  ")}`,
    );
  if (failed && server) console.log(`server log (last lines):\n${server.output().slice(-4000)}`);
} finally {
  if (server) await stopServer(server, "SIGTERM");
  await sql.end().catch(() => {});
  await database.drop();
}
process.exit(failed ? 1 : 0);
