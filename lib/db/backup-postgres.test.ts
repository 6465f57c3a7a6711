import { describe, expect, it } from "vitest";
import { chooseTool, libpqConnection, parseArchiveHeader, parseToolVersion, type PgTool } from "./backup-postgres";
import { readTarEntries } from "./backup-embedded";

const tool = (major: number): PgTool => ({ path: `/usr/lib/postgresql/${major}/bin/pg_dump`, major, version: `${major}.1` });

describe("choosing pg_dump / pg_restore", () => {
  it("reads the version a tool prints", () => {
    expect(parseToolVersion("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n")).toEqual({ major: 15, version: "15.20" });
    expect(parseToolVersion("pg_restore (PostgreSQL) 17.2\n")).toEqual({ major: 17, version: "17.2" });
    expect(parseToolVersion("command not found")).toBeUndefined();
  });

  it("takes the server's own major version, else the nearest newer one, never an older one", () => {
    expect(chooseTool([tool(15), tool(16), tool(17)], 16, 16)?.major).toBe(16);
    expect(chooseTool([tool(15), tool(17)], 16, 16)?.major).toBe(17);
    expect(chooseTool([tool(15)], 16, 16)).toBeUndefined();
    // pg_restore: at least the archive's pg_dump, closest to the server above that.
    expect(chooseTool([tool(15), tool(16), tool(17)], 15, 16)?.major).toBe(16);
    expect(chooseTool([tool(15), tool(17)], 17, 15)?.major).toBe(17);
  });
});

describe("DATABASE_URL for libpq", () => {
  it("moves the password into the environment and drops what libpq does not know", () => {
    const connection = libpqConnection(
      "postgresql://atlas:p%40ss%2Fword@db.example:6543/atlas_prod?sslmode=require&schema=public&connection_limit=5",
    );
    expect(connection.env).toEqual({
      PGHOST: "db.example",
      PGPORT: "6543",
      PGUSER: "atlas",
      PGPASSWORD: "p@ss/word",
      PGDATABASE: "atlas_prod",
      PGSSLMODE: "require",
    });
    expect(connection.display).toBe("db.example:6543/atlas_prod");
    expect(connection.display).not.toContain("p@ss");
    expect(connection.ignored).toEqual(["schema", "connection_limit"]);
  });

  it("understands a Unix socket given as host=, and node-postgres's sslmode=no-verify", () => {
    const connection = libpqConnection("postgres://atlas@/atlas?host=/var/run/postgresql&sslmode=no-verify");
    expect(connection.env).toMatchObject({ PGHOST: "/var/run/postgresql", PGDATABASE: "atlas", PGSSLMODE: "require" });
  });
});

/** The start of an archive as pg_dump 15 writes it (format 1.14: compression as an int). */
function archiveHeader(dumpVersion: string): Buffer {
  const int = (value: number) => {
    const bytes = Buffer.alloc(5); // a sign byte, then the magnitude in 4 little-endian bytes
    bytes[0] = value < 0 ? 1 : 0;
    bytes.writeUInt32LE(Math.abs(value), 1);
    return bytes;
  };
  const str = (text: string) => Buffer.concat([int(Buffer.byteLength(text)), Buffer.from(text)]);
  return Buffer.concat([
    Buffer.from("PGDMP"),
    Buffer.from([1, 14, 0, 4, 8, 1]),
    int(-1),
    ...[47, 47, 23, 6, 11, 126, 0].map(int),
    str("atlas"),
    str("15.20 (Debian 15.20-0+deb12u1)"),
    str(dumpVersion),
  ]);
}

describe("a pg_dump archive's header", () => {
  it("names the database, the server and the pg_dump that wrote it", () => {
    expect(parseArchiveHeader(archiveHeader("15.20 (Debian 15.20-0+deb12u1)"))).toEqual({
      format: "1.14.0",
      database: "atlas",
      serverVersion: "15.20 (Debian 15.20-0+deb12u1)",
      dumpVersion: "15.20 (Debian 15.20-0+deb12u1)",
      dumpMajor: 15,
    });
  });

  it("is refused when it is not the custom format", () => {
    expect(() => parseArchiveHeader(Buffer.from("-- PostgreSQL database dump"))).toThrow(/not a pg_dump custom-format archive/);
    const directory = archiveHeader("15.20");
    directory[10] = 5; // the directory format's number
    expect(() => parseArchiveHeader(directory)).toThrow(/not the custom format/);
  });
});

describe("reading a tar", () => {
  it("lists names and reads the small files asked for", () => {
    const entry = (name: string, content: string) => {
      const header = Buffer.alloc(512);
      header.write(name, 0);
      header.write(content.length.toString(8).padStart(11, "0"), 124);
      header.write("ustar", 257);
      const body = Buffer.alloc(Math.ceil(content.length / 512) * 512);
      body.write(content);
      return Buffer.concat([header, body]);
    };
    const tar = Buffer.concat([entry("/PG_VERSION", "18\n"), entry("/global/pg_control", "x".repeat(700)), Buffer.alloc(1024)]);
    const { names, files } = readTarEntries(tar, new Set(["/PG_VERSION"]));
    expect(names).toEqual(["/PG_VERSION", "/global/pg_control"]);
    expect(files.get("/PG_VERSION")).toBe("18\n");
  });
});
