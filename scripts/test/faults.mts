// npm run test:faults — the promises of issue 21 ("Nothing lost") under faults, each scenario
// printing what happened and failing on a broken promise:
//  a. PostgreSQL stops in the middle of a load and starts again: pages answer 503 + Retry-After
//     with a page in the person's language, a form says "nothing was saved, try again", the app
//     recovers by itself within 5 s, no acknowledged write is lost or doubled.
//  b. The app is killed (SIGKILL) during writes, on PostgreSQL and on the embedded store: after a
//     restart every transaction is all or nothing and unique constraints hold; the embedded store
//     opens without repair.
//  c. SIGTERM: a request in flight completes, a new connection is refused, the pool and the
//     embedded store are closed cleanly.
// PostgreSQL here is a throwaway cluster of this script's own (never the machine's main one).
//   FAULTS_SECONDS (load length per scenario, default 12), FAULTS_PORT (3711), FAULTS_PG_PORT (5499)
//   `npm run test:faults -- a c` runs only those scenarios.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { openEmbeddedDatabase } from "../../lib/db/embedded";
import { prepareDatabase } from "../db/prepare";
import { loadForm, submitForm, type Client } from "./action-form";
import { ensureBuild, rawGet, startServer, stopServer, waitHealthy, type AppServer } from "./app-server";
import { checkConsistency } from "./consistency";
import type { Sql } from "./demo-sessions";
import {
  latencyTable,
  newStats,
  newWriteLog,
  openBallots,
  prepareLoad,
  runLoad,
  verifyWrites,
  type LoadStats,
  type Setup,
  type WriteLog,
} from "./load-run";
import { createCluster, createDatabase, type Cluster } from "./throwaway-cluster";

const loadSeconds = Number(process.env.FAULTS_SECONDS ?? 12);
const port = Number(process.env.FAULTS_PORT ?? 3711);
const pgPort = Number(process.env.FAULTS_PG_PORT ?? 5499);
const chosen = new Set(process.argv.slice(2).filter((arg) => /^[abc]$/.test(arg)));
const runs = (scenario: string) => chosen.size === 0 || chosen.has(scenario);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const broken: string[] = [];
function promise(ok: boolean, text: string): void {
  console.log(`  ${ok ? "✔" : "✗"} ${text}`);
  if (!ok) broken.push(text);
}
function printLoad(stats: LoadStats): void {
  console.log(
    `  load: ${stats.total} requests in ${stats.seconds.toFixed(1)} s; statuses ${[...stats.statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(" ")}; failed sockets ${stats.networkErrors}`,
  );
  for (const line of latencyTable(stats)) console.log(`    ${line}`);
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {}); // the database is stopped under it on purpose
  await client.connect();
  return client;
}

/** A signed-in person for the probes (a fresh session of their own). */
const probeClient = (server: AppServer, setup: Setup, n: number): Client => ({
  base: server.base,
  cookie: setup.members[n % setup.members.length]!.cookie,
  forwardedFor: `198.19.1.${n}`,
});

async function writesKept(sql: Sql, log: WriteLog, inFlightMayLand: boolean): Promise<string[]> {
  const check = await verifyWrites(sql, log);
  for (const line of check.lines) console.log(`    ${line}`);
  promise(
    check.broken.length === 0,
    `every acknowledged write stored exactly once (${check.acknowledged} acknowledged)${check.broken.length ? `: ${check.broken.slice(0, 5).join("; ")}` : ""}`,
  );
  if (inFlightMayLand)
    console.log(`    stored without an acknowledgement (in flight at the fault, never answered): ${check.strays.length}`);
  else
    promise(
      check.strays.length === 0,
      `nothing the app called unsaved was stored${check.strays.length ? `: ${check.strays.slice(0, 5).join("; ")}` : ""}`,
    );
  return check.strays;
}

async function consistent(sql: Sql, baseline: string[], what: string): Promise<void> {
  const problems = (await checkConsistency(sql)).filter((problem) => !baseline.includes(problem));
  promise(
    problems.length === 0,
    `${what}: every transaction all or nothing, unique constraints hold${problems.length ? ` — ${problems.join("; ")}` : ""}`,
  );
}

