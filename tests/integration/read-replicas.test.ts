// Read replicas (lib/db/replicas.ts, docs/scaling.md) on real PostgreSQL. The "replica" is a
// second database holding a listing the primary lacks, so every read shows which one answered:
// model reads through the extension go to the replica, writes and transactions to the primary,
// and with DATABASE_REPLICA_URLS set the JSON API reads the replica while pages' reads stay on
// the primary.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as organizationsItem from "@/app/api/v1/organizations/[slug]/route";
import { db, readDb } from "@/lib/db/client";
import { closeAppDatabase } from "@/lib/db/shutdown";
import { replicaUrls, withReadReplicas } from "@/lib/db/replicas";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/internal-headers";
import { reindexAll } from "@/lib/search/indexer";
import { cloneTestDatabase, useAppDatabase, type TestDatabase } from "./support/database";
import { organizationRow } from "./support/factories";
import { fileDatabase } from "./support/file-database";

const primary = fileDatabase();
let replica: TestDatabase;
const onlyOnReplica = "only-on-the-replica";

beforeAll(async () => {
  replica = await cloneTestDatabase();
  await replica.prisma.organization.createMany({
    data: [organizationRow({ slug: onlyOnReplica, name: { uk: "Лише на репліці", en: "Only on the replica" }, publishedAt: new Date() })],
  });
  await reindexAll(replica.prisma);
});

afterAll(async () => {
  delete process.env.DATABASE_REPLICA_URLS;
  await closeAppDatabase();
  await replica.drop();
});

const item = (slug: string) =>
  organizationsItem.GET(
    new NextRequest(`http://atlas.test/api/v1/organizations/${slug}`, { headers: { [SOCKET_ADDRESS_HEADER]: "198.51.100.7" } }),
    {
      params: Promise.resolve({ slug }),
    },
  );

describe("read replicas", () => {
  it("are named by DATABASE_REPLICA_URLS, and never without DATABASE_URL", () => {
    expect(replicaUrls({ DATABASE_URL: "postgresql://p/db", DATABASE_REPLICA_URLS: " postgresql://r1/db, ,postgresql://r2/db" })).toEqual([
      "postgresql://r1/db",
      "postgresql://r2/db",
    ]);
    expect(replicaUrls({ DATABASE_REPLICA_URLS: "postgresql://r1/db" })).toEqual([]);
    expect(replicaUrls({ DATABASE_URL: "postgresql://p/db" })).toEqual([]);
  });

  it("take the model reads; writes and transactions go to the primary", async () => {
    const client = withReadReplicas(primary.prisma, [replica.url]);
    try {
      expect((await client.organization.findMany({ select: { slug: true } })).map((row) => row.slug)).toEqual([onlyOnReplica]);
      await client.organization.create({
        data: organizationRow({ slug: "written-through-the-client", name: { uk: "Запис", en: "Written" } }),
      });
      expect(await primary.prisma.organization.count({ where: { slug: "written-through-the-client" } })).toBe(1);
      expect(await replica.prisma.organization.count({ where: { slug: "written-through-the-client" } })).toBe(0);
      // In a transaction a read sees the transaction's own database: the primary.
      const inTransaction = await client.$transaction((tx) => tx.organization.findMany({ select: { slug: true } }));
      expect(inTransaction.map((row) => row.slug)).toEqual(["written-through-the-client"]);
    } finally {
      await client.$disconnect();
    }
  });

  it("serve the JSON API when set, while the app's own reads stay on the primary", async () => {
    process.env.DATABASE_REPLICA_URLS = replica.url;
    useAppDatabase(primary.url); // a fresh app client that reads the variable
    expect((await item(onlyOnReplica)).status).toBe(200);
    expect(await (await db()).organization.findFirst({ where: { slug: onlyOnReplica } })).toBeNull();
    expect(await readDb()).not.toBe(await db());
    await closeAppDatabase();

    delete process.env.DATABASE_REPLICA_URLS;
    useAppDatabase(primary.url);
    expect((await item(onlyOnReplica)).status).toBe(404);
    expect(await readDb()).toBe(await db());
  });
});
