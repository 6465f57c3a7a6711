// npm run bench — the whole benchmark in one command (issue 17):
// 1. a database with the generated directory: DATABASE_URL if set, else `atlas_bench` on the
//    local PostgreSQL (scripts/test/provision.ts), filled by scripts/bench/generate.mts unless its
//    row counts already match (BENCH_ORGANIZATIONS, BENCH_COMMUNITIES: 100,000 and 10,000);
// 2. search and matching server times per query class (npm run bench:search, bench:match);
// 3. the production build (reused when scripts/build-fingerprint.ts says it is current) served by
//    scripts/serve.mts on port 3471, with a demo moderator's session for the signed-in pages;
// 4. every page class and API under autocannon at 10 and 50 connections, beside Next serving a
//    built static chunk in the same run: req/s and its ratio to the chunk, p50/p95/p99, the
//    server's memory, first-load JS per page;
// 5. Lighthouse's mobile preset on home, directory, a profile, the map and events (./lighthouse.ts);
// 6. bench/results/latest.md (the previous one kept under its date), each target of issue 17
//    marked met or not met with its figure.
// --quick: 3 s per case and 10 connections only, for checking the command itself.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import pg from "pg";
import { ensureBuild, startServer, stopServer, waitHealthy } from "../test/app-server";
import { adminUrl, chromiumPath, ensureChromium, ensurePostgres } from "../test/provision";
import { signInDemoPeople } from "../test/demo-sessions";
import { buildIsCurrent } from "../build-fingerprint";
import { firstLoadJs, rootMainFiles, type FirstLoad } from "./first-load-js";
import { medianLighthouse, waitForIdle, type LighthouseResult } from "./lighthouse";
import { runCase, rssMb, type CaseResult } from "./load";
import { renderReport, type BenchCase, type ChildStep } from "./report";

const quick = process.argv.includes("--quick");
const seconds = Number(process.env.BENCH_SECONDS ?? (quick ? 3 : 10));
const connectionLevels = quick ? [10] : [10, 50];
const wanted = {
  organizations: Number(process.env.BENCH_ORGANIZATIONS ?? 100_000),
  communities: Number(process.env.BENCH_COMMUNITIES ?? 10_000),
};
const PORT = 3471;
const started = Date.now();
const stamp = () => `${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s`;
const say = (line: string) => console.log(`${stamp()}  ${line}`);

// 1. The database.
const databaseUrl = process.env.DATABASE_URL ?? (await benchDatabase("atlas_bench"));
const counts = await rowCounts(databaseUrl);
if (counts.organizations >= wanted.organizations && counts.communities >= wanted.communities) {
  say(`reusing the filled database (${counts.organizations} generated organisations, ${counts.communities} communities); migrating`);
  await mustSucceed(child("migrate", ["node_modules/.bin/tsx", "scripts/db/prepare-cli.mts"], {}));
} else {
  say(`generating ${wanted.organizations} organisations and ${wanted.communities} communities (minutes at full size) …`);
  await mustSucceed(child("generate", ["node_modules/.bin/tsx", "scripts/bench/generate-and-exit.mts"], {}));
}
const data = await rowCounts(databaseUrl);

// 2. Server times, before the server runs, so nothing else wants the CPU.
say("search query classes (npm run bench:search) …");
const search = await child("bench:search", ["npm", "run", "--silent", "bench:search"], quick ? { BENCH_ROUNDS: "5" } : {});
say("matching (npm run bench:match) …");
const match = await child("bench:match", ["npm", "run", "--silent", "bench:match"], quick ? { BENCH_ROUNDS: "1" } : {});

// 3. The build, the embedded store's health under load, the signed-in session and the server.
const buildWasCurrent = buildIsCurrent();
if (!buildWasCurrent) say("building (the sources changed since the last build) …");
ensureBuild();
say("the embedded store's health while 10 clients search (npm run bench:embedded) …");
const embedded = await child("bench:embedded", ["npm", "run", "--silent", "bench:embedded"], quick ? { BENCH_SECONDS: "5" } : {});
const setup = await prepareVisits(databaseUrl);
ensureChromium();
say(`starting the server on port ${PORT} …`);
const server = startServer({ port: PORT, databaseUrl, quiet: true });
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await stopServer(server);
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stop().then(() => process.exit(130)));

