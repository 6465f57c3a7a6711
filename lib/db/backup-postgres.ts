// PostgreSQL backups: pg_dump's custom format (one consistent snapshot: pg_dump reads in one
// repeatable-read transaction, so the app may keep running) and pg_restore into an empty database,
// with the client tools of Debian's postgresql-client (/usr/lib/postgresql/<major>/bin).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { BackupFailedError, BackupRefusedError, writeBackupFile } from "./backup-file";

// ─── the client tools ──────────────────────────────────────────────────────────────────────

export interface PgTool {
  path: string;
  major: number;
  version: string;
}

export type PgToolName = "pg_dump" | "pg_restore";

/** "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)" → { major: 15, version: "15.20" } */
export function parseToolVersion(output: string): { major: number; version: string } | undefined {
  const match = /\(PostgreSQL\)\s+((\d+)(?:\.\d+)*)/.exec(output);
  return match ? { major: Number(match[2]), version: match[1]! } : undefined;
}

function toolVersion(file: string): PgTool | undefined {
  const result = spawnSync(file, ["--version"], { encoding: "utf8", timeout: 10_000 });
  const parsed = result.status === 0 ? parseToolVersion(result.stdout) : undefined;
  return parsed && { path: file, ...parsed };
}

export const debianPgRoot = "/usr/lib/postgresql";

/**
 * Every installed copy of a client tool: Debian's versioned ones (/usr/lib/postgresql/<major>/bin,
 * preferred: /usr/bin/pg_dump is a wrapper that may pick another version) first, then the one
 * on PATH (other systems).
 */
export function findPgTools(name: PgToolName): PgTool[] {
  const tools: PgTool[] = [];
  const majors = existsSync(debianPgRoot) ? readdirSync(debianPgRoot).filter((entry) => /^\d+$/.test(entry)) : [];
  for (const major of majors) {
    const file = path.join(debianPgRoot, major, "bin", name);
    const tool = existsSync(file) ? toolVersion(file) : undefined;
    if (tool) tools.push(tool);
  }
  const onPath = toolVersion(name);
  if (onPath && !tools.some((tool) => tool.major === onPath.major)) tools.push(onPath);
  return tools.sort((a, b) => a.major - b.major);
}

/**
 * The tool to run: at least `minimumMajor` (pg_dump refuses a newer server; pg_restore cannot
 * read a newer pg_dump's archive), and of all those the one closest to the server's major
 * version (a newer client may emit settings an older server does not know).
 */
export function chooseTool(tools: PgTool[], minimumMajor: number, serverMajor: number): PgTool | undefined {
  const usable = tools.filter((tool) => tool.major >= minimumMajor).sort((a, b) => a.major - b.major);
  return usable.find((tool) => tool.major >= serverMajor) ?? usable.at(-1);
}

function missingTool(name: PgToolName, needed: number, found: PgTool[], why: string): BackupRefusedError {
  const have = found.length ? `found ${found.map((tool) => `${tool.path} ${tool.version}`).join(", ")}` : "none is installed";
  return new BackupRefusedError(
    `${name} ${needed} or newer is needed (${why}); ${have}. ` +
      `Install Debian's client tools for that version: apt-get install postgresql-client-${needed} ` +
      `(PostgreSQL's apt repository has the versions Debian does not ship).`,
  );
}

// ─── connecting ────────────────────────────────────────────────────────────────────────────

/** Query parameters of a connection URL that libpq reads from environment variables. */
const libpqParameters: Record<string, string> = {
  host: "PGHOST",
  port: "PGPORT",
  user: "PGUSER",
  password: "PGPASSWORD",
  dbname: "PGDATABASE",
  sslmode: "PGSSLMODE",
  sslrootcert: "PGSSLROOTCERT",
  sslcert: "PGSSLCERT",
  sslkey: "PGSSLKEY",
  sslcrl: "PGSSLCRL",
  application_name: "PGAPPNAME",
  connect_timeout: "PGCONNECT_TIMEOUT",
  options: "PGOPTIONS",
  target_session_attrs: "PGTARGETSESSIONATTRS",
  channel_binding: "PGCHANNELBINDING",
};

