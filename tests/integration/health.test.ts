// /api/health answers 200 with the database's state when it is up, 503 when it is down,
// and never leaks the connection string.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMigrationList } from "@/lib/db/schema-engine";
import { cloneTestDatabase, type TestDatabase } from "./support/database";

let database: TestDatabase;
const originalUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  database = await cloneTestDatabase();
});

afterAll(async () => {
  process.env.DATABASE_URL = originalUrl;
  await database?.drop();
});

async function callHealth(url: string) {
  process.env.DATABASE_URL = url;
  delete (globalThis as { __atlasDb?: unknown }).__atlasDb; // a fresh app process, as it were
  const { GET } = await import("@/app/api/health/route");
  const response = await GET();
  return { status: response.status, body: (await response.json()) as { status: string; database: Record<string, unknown> } };
}

describe("GET /api/health", () => {
  it("is 200 with the migrated database's state", async () => {
    const { status, body } = await callHealth(database.url);
    expect(status).toBe(200);
    expect(body.status).toBe("ok");
    expect(body.database).toMatchObject({ state: "up", mode: "postgresql", migrations: loadMigrationList().migrationDirectories.length });
  });

  it("is 503 when PostgreSQL is unreachable, without quoting the connection string", async () => {
    const { status, body } = await callHealth("postgresql://atlas:s3cret-password@127.0.0.1:1/nowhere");
    expect(status).toBe(503);
    expect(body.database).toMatchObject({ state: "down", mode: "postgresql" });
    expect(JSON.stringify(body)).not.toContain("s3cret-password");
  });
});
