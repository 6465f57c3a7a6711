// What the test steps need from the machine, provisioned when missing: a PostgreSQL server
// (installed on our machines, maybe stopped), Debian's Chromium (never a downloaded browser),
// Debian's redis-server (the rate-limit tests start their own on a spare port) and Debian's
// postgresql-client (pg_dump and pg_restore, for the backup tests).
import { execSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import pg from "pg";

export const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function ensurePostgres(): Promise<void> {
  if (await canConnect(adminUrl)) return;
  const versions = existsSync("/etc/postgresql") ? readdirSync("/etc/postgresql") : [];
  if (versions.length === 0) {
    throw new Error(
      `No PostgreSQL answers at ${adminUrl} and none is installed here. Install it (apt-get install -y postgresql) ` +
        `or point TEST_DATABASE_ADMIN_URL at a server where we may create databases.`,
    );
  }
  console.log(`› starting PostgreSQL ${versions.at(-1)} …`);
  execSync(`pg_ctlcluster --skip-systemctl-redirect ${versions.at(-1)} main start`, { stdio: "inherit" });
  for (let i = 0; i < 30; i++) {
    if (await canConnect(adminUrl)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`PostgreSQL did not come up at ${adminUrl}`);
}

/** Creates an empty database for one test run and returns its URL and a function to drop it. */
export async function createTestDatabase(
  prefix: string,
): Promise<{ url: string; name: string; drop(): Promise<void>; disconnectAll(): Promise<void> }> {
  await ensurePostgres();
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const withAdmin = async (sql: string, params: unknown[] = []) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql, params);
    } finally {
      await client.end();
    }
  };
  return {
    url: url.toString(),
    name,
    disconnectAll: () =>
      withAdmin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]),
    drop: () => withAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function aptInstall(pkg: string, hint: string): void {
  console.log(`› installing Debian's ${pkg} (apt-get) …`);
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  for (const args of [
    ["apt-get", "update", "-qq"],
    ["apt-get", "install", "-y", "-qq", pkg],
  ]) {
    const cmd = [...sudo, ...args];
    const result = spawnSync(cmd[0]!, cmd.slice(1), { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (result.status !== 0) throw new Error(`${cmd.join(" ")} failed; ${hint}`);
  }
}

export function ensureChromium(): void {
  if (existsSync(chromiumPath)) return;
  aptInstall("chromium", "install chromium yourself or set CHROMIUM_PATH");
  if (!existsSync(chromiumPath)) throw new Error(`chromium is still missing at ${chromiumPath}`);
}

const onPath = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;

/** The integration tests need the redis-server program (not a running service). */
export function ensureRedis(): void {
  if (onPath("redis-server")) return;
  aptInstall("redis-server", "install redis-server yourself");
  if (!onPath("redis-server")) throw new Error("redis-server is still missing from PATH");
}

/** pg_dump and pg_restore (npm run db:backup / db:restore on PostgreSQL, and their tests). */
export function ensurePostgresClient(): void {
  const installed = () => {
    const debian = existsSync("/usr/lib/postgresql") ? readdirSync("/usr/lib/postgresql") : [];
    const inDebianDir = debian.some((v) => ["pg_dump", "pg_restore"].every((tool) => existsSync(`/usr/lib/postgresql/${v}/bin/${tool}`)));
    return inDebianDir || (onPath("pg_dump") && onPath("pg_restore"));
  };
  if (installed()) return;
  aptInstall("postgresql-client", "install postgresql-client yourself (pg_dump and pg_restore)");
  if (!installed()) throw new Error("pg_dump and pg_restore are still missing after installing postgresql-client");
}
