// npm run test:instances — two app instances on one PostgreSQL (and one Redis) behind a small
// round-robin proxy, as several machines behind a load balancer (docs/scaling.md). Checks, once
// with REDIS_URL (Redis pub/sub and Redis counters) and once without (PostgreSQL LISTEN/NOTIFY
// and counters in the database):
//  1. a visitor's directory search answered by instance B is cached there (a HIT);
//  2. a moderator approves a pending organisation through instance A (the admin page's own form,
//     over HTTP); B's very next answer to the same search shows it;
//  3. the export limit (30 a minute per address) spent on A refuses the next request on B;
//  4. both instances stop cleanly on SIGTERM (the broadcast's connections closed with the database).
// Uses the existing production build (.next), rebuilt only when the sources changed
// (INSTANCES_REUSE_BUILD=1: use it as it is). INSTANCES_MODES=redis,postgres picks the runs.
// Ports: 3461 (proxy), 3462 (A), 3463 (B).
import { execSync, spawnSync } from "node:child_process";
import { createServer, request as httpRequest, Agent } from "node:http";
import pg from "pg";
import { prepareDatabase } from "../db/prepare";
import { readForm, submitForm, type Client } from "./action-form";
import { ensureBuild, startServer, stopServer, waitHealthy, type AppServer } from "./app-server";
import { signInDemoPeople } from "./demo-sessions";
import { createTestDatabase, ensureRedis } from "./provision";

const PROXY_PORT = 3461;
const PORTS = { A: 3462, B: 3463 } as const;
type Name = keyof typeof PORTS;
const origin = `http://localhost:${PROXY_PORT}`;
const redisUrl = "redis://127.0.0.1:6379";
const modes = (process.env.INSTANCES_MODES ?? "redis,postgres").split(",").map((mode) => mode.trim()) as ("redis" | "postgres")[];

let failures = 0;
function check(ok: boolean, what: string, detail = ""): void {
  console.log(`  ${ok ? "✔" : "✗"} ${what}${detail ? ` — ${detail}` : ""}`);
  if (!ok) failures++;
}

/** The machine's Redis at 127.0.0.1:6379, started (without persistence) when it does not answer. */
function ensureRedisRunning(): void {
  const ping = () => spawnSync("redis-cli", ["-h", "127.0.0.1", "-p", "6379", "ping"], { encoding: "utf8" }).stdout?.trim() === "PONG";
  if (ping()) return;
  ensureRedis();
  console.log("› starting redis-server on 127.0.0.1:6379 …");
  execSync(`redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no`, { stdio: "inherit" });
  for (let i = 0; i < 40 && !ping(); i++) execSync("sleep 0.25");
  if (!ping()) throw new Error("redis-server did not answer on 127.0.0.1:6379");
}

/** The load balancer: round robin over the instances, or the one a sticky cookie (lb=A) or the
 *  X-Test-Instance header names; it passes the Host on and tells which instance answered (X-Served-By). X-Forwarded-For stays
 *  as the test set it: the client address a real balancer would have appended. */