export interface LibpqConnection {
  /** Environment for pg_dump / pg_restore: the password travels here, never on a command line. */
  env: Record<string, string>;
  database: string;
  /** host:port/database, without credentials, for messages. */
  display: string;
  /** Query parameters libpq does not know (e.g. Prisma's `schema`, `connection_limit`); ignored. */
  ignored: string[];
}

/** Parses like node-postgres (pg-connection-string) does, so both read DATABASE_URL alike. */
function parseUrl(url: string): { parsed: URL; hostname: string } {
  try {
    const parsed = new URL(url);
    return { parsed, hostname: parsed.hostname };
  } catch {
    // "postgresql://user@/db?host=/run/postgresql": no host before the path, a socket after it.
    try {
      return { parsed: new URL(url.replace("@/", "@dummy-host/")), hostname: "" };
    } catch {
      // Never repeat the URL: it may hold a password.
      throw new BackupRefusedError("DATABASE_URL is not a valid postgresql:// URL.");
    }
  }
}

/** Percent-decoding that keeps a malformed escape as written (as node-postgres reads it). */
const decode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

export function libpqConnection(url: string): LibpqConnection {
  const { parsed, hostname } = parseUrl(url);
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
    throw new BackupRefusedError(`DATABASE_URL must be a postgresql:// URL (it starts ${parsed.protocol}//).`);
  }
  const env: Record<string, string> = {};
  if (hostname) env.PGHOST = decode(hostname).replace(/^\[(.*)\]$/, "$1");
  if (parsed.port) env.PGPORT = parsed.port;
  if (parsed.username) env.PGUSER = decode(parsed.username);
  if (parsed.password) env.PGPASSWORD = decode(parsed.password);
  const fromPath = decode(parsed.pathname.replace(/^\//, ""));
  if (fromPath) env.PGDATABASE = fromPath;
  const ignored: string[] = [];
  for (const [key, value] of parsed.searchParams) {
    const variable = libpqParameters[key];
    if (!variable) ignored.push(key);
    // node-postgres's "no-verify" means: encrypt, do not check the certificate: libpq's "require".
    else env[variable] = key === "sslmode" && value === "no-verify" ? "require" : value;
  }
  const database = env.PGDATABASE ?? env.PGUSER ?? "postgres";
  const display = `${env.PGHOST ?? "localhost"}:${env.PGPORT ?? "5432"}/${database}`;
  return { env: { ...env, PGDATABASE: database }, database, display, ignored };
}

interface ServerInfo {
  major: number;
  version: string;
}

async function withClient<T>(url: string, display: string, run: (client: pg.Client) => Promise<T>, forRestore = false): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    if ((error as { code?: string }).code === "3D000") {
      throw new BackupRefusedError(
        `The database ${display} does not exist.` +
          (forRestore ? " Create an empty one first (createdb, or CREATE DATABASE … OWNER …), then restore into it." : ""),
      );
    }
    throw new BackupFailedError(`Could not connect to PostgreSQL at ${display}: ${(error as Error).message}`);
  }
  try {
    return await run(client);
  } finally {
    await client.end().catch(() => {});
  }
}

async function serverInfo(client: pg.Client): Promise<ServerInfo> {
  const { rows } = await client.query<{ num: number; version: string }>(
    "SELECT current_setting('server_version_num')::int AS num, current_setting('server_version') AS version",
  );
  return { major: Math.floor(rows[0]!.num / 10000), version: rows[0]!.version.split(" ")[0]! };
}

/** Tables, views and sequences that are not part of an extension: an empty database has none. */
async function userRelations(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`
    SELECT format('%I.%I', n.nspname, c.relname) AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
      AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp)'
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
    ORDER BY c.relkind <> 'r', 1`);
  return rows.map((row) => row.name);
}

// ─── running the tools ─────────────────────────────────────────────────────────────────────

function run(tool: PgTool, args: string[], env: Record<string, string>): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool.path, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve({ stdout, stderr });
      else reject(new BackupFailedError(`${path.basename(tool.path)} failed (exit ${code}):\n${stderr.trim()}`));
    });
  });
}

