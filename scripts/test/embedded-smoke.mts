// Embedded-mode smoke test of npm test: `npm start` with no DATABASE_URL on a new data
// directory must migrate, seed and serve; every record must survive a clean stop and a SIGKILL.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import assert from "node:assert/strict";
import { openEmbeddedDatabase } from "../../lib/db/embedded";

const port = Number(process.env.SMOKE_PORT ?? 3471);
// The demo's one origin is 127.0.0.1 (other loopback names are sent there).
const base = `http://127.0.0.1:${port}`;
const dir = mkdtempSync(path.join(tmpdir(), "atlas-smoke-"));
const dataDir = path.join(dir, "pglite");
const tables = ["Organization", "Community", "Need", "Partnership", "Event", "Announcement", "Poll", "User", "AuditLog"];

function start(): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), PGLITE_DIR: dataDir };
  delete env.DATABASE_URL;
  // Its own process group, so a kill reaches next-server too.
  const child = spawn("node_modules/.bin/tsx", ["scripts/start.mts"], { env, detached: true, stdio: ["ignore", "inherit", "inherit"] });
  return child;
}

async function waitHealthy(child: ChildProcess, seconds = 300): Promise<Record<string, unknown>> {
  for (let i = 0; i < seconds * 2; i++) {
    if (child.exitCode !== null) throw new Error(`npm start exited early with ${child.exitCode}`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.status === 200) return (await response.json()) as Record<string, unknown>;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the app did not become healthy");
}

async function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid!, signal);
  await exited;
  await new Promise((resolve) => setTimeout(resolve, 500)); // let next-server's group go too
}

/** The status of a GET sent with a Host of our choosing (fetch will not forge one). */
function rawStatus(path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, headers: { Host: host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
}

async function countRows(): Promise<Record<string, number>> {
  const database = await openEmbeddedDatabase(dataDir);
  try {
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const { rows } = await database.pglite.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
      counts[table] = rows[0]!.n;
    }
    return counts;
  } finally {
    await database.close();
  }
}

let child: ChildProcess | undefined;
try {
  const began = Date.now();
  child = start();
  const health = await waitHealthy(child);
  console.log(`› first start healthy after ${((Date.now() - began) / 1000).toFixed(1)} s`, JSON.stringify(health.database));
  assert.equal((health.database as { mode: string }).mode, "embedded");
  for (const page of ["/en", "/uk", "/en/organizations", "/uk/communities"]) {
    const response = await fetch(`${base}${page}`);
    assert.equal(response.status, 200, `${page} answered ${response.status}`);
  }
  const home = await (await fetch(`${base}/en`)).text();
  assert.match(home, /Diaspora Atlas/);
  // The zero-install demo must let a new user in: demo accounts are offered on the sign-in page.
  const signIn = await (await fetch(`${base}/en/sign-in`)).text();
  assert.match(signIn, /Sign in as .*\(moderator\)/, "demo sign-in is offered on the embedded demo");
  // …and only to this machine: a request naming another host gets no page (issue 14).
  const forged = await rawStatus("/en/sign-in", "evil.example");
  assert.equal(forged, 421, `a forged Host answered ${forged}`);
  // Pages rendered per request carry a nonce; home, from the page cache, hashes of its scripts.
  const policy = (await fetch(`${base}/en/sign-in`)).headers.get("content-security-policy") ?? "";
  assert.match(policy, /script-src 'self' 'nonce-/, "pages carry a nonce Content-Security-Policy");
  const cachedPolicy = (await fetch(`${base}/en`)).headers.get("content-security-policy") ?? "";
  assert.match(cachedPolicy, /script-src 'self' 'sha256-[^']+'/, "cached pages carry a hash Content-Security-Policy");
  // A visitor's page comes from its cached copy in place, never by a redirect to the copy's
  // internal path (on 127.0.0.1 Next once took that rewrite for an external one), and the copy's
  // path asked for directly is refused.
  for (const page of ["/en/events", "/en/organizations"]) {
    await fetch(`${base}${page}`);
    const again = await fetch(`${base}${page}`, { redirect: "manual" });
    assert.equal(again.status, 200, `${page} answered ${again.status} ${again.headers.get("location") ?? ""}`);
    assert.equal(again.headers.get("x-nextjs-cache"), "HIT", `${page} came from the page cache`);
  }
  const direct = await fetch(`${base}/en/cached/page/0./events`, { redirect: "manual" });
  assert.equal(direct.status, 404, `a cached copy's own path answered ${direct.status}`);
  const cachedScripts = /script-src [^;]*/.exec(cachedPolicy)?.[0] ?? "";
  assert.doesNotMatch(cachedScripts, /unsafe-inline|'nonce-/, "a cached page's policy names no nonce and allows no inline script");
  await stop(child, "SIGTERM");

  const before = await countRows();
  console.log("› rows after a clean stop:", JSON.stringify(before));
  assert.ok(before.Organization! >= 150 && before.Community! >= 1772, "the first start seeded the embedded store");

  // A record written between runs must be served by the next run, and survive a SIGKILL.
  const database = await openEmbeddedDatabase(dataDir);
  await database.pglite.query(
    `INSERT INTO "Organization" (id, slug, kind, name, country, city, lat, lng, "publicLat", "publicLng", status, "updatedAt")
     VALUES ('smoke-marker', 'smoke-marker', 'CIVIL_SOCIETY', '{"en":"Smoke Marker Society","uk":"Товариство перевірки"}',
             'DE', 'Berlin', 52.52, 13.405, 52.52, 13.405, 'PUBLISHED', now())`,
  );
  await database.close();

  child = start();
  await waitHealthy(child);
  const profile = await fetch(`${base}/en/organizations/smoke-marker`);
  assert.equal(profile.status, 200, "the record written between runs is served");
  assert.match(await profile.text(), /Smoke Marker Society/);
  await stop(child, "SIGKILL");
  child = undefined;

  const after = await countRows();
  assert.deepEqual(after, { ...before, Organization: before.Organization! + 1 }, "every record survived a restart and a SIGKILL");
  console.log("✔ embedded mode: seeded on first start, records kept across a clean stop and a SIGKILL");
} finally {
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  rmSync(dir, { recursive: true, force: true });
}
