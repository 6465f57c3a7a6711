// /api/health answers 200 with the database's state when it is up, 503 when it is down,
// and never leaks the connection string. /api/health/ready also needs every shipped migration
// applied; /api/health/live never asks the database.
import { describe, expect, it, vi } from "vitest";
import { loadMigrationList } from "@/lib/db/schema-engine";
// Renamed: a name starting with "use" reads to the React lint as a hook.
import { useAppDatabase as pointAppAt } from "./support/database";
import { fileDatabase } from "./support/file-database";

// Each call below points the app at the database it names; the fixture gives DATABASE_URL back after.
const database = fileDatabase();

async function callHealth(url: string) {
  pointAppAt(url); // a fresh app process, as it were
  const { GET } = await import("@/app/api/health/route");
  const response = await GET();
  return {
    status: response.status,
    body: (await response.json()) as { status: string; database: Record<string, unknown>; readiness: Record<string, unknown> },
  };
}

describe("GET /api/health", () => {
  it("is 200 with the migrated database's state", async () => {
    const { status, body } = await callHealth(database.url);
    expect(status).toBe(200);
    expect(body.status).toBe("ok");
    expect(body.database).toMatchObject({ state: "up", mode: "postgresql", migrations: loadMigrationList().migrationDirectories.length });
    expect(body.readiness).toEqual({ ready: true });
  });

  it("is 503 when PostgreSQL is unreachable, without quoting the connection string", async () => {
    const { status, body } = await callHealth("postgresql://atlas:s3cret-password@127.0.0.1:1/nowhere");
    expect(status).toBe(503);
    expect(body.database).toMatchObject({ state: "down", mode: "postgresql" });
    expect(JSON.stringify(body)).not.toContain("s3cret-password");
  });
});

async function callReady(url: string) {
  pointAppAt(url);
  const { GET } = await import("@/app/api/health/ready/route");
  const response = await GET();
  return {
    status: response.status,
    body: (await response.json()) as { status: string; ready: boolean; reason?: string; pending?: string[] },
  };
}

describe("GET /api/health/ready and /live", () => {
  it("is ready with every migration applied, and not ready, saying which, once one is missing", async () => {
    const ready = await callReady(database.url);
    expect(ready).toEqual({ status: 200, body: { status: "ready", ready: true } });

    const names = loadMigrationList().migrationDirectories.map((m) => m.path);
    const missing = names[names.length - 1]!;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    await database.prisma.$executeRaw`DELETE FROM "_prisma_migrations" WHERE migration_name = ${missing}`;
    const behind = await callReady(database.url);
    expect(behind.status).toBe(503);
    expect(behind.body).toMatchObject({ status: "not ready", ready: false, pending: [missing] });
    expect(behind.body.reason).toContain(missing);
    // The reason is logged too, for whoever reads the server log rather than the probe.
    expect(warn.mock.calls.map((call) => String(call[0])).join("\n")).toContain(missing);

    // /api/health still answers 200 (the database is up) and says why the node is not ready.
    const health = await callHealth(database.url);
    expect(health.status).toBe(200);
    expect(health.body.readiness).toMatchObject({ ready: false, pending: [missing] });
  });

  it("is not ready while the database does not answer", async () => {
    const down = await callReady("postgresql://atlas:s3cret-password@127.0.0.1:1/nowhere");
    expect(down.status).toBe(503);
    expect(down.body.ready).toBe(false);
    expect(down.body.reason).toMatch(/database/);
    expect(JSON.stringify(down.body)).not.toContain("s3cret-password");
  });

  it("live answers 200 without a database", async () => {
    process.env.DATABASE_URL = "postgresql://atlas:s3cret-password@127.0.0.1:1/nowhere";
    const { GET } = await import("@/app/api/health/live/route");
    const response = GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "live" });
  });
});