try {
  await waitHealthy(server);
  const serverPid = server.child.pid!;
  const idleRssMb = rssMb(serverPid);
  // A chunk of middling size among those every page loads: the largest would make the anchor
  // pay mostly for compressing it (serve.mts gzips every answer), the smallest for nothing.
  const chunks = rootMainFiles()
    .map((file) => ({ file, size: statSync(`.next/${file}`).size }))
    .sort((a, b) => a.size - b.size);
  const chunk = chunks[Math.floor((chunks.length - 1) / 2)]!;
  const cases = benchCases(setup, chunk.file);

  // 4. Warm up (each path twice: caches filled, code loaded; the second answer is reported), then load.
  say("warming up every path …");
  const warm = new Map<string, { status: number; cache: string }>();
  for (const bench of cases) {
    for (const path of [...bench.paths, ...bench.paths]) {
      const response = await fetch(server.base + path, { headers: { ...bench.headers, "accept-encoding": "gzip" }, redirect: "manual" });
      await response.arrayBuffer();
      warm.set(bench.key, {
        status: response.status,
        cache: response.headers.get("x-nextjs-cache") ?? response.headers.get("cache-control") ?? "",
      });
    }
  }
  const results = new Map<string, Map<number, CaseResult>>();
  for (const connections of connectionLevels) {
    for (const bench of cases) {
      const result = await runCase({
        base: `http://127.0.0.1:${PORT}`,
        host: `localhost:${PORT}`,
        paths: bench.paths,
        connections,
        seconds,
        headers: bench.headers,
        serverPid,
      });
      if (!results.has(bench.key)) results.set(bench.key, new Map());
      results.get(bench.key)!.set(connections, result);
      say(
        `${bench.label.padEnd(34)} c=${String(connections).padStart(2)} ${result.reqPerSec.toFixed(1).padStart(8)} req/s  p95 ${result.p95.toFixed(0).padStart(5)} ms${result.bad ? `  ${result.bad} not 2xx/failed` : ""}`,
      );
    }
  }
  // Lighthouse, mobile preset, on the pages point 4 names: once the server is idle after the load,
  // the median of three runs each (scores vary by several points from run to run).
  const lighthouseResults: LighthouseResult[] = [];
  say(`waited ${((await waitForIdle(serverPid)) / 1000).toFixed(1)} s for the server to be idle before Lighthouse`);
  const lighthousePaths = ["/en", "/en/organizations", `/en/organizations/${setup.profiles[0]}`, "/en/map", "/en/events"];
  for (const path of quick ? lighthousePaths.slice(0, 1) : lighthousePaths) {
    say(`lighthouse ${path} …`);
    const result = await medianLighthouse(`http://127.0.0.1:${PORT}${path}`, chromiumPath, quick ? 1 : 3);
    if (result) {
      lighthouseResults.push(result);
      say(
        `lighthouse ${path}: performance ${result.performance}, TBT ${result.tbt.toFixed(0)} ms, accessibility ${result.accessibility}, SEO ${result.seo}`,
      );
    }
  }
  const firstLoad = new Map<string, FirstLoad | null>();
  for (const bench of cases) if (bench.route) firstLoad.set(bench.key, firstLoadJs(bench.route));

  // 6. The report.
  const report = renderReport({
    date: new Date(),
    quick,
    seconds,
    connectionLevels,
    machine: machineInfo(),
    postgres: setup.postgresVersion,
    data,
    build: buildWasCurrent ? "reused (current by scripts/build-fingerprint.ts)" : "built by this run",
    chunk,
    cases,
    results,
    warm,
    firstLoad,
    idleRssMb,
    steps: [search, match, embedded],
    lighthouse: lighthouseResults,
    totalSeconds: (Date.now() - started) / 1000,
  });
  mkdirSync("bench/results", { recursive: true });
  const latest = "bench/results/latest.md";
  if (existsSync(latest)) {
    const kept = `bench/results/${statSync(latest).mtime.toISOString().slice(0, 19).replace(/:/g, "-")}Z.md`;
    renameSync(latest, kept);
    say(`previous results kept as ${kept}`);
  }
  writeFileSync(latest, report);
  console.log(`\n${report}`);
  say(`wrote ${latest}`);
} finally {
  await stop();
}
process.exit(0);

/** The named database on the local PostgreSQL, created when missing (kept between runs). */
async function benchDatabase(name: string): Promise<string> {
  await ensurePostgres();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) {
      await admin.query(`CREATE DATABASE "${name}"`);
      say(`created the database ${name}`);
    }
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Generated organisations, all communities (official + generated) and search documents; 0 before migrating. */
async function rowCounts(url: string): Promise<{ organizations: number; communities: number; searchDocuments: number }> {
  return withClient(url, async (client) => {
    const count = async (sql: string) =>
      Number((await client.query<{ n: string }>(sql).catch(() => ({ rows: [{ n: "0" }] }))).rows[0]?.n ?? 0);
    return {
      organizations: await count(`SELECT count(*) AS n FROM "Organization" WHERE slug LIKE 'bench-%'`),
      communities: await count(`SELECT count(*) AS n FROM "Community"`),
      searchDocuments: await count(`SELECT count(*) AS n FROM "SearchDocument"`),
    };
  });
}

/** Without its data the benchmark measures nothing worth keeping. */
async function mustSucceed(step: Promise<ChildStep>): Promise<void> {
  const { label, code } = await step;
  if (code !== 0) throw new Error(`${label} failed (exit ${code})`);
}