// ─── the archive ───────────────────────────────────────────────────────────────────────────

export interface ArchiveHeader {
  /** The archive format, e.g. "1.14.0" (pg_dump 15). */
  format: string;
  database: string;
  /** The server it was dumped from, e.g. "15.20 (Debian 15.20-0+deb12u1)". */
  serverVersion: string;
  /** The pg_dump that wrote it. */
  dumpVersion: string;
  dumpMajor: number;
}

/**
 * Reads the header of a pg_dump custom-format archive (PostgreSQL's pg_backup_archiver.c,
 * WriteHead): "PGDMP", format version, int and offset sizes, format, compression, creation time,
 * then the database name, the server's and pg_dump's versions as length-prefixed strings.
 */
export function parseArchiveHeader(bytes: Buffer): ArchiveHeader {
  if (bytes.subarray(0, 5).toString("latin1") !== "PGDMP") throw new Error("not a pg_dump custom-format archive");
  const [vmaj, vmin, vrev, intSize, , format] = [...bytes.subarray(5, 11)] as number[];
  const version = vmaj! * 10000 + vmin! * 100 + vrev!;
  if (format !== 1) throw new Error(`a pg_dump archive in format ${format}, not the custom format (-Fc)`);
  if (version < 11000) throw new Error(`a pg_dump archive of format ${vmaj}.${vmin}, too old to read here`);
  let at = 11;
  const readInt = () => {
    const negative = bytes[at]! !== 0;
    let value = 0;
    for (let i = 0; i < intSize!; i++) value += bytes[at + 1 + i]! * 2 ** (8 * i);
    at += 1 + intSize!;
    return negative ? -value : value;
  };
  const readString = () => {
    const length = readInt();
    if (length < 0) return "";
    const text = bytes.subarray(at, at + length).toString("utf8");
    at += length;
    return text;
  };
  if (version >= 11500)
    at += 1; // compression algorithm, one byte since format 1.15 (pg_dump 16)
  else readInt(); // compression level
  for (let i = 0; i < 7; i++) readInt(); // creation time: sec, min, hour, mday, mon, year, isdst
  const database = readString();
  const serverVersion = readString();
  const dumpVersion = readString();
  const dumpMajor = Number(/^(\d+)/.exec(dumpVersion)?.[1]);
  if (!Number.isFinite(dumpMajor)) throw new Error("the archive's header names no pg_dump version");
  return { format: `${vmaj}.${vmin}.${vrev}`, database, serverVersion, dumpVersion, dumpMajor };
}

async function readArchiveHeader(file: string): Promise<ArchiveHeader> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return parseArchiveHeader(buffer.subarray(0, bytesRead));
  } catch (error) {
    throw new BackupRefusedError(`${file} cannot be read as a PostgreSQL backup: ${(error as Error).message}`);
  } finally {
    await handle.close();
  }
}

// ─── backup and restore ────────────────────────────────────────────────────────────────────

export interface PostgresBackup {
  bytes: number;
  source: string;
  tool: PgTool;
  server: ServerInfo;
}

export async function backupPostgres(url: string, file: string, log: (line: string) => void): Promise<PostgresBackup> {
  const connection = libpqConnection(url);
  if (connection.ignored.length) log(`(ignoring connection parameters pg_dump does not know: ${connection.ignored.join(", ")})`);
  const { server, ours } = await withClient(url, connection.display, async (client) => ({
    server: await serverInfo(client),
    ours: (await client.query<{ ours: boolean }>("SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS ours")).rows[0]!.ours,
  }));
  if (!ours) {
    throw new BackupRefusedError(
      `The database ${connection.display} has no _prisma_migrations table: it is not a Diaspora Atlas database (wrong DATABASE_URL?), so nothing was backed up.`,
    );
  }
  const tools = findPgTools("pg_dump");
  const tool = chooseTool(tools, server.major, server.major);
  if (!tool) throw missingTool("pg_dump", server.major, tools, `the server is PostgreSQL ${server.version}`);
  log(`backing up PostgreSQL ${server.version} database ${connection.display} with ${tool.path} (${tool.version}) …`);
  const bytes = await writeBackupFile(file, async (temporary) => {
    // -Fc: compressed, and pg_restore can pick what to restore; --no-password: fail, never prompt (cron).
    const { stderr } = await run(tool, ["--format=custom", "--no-password", `--file=${temporary}`], connection.env);
    if (stderr.trim()) log(stderr.trim());
  });
  return { bytes, source: `PostgreSQL ${server.version} database ${connection.display}`, tool, server };
}