// ── a. PostgreSQL stopped during a load ──
async function databaseOutage(cluster: Cluster, url: string): Promise<void> {
  console.log("\n━━━ a. PostgreSQL stopped in the middle of a load, then started again ━━━");
  const sql = await connect(url);
  const setup = await prepareLoad(sql);
  const ballots = await openBallots(sql, setup);
  const baseline = await checkConsistency(sql);
  await sql.end();
  const server = startServer({ port, databaseUrl: url, quiet: true });
  try {
    await waitHealthy(server);
    const prober = probeClient(server, setup, 0);
    const registration = await loadForm(prober, "/en/organizations/new", "kind");
    if (!registration.form) throw new Error("the registration form did not load");

    const log = newWriteLog();
    const stats = newStats();
    const load = runLoad({ base: server.base, readers: 8, writers: 3, seconds: loadSeconds + 6, setup, ballots, log, stats });
    await sleep(Math.min(5000, loadSeconds * 400));
    const stoppedAt = Date.now();
    cluster.stop("fast");
    console.log(`  PostgreSQL stopped (fast shutdown) with ${stats.total} requests served so far`);

    // Signed in, so the pages are rendered for this person and not served from the page cache.
    for (const [page, locale] of [
      ["/en/account", "en"],
      ["/uk/needs", "uk"],
    ] as const) {
      const response = await fetch(server.base + page, { headers: { Cookie: prober.cookie, "X-Forwarded-For": prober.forwardedFor } });
      const html = await response.text();
      const csp = response.headers.get("content-security-policy") ?? "";
      console.log(
        `  GET ${page} while down → ${response.status}, Retry-After ${response.headers.get("retry-after")}, ${html.length} bytes`,
      );
      promise(response.status === 503, `${page} answers 503`);
      promise(response.headers.get("retry-after") === "5", `${page} says Retry-After: 5`);
      promise(
        new RegExp(`<html lang="${locale}"`).test(html) && !/<script|<link|src=/.test(html),
        `${page} is a self-contained page in ${locale}`,
      );
      promise(
        /default-src/.test(csp) && !/unsafe-inline'[^;]*script|script-src[^;]*unsafe-inline/.test(csp),
        `${page} carries a Content-Security-Policy`,
      );
    }
    const outageName = `${log.tag} organisation during the outage`;
    const fields: [string, string][] = [
      ["kind", "CIVIL_SOCIETY"],
      ["nameEn", outageName],
      ["country", "DE"],
      ["city", "Berlin"],
      ["locale", "en"],
    ];
    const scripted = await submitForm(prober, "/en/organizations/new", registration.form, fields, "script");
    console.log(
      `  the registration form's action (as its script sends it) while down → ${scripted.status}: ${scripted.body.match(/"serverError":"[A-Z_]+"/)?.[0] ?? scripted.body.slice(0, 120)}`,
    );
    promise(
      scripted.status === 200 && scripted.body.includes('"serverError":"DATABASE_UNAVAILABLE"'),
      "a server action answers DATABASE_UNAVAILABLE (the form says: briefly unavailable, nothing saved, try again)",
    );
    const plain = await submitForm(
      prober,
      "/en/organizations/new",
      registration.form,
      [...fields.filter(([n]) => n !== "nameEn"), ["nameEn", `${outageName} (no script)`]],
      "page",
    );
    console.log(
      `  the same form posted without JavaScript while down → ${plain.status}${plain.status === 503 ? " (the outage page)" : ""}`,
    );
    promise(
      plain.status === 503 || plain.body.includes("The service is briefly unavailable"),
      "a form posted without JavaScript is told to try again",
    );
    log.organizations.unacknowledged.add(outageName).add(`${outageName} (no script)`);
    const toldUnsaved = [outageName, `${outageName} (no script)`];

    await sleep(Math.max(0, 4000 - (Date.now() - stoppedAt)));
    cluster.start();
    const upAt = Date.now();
    let recovered = 0;
    for (;;) {
      const [page, health] = await Promise.all([
        fetch(server.base + "/en/account", { headers: { Cookie: prober.cookie, "X-Forwarded-For": prober.forwardedFor } }).then(
          (r) => r.status,
          () => 0,
        ),
        rawGet(port, "/api/health").catch(() => 0),
      ]);
      if (page === 200 && health === 200) {
        recovered = Date.now() - upAt;
        break;
      }
      if (Date.now() - upAt > 30_000) break;
      await sleep(100);
    }
    console.log(
      `  PostgreSQL was down ${((upAt - stoppedAt) / 1000).toFixed(1)} s; the app answered 200 again ${recovered ? `${(recovered / 1000).toFixed(2)} s` : "never (30 s)"} after it accepted connections`,
    );
    promise(
      recovered > 0 && recovered <= 5000,
      `the app recovers by itself within 5 s of the database's return (${(recovered / 1000).toFixed(2)} s)`,
    );

    await load;
    printLoad(stats);
    const after = await connect(url);
    const { rows } = await after.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    console.log(`  the app's pool holds ${rows[0]!.n} connection(s) after recovery (dead ones dropped, new ones opened)`);
    // A write that committed just before the stop and whose page then failed to render is stored
    // without an acknowledgement (its outage page says nothing was half-saved, which holds); the
    // forms answered "nothing was saved" must indeed have saved nothing.
    const strays = await writesKept(after, log, true);
    promise(
      !strays.some((stray) => toldUnsaved.some((name) => stray.includes(`"${name}"`))),
      'the forms told "nothing was saved" saved nothing',
    );
    await consistent(after, baseline, "after the outage");
    await after.end();
  } finally {
    await stopServer(server, "SIGTERM");
  }
}