function startProxy(): Promise<{ close(): Promise<void>; served: Record<Name, number> }> {
  const agent = new Agent({ keepAlive: true });
  const served: Record<Name, number> = { A: 0, B: 0 };
  let turn = 0;
  const server = createServer((request, response) => {
    const pinned = request.headers["x-test-instance"] ?? /(?:^|;\s*)lb=([AB])/.exec(request.headers.cookie ?? "")?.[1];
    const name: Name = pinned === "A" || pinned === "B" ? pinned : turn++ % 2 === 0 ? "A" : "B";
    served[name]++;
    const headers = { ...request.headers };
    delete headers["x-test-instance"];
    headers["x-forwarded-for"] ??= request.socket.remoteAddress ?? "127.0.0.1";
    const upstream = httpRequest(
      { host: "127.0.0.1", port: PORTS[name], method: request.method, path: request.url, headers, agent },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, { ...answer.headers, "x-served-by": name });
        answer.pipe(response);
      },
    );
    upstream.on("error", () => (response.headersSent ? response.destroy() : response.writeHead(502).end()));
    request.pipe(upstream);
  });
  return new Promise((resolve) =>
    server.listen(PROXY_PORT, "127.0.0.1", () =>
      resolve({
        served,
        close: () =>
          new Promise<void>((done) => {
            agent.destroy();
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    ),
  );
}

/** A GET through the proxy, to the named instance or (null) whichever's turn it is. */
async function get(path: string, instance: Name | null, address: string, cookie = "") {
  const response = await fetch(origin + path, {
    headers: { ...(instance ? { "X-Test-Instance": instance } : {}), "X-Forwarded-For": address, ...(cookie ? { Cookie: cookie } : {}) },
    redirect: "manual",
  });
  return {
    status: response.status,
    cache: response.headers.get("x-nextjs-cache"),
    cacheControl: response.headers.get("cache-control"),
    servedBy: response.headers.get("x-served-by"),
    body: await response.text(),
  };
}

async function runMode(mode: "redis" | "postgres", databaseUrl: string, sql: pg.Client, round: number): Promise<void> {
  console.log(
    `\n━━ ${mode === "redis" ? "with REDIS_URL (Redis pub/sub, counters in Redis)" : "without REDIS_URL (PostgreSQL LISTEN/NOTIFY, counters in PostgreSQL)"} ━━`,
  );
  if (mode === "redis") process.env.REDIS_URL = redisUrl;
  else delete process.env.REDIS_URL;
  const servers: Partial<Record<Name, AppServer>> = {};
  const proxy = await startProxy();
  try {
    for (const name of ["A", "B"] as const) servers[name] = startServer({ port: PORTS[name], databaseUrl, origin, quiet: true });
    await Promise.all([waitHealthy(servers.A!), waitHealthy(servers.B!)]);
    // A request each, so instrumentation (and with it the broadcast) has surely run.
    await Promise.all([get("/en", "A", "198.51.100.1"), get("/en", "B", "198.51.100.1")]);
    const transport = mode === "redis" ? "Redis" : "PostgreSQL NOTIFY";
    for (const name of ["A", "B"] as const)
      check(
        servers[name]!.output().includes(`shared with other instances through ${transport}`),
        `instance ${name} shares listings changes through ${transport}`,
      );

    // A pending organisation (each run its own), and a search that will find it once approved.
    const { rows } = await sql.query<{ id: string; slug: string; name: string }>(
      `SELECT id, slug, COALESCE(name->>'en', name->>'uk') AS name FROM "Organization" WHERE status = 'PENDING' ORDER BY slug LIMIT 1`,
    );
    const pending = rows[0];
    if (!pending) throw new Error("no pending organisation left in the demo content");
    const search = `/en/organizations?q=${encodeURIComponent(pending.name)}`;
    const visitor = `198.51.100.${10 + round}`;
    const link = `/organizations/${pending.slug}`;

    const first = await get(search, "B", visitor);
    const second = await get(search, "B", visitor);
    check(first.status === 200 && !first.body.includes(link), "B: the search does not list the pending organisation", `"${pending.name}"`);
    check(
      second.cache === "HIT",
      "B: the same search again is served from B's page cache",
      `x-nextjs-cache: ${first.cache ?? "-"} then ${second.cache ?? "-"}; Cache-Control: ${second.cacheControl ?? "-"}`,
    );

    // The moderator approves it through A, with the admin page's own form.
    const [moderator] = await signInDemoPeople(sql, ["moderator@demo.example"]);
    const client: Client = { base: origin, cookie: `${moderator!.cookie}; lb=A`, forwardedFor: "198.51.100.200" };
    const admin = await get("/en/admin?queue=listings", "A", client.forwardedFor, client.cookie);
    const formHtml = (admin.body.match(/<form[\s\S]*?<\/form>/g) ?? []).find((form) => form.includes(`value="${pending.id}"`));
    const form = formHtml ? readForm(formHtml, "ids") : null;
    if (!form) throw new Error(`no decision form for ${pending.id} on A's admin page (status ${admin.status})`);
    const decided = await submitForm(client, "/en/admin?queue=listings", form, [["decision", "approve"]], "page");
    const { rows: after } = await sql.query<{ status: string }>(`SELECT status FROM "Organization" WHERE id = $1`, [pending.id]);
    if (process.env.INSTANCES_DEBUG) console.log(decided.body.slice(0, 2000), form.hidden);
    check(
      decided.status === 200 && after[0]?.status === "PUBLISHED",
      "A: the moderator's approval is stored",
      `HTTP ${decided.status}, status ${after[0]?.status}`,
    );

    const began = performance.now();
    const next = await get(search, "B", visitor);
    const lag = Math.round(performance.now() - began);
    check(
      next.body.includes(link),
      "B: its very next answer to the search lists the organisation",
      `x-nextjs-cache: ${next.cache ?? "-"}; ${lag} ms, asked as soon as A had answered the approval`,
    );
    // Two visitors' turns through the balancer: one lands on each instance.
    const other = search.replace("q=", "sort=name&q=");
    const turns = [await get(other, null, visitor), await get(other, null, visitor)];
    check(
      turns.every((answer) => answer.body.includes(link)) && new Set(turns.map((answer) => answer.servedBy)).size === 2,
      "round robin: A and B both list it for a search neither had cached",
      turns.map((answer) => `${answer.servedBy} ${answer.status}`).join(", "),
    );

    // The export limit (30 a minute per address): spent on A until A refuses; then B must refuse too.
    // First one request on each instance from another address, so both have their store's
    // connection open (see "what is left" in docs/scaling.md).
    await Promise.all([get("/api/v1/organizations.csv", "A", "198.18.255.1"), get("/api/v1/organizations.csv", "B", "198.18.255.2")]);
    const address = `198.18.${round}.${Math.floor(Math.random() * 250) + 1}`;
    let allowedOnA = 0;
    while (allowedOnA < 200 && (await get("/api/v1/organizations.csv", "A", address)).status === 200) allowedOnA++;
    const onB = await get("/api/v1/organizations.csv", "B", address);
    const otherAddressOnB = await get("/api/v1/organizations.csv", "B", `198.18.${round}.251`);
    check(allowedOnA === 30, "A: exports from one address allowed up to the budget, then refused", `${allowedOnA} × 200, then 429`);
    check(onB.status === 429, "B: the next export from that address is refused too", `HTTP ${onB.status}`);
    check(otherAddressOnB.status === 200, "B: another address still may export", `HTTP ${otherAddressOnB.status}`);
    console.log(`  (the proxy sent ${proxy.served.A} requests to A and ${proxy.served.B} to B)`);
  } finally {
    for (const name of ["A", "B"] as const) {
      const server = servers[name];
      if (!server) continue;
      const began = performance.now();
      const exit = await stopServer(server);
      check(
        exit.code === 0,
        `instance ${name} stops cleanly on SIGTERM`,
        `exit ${exit.code ?? exit.signal} in ${Math.round(performance.now() - began)} ms`,
      );
      if (exit.code !== 0) console.log(server.output().slice(-3000));
    }
    await proxy.close();
  }
}

const database = await createTestDatabase("atlas_instances");
const sql = new pg.Client({ connectionString: database.url });
const keepRedisUrl = process.env.REDIS_URL;
try {
  process.env.DATABASE_URL = database.url;
  await prepareDatabase({ demo: true, log: (line) => console.log(`› ${line}`) });
  delete process.env.DATABASE_URL;
  if (process.env.INSTANCES_REUSE_BUILD !== "1") ensureBuild();
  if (modes.includes("redis")) ensureRedisRunning();
  await sql.connect();
  for (const [round, mode] of modes.entries()) await runMode(mode, database.url, sql, round);
} catch (error) {
  console.log(`✗ ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  failures++;
} finally {
  if (keepRedisUrl === undefined) delete process.env.REDIS_URL;
  else process.env.REDIS_URL = keepRedisUrl;
  await sql.end().catch(() => undefined);
  await database.drop();
}
console.log(failures === 0 ? "\nTwo instances: every check passed." : `\nTwo instances: ${failures} check(s) failed.`);
process.exit(failures === 0 ? 0 : 1);