/** libpq's conninfo quoting, so a database name is never read as a connection string. */
const conninfoValue = (value: string) => `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

export interface PostgresRestore {
  archive: ArchiveHeader;
  tool: PgTool;
  server: ServerInfo;
  target: string;
}

/**
 * Restores a custom-format archive into the empty database at `url`, in one transaction: it
 * either all arrives or nothing does. Owners and grants are not restored (the objects belong to
 * DATABASE_URL's role). Extension comments are left out: they belong to whoever created the
 * extension, which on a managed server is often not our role.
 */
export async function restorePostgres(url: string, file: string, log: (line: string) => void): Promise<PostgresRestore> {
  const archive = await readArchiveHeader(file);
  const connection = libpqConnection(url);
  if (connection.ignored.length) log(`(ignoring connection parameters pg_restore does not know: ${connection.ignored.join(", ")})`);
  const { server, relations } = await withClient(
    url,
    connection.display,
    async (client) => ({ server: await serverInfo(client), relations: await userRelations(client) }),
    true,
  );
  if (relations.length > 0) {
    const shown = relations.slice(0, 5).join(", ") + (relations.length > 5 ? `, … (${relations.length} in all)` : "");
    throw new BackupRefusedError(
      `The database ${connection.display} is not empty (it has ${shown}). A backup is restored only into an empty database, ` +
        `so nothing was changed: create a new one (createdb) and point DATABASE_URL at it.`,
    );
  }
  const tools = findPgTools("pg_restore");
  const tool = chooseTool(tools, archive.dumpMajor, server.major);
  if (!tool) throw missingTool("pg_restore", archive.dumpMajor, tools, `the backup was written by pg_dump ${archive.dumpVersion}`);
  if (server.major < Number(/^(\d+)/.exec(archive.serverVersion)?.[1])) {
    log(
      `warning: the backup comes from PostgreSQL ${archive.serverVersion}, newer than this server (${server.version}); the restore may fail.`,
    );
  }

  const { stdout: toc } = await run(tool, ["--list", file], connection.env);
  if (!/^\d+; \d+ \d+ TABLE public _prisma_migrations /m.test(toc)) {
    throw new BackupRefusedError(
      `${file} is a pg_dump archive, but not of a Diaspora Atlas database (it has no _prisma_migrations table).`,
    );
  }
  const workDir = await mkdtemp(path.join(tmpdir(), "atlas-restore-"));
  try {
    const listFile = path.join(workDir, "restore.list");
    await writeFile(
      listFile,
      toc
        .split("\n")
        .filter((line) => !/ COMMENT - EXTENSION /.test(line))
        .join("\n"),
    );
    log(`restoring into PostgreSQL ${server.version} database ${connection.display} with ${tool.path} (${tool.version}) …`);
    await run(
      tool,
      [
        "--single-transaction",
        "--exit-on-error",
        "--no-owner",
        "--no-privileges",
        "--no-password",
        `--use-list=${listFile}`,
        `--dbname=dbname=${conninfoValue(connection.database)}`,
        file,
      ],
      connection.env,
    ).catch((error: Error) => {
      throw new BackupFailedError(
        `${error.message}\nThe restore ran in one transaction, so nothing was restored into ${connection.display}.`,
      );
    });
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  return { archive, tool, server, target: connection.display };
}

/** After a restore: the planner's statistics (pg_restore does not bring them). */
export async function analyzePostgres(url: string): Promise<void> {
  await withClient(url, libpqConnection(url).display, async (client) => {
    await client.query("ANALYZE");
  });
}
