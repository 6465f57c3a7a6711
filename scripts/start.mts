// npm start — the one command that takes a fresh clone to a running app:
// 1. builds the production bundle when the sources changed since the last build,
// 2. applies pending migrations (embedded PGlite by default, PostgreSQL with DATABASE_URL),
// 3. seeds the official communities into an empty database, and the demo content on the
//    embedded store (SEED_DEMO=true asks for it on PostgreSQL too),
// 4. serves with scripts/serve.mts (Next.js behind our security layer) on PORT (default 3000).
// Steps 2–3 run in a child process that closes the database before the server opens it:
// only one process may hold the embedded store (lib/db/directory-lock.ts).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { readEnv } from "../lib/env";
import { buildIsCurrent, recordBuildFingerprint } from "./build-fingerprint";

ensureAuthSecret();
offerDemoSignInOnTheEmbeddedDemo();
const env = readEnv();
const bin = (name: string) => `node_modules/.bin/${name}`;
const started = Date.now();

if (!existsSync("generated/prisma/client.ts")) {
  run(bin("prisma"), ["generate"], { PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true" });
}

if (!buildIsCurrent()) {
  console.log("› building the app (first start, or the sources changed) …");
  run(bin("next"), ["build"]);
  recordBuildFingerprint();
}

run(bin("tsx"), ["scripts/db/prepare-cli.mts"]);

console.log(`› ready to serve after ${((Date.now() - started) / 1000).toFixed(1)} s; starting the server on port ${env.PORT}`);
// tsx as a loader in one process, not the tsx CLI: the CLI relays a signal to its child and, when
// the child's event loop is busy (the embedded store runs queries synchronously), sends it again
// and then SIGKILL — a stop in the middle of a request would abandon the store (issue 21).
const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.mts"], {
  stdio: "inherit",
  env: childEnv({ NODE_ENV: "production" }),
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

/** next-auth signs sessions with AUTH_SECRET; a fresh machine gets one, kept in .data/. */
function ensureAuthSecret(): void {
  if (process.env.AUTH_SECRET) return;
  const file = ".data/auth-secret";
  if (!existsSync(file)) {
    mkdirSync(".data", { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

/**
 * The zero-install demo (embedded database, no mail server) is only useful if one can sign in:
 * unless DEMO_SIGN_IN is set either way, switch it on there. It works only while the origin is
 * this machine and only for requests from this machine (lib/auth/demo-sign-in.ts); the server's
 * start log says whether it is on. With DATABASE_URL it stays off unless set explicitly.
 */
function offerDemoSignInOnTheEmbeddedDemo(): void {
  if (process.env.DEMO_SIGN_IN === undefined && !process.env.DATABASE_URL) process.env.DEMO_SIGN_IN = "true";
  if (["1", "true", "yes"].includes(process.env.DEMO_SIGN_IN ?? "")) {
    console.warn(
      "⚠ DEMO_SIGN_IN is on: on this machine anyone can sign in as the demo accounts, and without EMAIL_SERVER sign-in links are shown at /outbox. Never use this for real people.",
    );
  }
}

function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

function run(command: string, args: string[], extra: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { stdio: "inherit", env: childEnv(extra) });
  if (result.status !== 0) {
    console.error(`✗ ${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}