// ── b. SIGKILL during writes ──
async function killDuringWrites(
  label: string,
  options: { url?: string; pgliteDir?: string },
  open: () => Promise<Sql & { close(): Promise<void> }>,
): Promise<void> {
  console.log(`\n━━━ b. the app killed (SIGKILL) during writes — ${label} ━━━`);
  let sql = await open();
  const setup = await prepareLoad(sql);
  const ballots = await openBallots(sql, setup);
  const baseline = await checkConsistency(sql);
  await sql.close(); // the embedded store allows one process: the server's
  let server = startServer({ port, databaseUrl: options.url, pgliteDir: options.pgliteDir, quiet: true });
  const log = newWriteLog();
  const stats = newStats();
  try {
    await waitHealthy(server);
    const load = runLoad({ base: server.base, readers: 2, writers: 6, seconds: loadSeconds, setup, ballots, log, stats });
    await sleep(Math.min(6000, loadSeconds * 500));
    const writesBefore = log.organizations.acknowledged.size + log.needs.acknowledged.size + log.votes.acknowledged.size;
    await stopServer(server, "SIGKILL");
    console.log(`  SIGKILL after ${writesBefore} acknowledged writes, with writers in flight`);
    await load;
    printLoad(stats);

    const began = Date.now();
    sql = await open();
    console.log(`  the database opened after the kill in ${Date.now() - began} ms, without manual repair`);
    await writesKept(sql, log, true);
    await consistent(sql, baseline, `after SIGKILL (${label})`);
    await sql.close();

    server = startServer({ port, databaseUrl: options.url, pgliteDir: options.pgliteDir, quiet: true });
    const restarted = Date.now();
    await waitHealthy(server);
    console.log(`  the app served again ${((Date.now() - restarted) / 1000).toFixed(1)} s after its restart`);
    const profile = [...log.organizations.acknowledged.values()][0];
    if (profile) {
      const prober = probeClient(server, setup, 1);
      const account = await fetch(`${server.base}/en/account`, {
        headers: { Cookie: prober.cookie, "X-Forwarded-For": prober.forwardedFor },
      });
      promise(account.status === 200, `pages answer after the restart (/en/account → ${account.status})`);
    }
  } finally {
    await stopServer(server, "SIGTERM");
  }
}