/** A child step with this database; its output is shown and kept for the report, a failure noted, not fatal. */
function child(label: string, command: string[], extra: Record<string, string>): Promise<ChildStep> {
  const began = Date.now();
  return new Promise((resolve) => {
    const process_ = spawn(command[0]!, command.slice(1), {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        SEED_DEMO: "true",
        BENCH_ORGANIZATIONS: String(wanted.organizations),
        BENCH_COMMUNITIES: String(wanted.communities),
        ...extra,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk.toString().replace(/^(?=.)/gm, "  │ "));
    };
    process_.stdout.on("data", keep);
    process_.stderr.on("data", keep);
    process_.on("exit", (code) => resolve({ label, code, output, seconds: (Date.now() - began) / 1000 }));
  });
}

interface Visits {
  postgresVersion: string;
  profiles: string[];
  matchSlug: string;
  cookie: string | null;
}

async function prepareVisits(url: string): Promise<Visits> {
  return withClient(url, async (client) => {
    const version = (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v ?? "?";
    const profiles = (
      await client.query<{ slug: string }>(
        `SELECT slug FROM "Organization" WHERE status = 'PUBLISHED' AND "hiddenAt" IS NULL ORDER BY (slug LIKE 'bench-%') DESC, slug LIMIT 20`,
      )
    ).rows.map((row) => row.slug);
    const withSectors = await client.query<{ slug: string }>(
      `SELECT slug FROM "Organization" WHERE status = 'PUBLISHED' AND "hiddenAt" IS NULL AND cardinality(sectors) > 0 ORDER BY slug LIMIT 1`,
    );
    // The demo moderator's session, as the demo sign-in makes it (lib/auth/demo-sign-in.ts).
    const moderator = await signInDemoPeople(client, ["moderator@demo.example"]).catch(() => []);
    if (!profiles[0]) throw new Error("the database holds no published organisation");
    return {
      postgresVersion: version,
      profiles,
      matchSlug: withSectors.rows[0]?.slug ?? profiles[0],
      cookie: moderator[0]?.cookie ?? null,
    };
  });
}

function benchCases(visits: Visits, chunk: string): BenchCase[] {
  const words = ["Berlin", "union", "foundation recovery", "Kraków", "молоді", "socety", "engineers toronto", "Lwow"];
  const viewports = [
    "/api/v1/map?bbox=-30,30,45,72&zoom=4&locale=en",
    "/api/v1/map?bbox=5,45,20,55&zoom=6&locale=en",
    "/api/v1/map?bbox=22,44,40,53&zoom=6&locale=uk&layer=communities",
    "/api/v1/map?bbox=12.9,52.3,13.8,52.7&zoom=10&locale=en",
  ];
  const signedIn = visits.cookie ? { cookie: visits.cookie } : null;
  const cases: BenchCase[] = [
    { key: "static", label: "static chunk (anchor)", paths: [`/_next/${chunk}`] },
    { key: "home", label: "home /en", paths: ["/en"], route: "[locale]/page", cachedTarget: true },
    {
      key: "directory",
      label: "directory, no words",
      paths: ["/en/organizations"],
      route: "[locale]/cached/[directory]/[key]/page",
      cachedTarget: true,
    },
    {
      key: "directory-words",
      label: "directory with words",
      paths: words.map((q) => `/en/organizations?q=${encodeURIComponent(q)}`),
      route: "[locale]/cached/[directory]/[key]/page",
    },
    {
      key: "profile",
      label: "organisation profile",
      paths: visits.profiles.map((slug) => `/en/organizations/${slug}`),
      route: "[locale]/organizations/[slug]/page",
      cachedTarget: true,
    },
    { key: "map", label: "map page", paths: ["/en/map"], route: "[locale]/map/page" },
    { key: "map-api", label: "map viewport API", paths: viewports },
    { key: "events", label: "events", paths: ["/en/events"], route: "[locale]/events/page", cachedTarget: true },
    { key: "needs", label: "needs", paths: ["/en/needs"], route: "[locale]/needs/page", cachedTarget: true },
    {
      key: "matching",
      label: "matching page",
      paths: [`/en/organizations/${visits.matchSlug}/matches`],
      route: "[locale]/organizations/[slug]/matches/page",
    },
    { key: "api", label: "JSON API search", paths: words.map((q) => `/api/v1/organizations?q=${encodeURIComponent(q)}`) },
    { key: "csv", label: "CSV export (country=DE)", paths: ["/api/v1/organizations.csv?country=DE"] },
  ];
  if (signedIn) {
    cases.push(
      {
        key: "signed-directory",
        label: "directory, signed in",
        paths: ["/en/organizations"],
        headers: signedIn,
        route: "[locale]/organizations/page",
        signedIn: true,
      },
      {
        key: "signed-account",
        label: "account page, signed in",
        paths: ["/en/account"],
        headers: signedIn,
        route: "[locale]/account/page",
        signedIn: true,
      },
    );
  }
  return cases;
}

function machineInfo(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()}, Node ${process.version}; load average ${os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" ")} at the end (other work on the machine skews every figure)`;
}
