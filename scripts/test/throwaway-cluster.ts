// A PostgreSQL cluster of the fault script's own, in a temporary directory, so stopping the
// database in the middle of a load never touches the machine's main cluster (nor other test runs
// on it). Same server version and contrib extensions (pg_trgm, unaccent) as the main one.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

function binDir(): string {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR;
  const versions = existsSync("/usr/lib/postgresql") ? readdirSync("/usr/lib/postgresql").sort((a, b) => Number(a) - Number(b)) : [];
  if (!versions.length) throw new Error("no PostgreSQL server binaries under /usr/lib/postgresql (set PG_BIN_DIR)");
  return `/usr/lib/postgresql/${versions.at(-1)}/bin`;
}

export interface Cluster {
  port: number;
  adminUrl: string;
  stop(mode?: "fast" | "immediate"): void;
  start(): void;
  destroy(): void;
}

export function createCluster(port: number): Cluster {
  const bin = binDir();
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-faults-pg-"));
  const data = path.join(dir, "data");
  // initdb refuses to run as root: the cluster belongs to the postgres account, as the main one does.
  const asRoot = process.getuid?.() === 0;
  const uid = asRoot ? Number(execFileSync("id", ["-u", "postgres"]).toString().trim()) : undefined;
  const gid = asRoot ? Number(execFileSync("id", ["-g", "postgres"]).toString().trim()) : undefined;
  if (asRoot) chownSync(dir, uid!, gid!);
  const run = (program: string, args: string[]) =>
    execFileSync(asRoot ? "runuser" : path.join(bin, program), asRoot ? ["-u", "postgres", "--", path.join(bin, program), ...args] : args, {
      stdio: ["ignore", "pipe", "pipe"],
    });
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=60`;
  const cluster: Cluster = {
    port,
    adminUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start: () => void run("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "-t", "30", "start"]),
    stop: (mode = "fast") => void run("pg_ctl", ["-D", data, "-m", mode, "-w", "-t", "30", "stop"]),
    destroy: () => {
      try {
        cluster.stop("immediate");
      } catch {
        // not running
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  cluster.start();
  return cluster;
}

export async function createDatabase(cluster: Cluster, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return `postgresql://postgres@127.0.0.1:${cluster.port}/${name}`;
}