// ── c. SIGTERM with a request in flight ──
async function gracefulStop(
  label: string,
  options: { url?: string; pgliteDir?: string },
  holdRequest?: (sql: pg.Client) => Promise<() => Promise<void>>,
): Promise<void> {
  console.log(`\n━━━ c. SIGTERM with a request in flight — ${label} ━━━`);
  const serverStarted = new Date();
  const server = startServer({ port, databaseUrl: options.url, pgliteDir: options.pgliteDir, quiet: true });
  let locker: pg.Client | undefined;
  try {
    await waitHealthy(server);
    await rawGet(port, "/api/v1/communities.csv?q=a", { "X-Forwarded-For": "198.19.2.1" }); // warm: the slow part must be the hold, not a first compile
    let release: (() => Promise<void>) | undefined;
    if (holdRequest && options.url) {
      locker = await connect(options.url);
      release = await holdRequest(locker);
    }
    const began = Date.now();
    const inFlight = rawGet(port, "/api/v1/communities.csv", { "X-Forwarded-For": "198.19.2.2" }).then(
      (status) => ({ status, ms: Date.now() - began }),
      (error: Error) => ({ status: 0, ms: Date.now() - began, error: error.message }),
    );
    await sleep(release ? 500 : 30);
    const signalled = Date.now();
    process.kill(-server.child.pid!, "SIGTERM");
    // The signal is handled once the event loop is free (the embedded store may be mid-query).
    for (let i = 0; i < 100 && !/finishing requests in flight/.test(server.output()); i++) await sleep(50);
    console.log(`  the server took up the signal after ${Date.now() - signalled} ms`);
    const fresh = await rawGet(port, "/api/health").then(
      (status) => `answered ${status}`,
      (error: NodeJS.ErrnoException) => error.code ?? error.message,
    );
    promise(fresh === "ECONNREFUSED", `a new connection after SIGTERM is refused (${fresh})`);
    if (release) {
      await sleep(1200);
      await release();
    }
    const done = await inFlight;
    promise(
      done.status === 200,
      `the request in flight at SIGTERM completes with 200 (${done.status}, ${done.ms} ms, ${Date.now() - signalled < done.ms ? "" : "finished "}after the signal)`,
    );
    const exit = await server.exited;
    const closed = /database closed/.test(server.output());
    promise(exit.code === 0, `the server exits 0 (${exit.code ?? exit.signal})`);
    promise(closed, `the database was closed on the way out ("${server.output().match(/› database [a-z ]+/)?.[0] ?? "no close logged"}")`);
    if (options.url) {
      await locker?.end().catch(() => {});
      locker = undefined;
      const check = await connect(options.url);
      // A backend leaves pg_stat_activity a moment after its client said goodbye.
      let left: { n: number; who: string | null } = { n: -1, who: null };
      for (let i = 0; i < 20 && left.n !== 0; i++, await sleep(100)) {
        const { rows } = await check.query<{ n: number; who: string | null }>(
          `SELECT count(*)::int AS n, string_agg(coalesce(application_name, '') || ':' || coalesce(state, '') || ':' || left(coalesce(query, ''), 40), ' | ') AS who
           FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_start >= $1`,
          [serverStarted],
        );
        left = rows[0]!;
      }
      promise(left.n === 0, `no connection of the app is left open on PostgreSQL (${left.n}${left.who ? `: ${left.who}` : ""})`);
      await check.end();
    }
    if (options.pgliteDir) {
      promise(!existsSync(`${options.pgliteDir}.lock`), "the embedded store's lock file was removed (closed, not abandoned)");
      const reopened = await openEmbeddedDatabase(options.pgliteDir);
      const { rows } = await reopened.pglite.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Organization"`);
      await reopened.close();
      promise(rows[0]!.n > 0, `the embedded store opens cleanly afterwards (${rows[0]!.n} organisations)`);
    }
  } finally {
    await locker?.end().catch(() => {});
    await stopServer(server, "SIGKILL");
  }
}

const started = Date.now();
let cluster: Cluster | undefined;
const scratch = mkdtempSync(path.join(tmpdir(), "atlas-faults-"));
try {
  ensureBuild();
  if (runs("a") || runs("b") || runs("c")) {
    cluster = createCluster(pgPort);
    const url = await createDatabase(cluster, "atlas_faults");
    process.env.DATABASE_URL = url;
    await prepareDatabase({ demo: true, log: (line) => console.log(`› ${line}`) });
    delete process.env.DATABASE_URL;
    const openPg = async () => {
      const client = await connect(url);
      return Object.assign(client as unknown as Sql, { close: () => client.end() });
    };
    if (runs("a")) await databaseOutage(cluster, url);
    if (runs("b")) await killDuringWrites("PostgreSQL", { url }, openPg);
    if (runs("c")) {
      // The in-flight request waits on a lock this script holds, so it is surely in flight at the signal.
      await gracefulStop("PostgreSQL", { url }, async (locker) => {
        await locker.query(`BEGIN; LOCK TABLE "Community", "SearchDocument", "SearchFacet", "SearchText" IN ACCESS EXCLUSIVE MODE`);
        return async () => void (await locker.query("COMMIT"));
      });
    }
  }
  if (runs("b") || runs("c")) {
    const pgliteDir = path.join(scratch, "pglite");
    const previous = process.env.PGLITE_DIR;
    process.env.PGLITE_DIR = pgliteDir;
    delete process.env.DATABASE_URL;
    await prepareDatabase({ demo: true, log: (line) => console.log(`› ${line}`) });
    if (previous === undefined) delete process.env.PGLITE_DIR;
    else process.env.PGLITE_DIR = previous;
    const openEmbedded = async () => {
      const database = await openEmbeddedDatabase(pgliteDir);
      const sql: Sql = {
        query: async (text, params) => ({ rows: (await database.pglite.query(text, params as unknown[])).rows as never[] }),
      };
      return Object.assign(sql, { close: () => database.close() });
    };
    if (runs("b")) await killDuringWrites("embedded store (PGlite)", { pgliteDir }, openEmbedded);
    if (runs("c")) await gracefulStop("embedded store (PGlite)", { pgliteDir });
  }
} finally {
  cluster?.destroy();
  rmSync(scratch, { recursive: true, force: true });
}
console.log(
  `\n${broken.length ? `✗ ${broken.length} broken promise(s):\n  ${broken.join("\n  ")}` : "✔ every promise kept"} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
);
process.exit(broken.length ? 1 : 0);
