// The production server as the load and fault scripts drive it: the build (reused when the
// sources have not changed), scripts/serve.mts in its own process group (so a SIGKILL reaches
// everything it started), health polling, and stopping with a chosen signal.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { request as httpRequest } from "node:http";
import { buildIsCurrent, recordBuildFingerprint } from "../build-fingerprint";

export function ensureBuild(): void {
  if (buildIsCurrent()) return;
  console.log("› building the app (sources changed since the last build) …");
  const build = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error("next build failed");
  recordBuildFingerprint();
}

export interface AppServer {
  child: ChildProcess;
  base: string;
  port: number;
  /** Everything the server printed, for assertions on its shutdown log. */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const secret = randomBytes(32).toString("base64url");

/** DATABASE_URL unset: the embedded store in pgliteDir. Demo sign-in on; one trusted proxy hop,
 *  so each simulated client is told apart by its X-Forwarded-For, as behind a real proxy. */
export function startServer(options: {
  port: number;
  databaseUrl?: string;
  pgliteDir?: string;
  quiet?: boolean;
  /** The site's origin when it is not this server's own port (several instances behind a proxy). */
  origin?: string;
}): AppServer {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(options.port),
    AUTH_URL: options.origin ?? `http://localhost:${options.port}`,
    AUTH_SECRET: secret,
    DEMO_SIGN_IN: "true",
    TRUSTED_PROXY_HOPS: "1",
  };
  delete env.DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  if (options.pgliteDir) env.PGLITE_DIR = options.pgliteDir;
  // As npm start runs it (scripts/start.mts): one process, so a signal reaches the server itself.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.mts"], {
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keep = (chunk: Buffer) => {
    log += chunk.toString();
    if (log.length > 2_000_000) log = log.slice(-1_000_000);
    if (!options.quiet) process.stdout.write(chunk.toString().replace(/^(?=.)/gm, "  │ "));
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, base: `http://localhost:${options.port}`, port: options.port, output: () => log, exited };
}

export async function waitHealthy(server: AppServer, seconds = 120): Promise<void> {
  for (let i = 0; i < seconds * 4; i++) {
    if (server.child.exitCode !== null)
      throw new Error(`the server exited early (${server.child.exitCode}):\n${server.output().slice(-3000)}`);
    if ((await rawGet(server.port, "/api/health").catch(() => 0)) === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not become healthy:\n${server.output().slice(-3000)}`);
}

/** Signals the whole process group and waits for the server to exit. */
export async function stopServer(
  server: AppServer,
  signal: NodeJS.Signals = "SIGTERM",
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (server.child.exitCode === null && server.child.signalCode === null) {
    try {
      process.kill(-server.child.pid!, signal);
    } catch {
      // already gone
    }
  }
  const result = await server.exited;
  // next-server children of the group, if any, go with it.
  try {
    process.kill(-server.child.pid!, "SIGKILL");
  } catch {
    // nothing left
  }
  return result;
}

/** A GET on a new connection of its own (no keep-alive pool): its status, or a thrown socket error. */
export function rawGet(port: number, path: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, agent: false, headers: { Host: `localhost:${port}`, ...headers } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.setTimeout(30_000, () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end();
  });
}
