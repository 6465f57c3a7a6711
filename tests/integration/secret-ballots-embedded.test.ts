// Secret ballots on the embedded store (in-memory PGlite): the poll_tallies migration turns an
// anonymous poll's Vote rows into counts and deletes them, and a vote cast afterwards leaves no
// xmin link from the voter to one option. Migrations are run here as plain SQL so that rows in
// the old shape can be written just before the migration that converts them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { openMemoryDatabase } from "@/lib/db/embedded";
import { loadMigrationList } from "@/lib/db/schema-engine";
import { castVote } from "@/lib/poll/mutations";
import { voteCounts } from "@/lib/poll/queries";

const now = new Date("2026-11-22T12:00:00Z");
let pglite: PGlite;
let prisma: PrismaClient;

/** Polls, options and votes as the app wrote them before tallies: anonymous Votes had no userId. */
async function writeOldShapeRows(db: PGlite) {
  await db.exec(`
    INSERT INTO "Organization" (id, slug, kind, name, country, city, lat, lng, "publicLat", "publicLng", status, "updatedAt")
      VALUES ('org-1', 'test-org', 'CIVIL_SOCIETY', '{"en":"Test org"}', 'DE', 'Berlin', 52.5, 13.4, 52.5, 13.4, 'PUBLISHED', now());
    INSERT INTO "User" (id, email, "updatedAt") SELECT 'user-' || i, 'user-' || i || '@test.example', now() FROM generate_series(0, 5) AS i;
    INSERT INTO "Poll" (id, slug, question, "organizationId", status, "isAnonymous", "opensAt", "closesAt", "updatedAt") VALUES
      ('poll-secret', 'secret', '{"en":"Secret?"}', 'org-1', 'PUBLISHED', true, '2026-11-21T00:00:00Z', '2026-11-30T00:00:00Z', now()),
      ('poll-named', 'named', '{"en":"Named?"}', 'org-1', 'PUBLISHED', false, '2026-11-21T00:00:00Z', '2026-11-30T00:00:00Z', now());
    INSERT INTO "PollOption" (id, "pollId", label, position) VALUES
      ('s-a', 'poll-secret', '{"en":"A"}', 0), ('s-b', 'poll-secret', '{"en":"B"}', 1), ('s-c', 'poll-secret', '{"en":"C"}', 2),
      ('n-x', 'poll-named', '{"en":"X"}', 0), ('n-y', 'poll-named', '{"en":"Y"}', 1);
    INSERT INTO "PollParticipation" ("pollId", "userId") VALUES
      ('poll-secret', 'user-0'), ('poll-secret', 'user-1'), ('poll-secret', 'user-2'), ('poll-named', 'user-0'), ('poll-named', 'user-1');
    INSERT INTO "Vote" (id, "pollId", "optionId", "userId") VALUES
      (gen_random_uuid()::text, 'poll-secret', 's-a', NULL), (gen_random_uuid()::text, 'poll-secret', 's-b', NULL),
      (gen_random_uuid()::text, 'poll-secret', 's-b', NULL),
      ('v-x', 'poll-named', 'n-x', 'user-0'), ('v-y', 'poll-named', 'n-y', 'user-1'), ('v-gone', 'poll-named', 'n-y', NULL);
  `);
}

beforeAll(async () => {
  pglite = await openMemoryDatabase();
  const list = loadMigrationList();
  const ours = list.migrationDirectories.findIndex((dir) => dir.path.endsWith("_poll_tallies"));
  expect(ours).toBeGreaterThan(0);
  for (const [i, dir] of list.migrationDirectories.entries()) {
    if (i === ours) await writeOldShapeRows(pglite);
    const content = dir.migrationFile.content;
    if (content.tag !== "ok") throw new Error(content.value);
    await pglite.exec(content.value);
  }
  prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
});

afterAll(async () => {
  await prisma?.$disconnect();
  await pglite?.close();
});

describe("secret ballots on the embedded store", () => {
  it("the migration turns anonymous Vote rows into tallies, deletes them, and leaves named votes alone", async () => {
    const tallies = await prisma.pollTally.findMany({
      select: { optionId: true, pollId: true, count: true },
      orderBy: { optionId: "asc" },
    });
    expect(tallies).toEqual([
      { optionId: "n-x", pollId: "poll-named", count: 0 },
      { optionId: "n-y", pollId: "poll-named", count: 0 },
      { optionId: "s-a", pollId: "poll-secret", count: 1 },
      { optionId: "s-b", pollId: "poll-secret", count: 2 },
      { optionId: "s-c", pollId: "poll-secret", count: 0 },
    ]);
    expect(await prisma.vote.count({ where: { pollId: "poll-secret" } })).toBe(0);
    expect(
      (await prisma.vote.findMany({ where: { pollId: "poll-named" }, select: { id: true }, orderBy: { id: "asc" } })).map((v) => v.id),
    ).toEqual(["v-gone", "v-x", "v-y"]);
    expect(Object.fromEntries(await voteCounts(prisma, "poll-secret"))).toEqual({ "s-a": 1, "s-b": 2, "s-c": 0 });
    expect(Object.fromEntries(await voteCounts(prisma, "poll-named"))).toEqual({ "n-x": 1, "n-y": 2 });
  });

  it("a vote after it counts once and joins by xmin to no option or to all of them", async () => {
    expect(await castVote({ pollId: "poll-secret", userId: "user-3", optionIds: ["s-c"], now, client: prisma })).toEqual({ ok: true });
    expect(await castVote({ pollId: "poll-secret", userId: "user-4", optionIds: ["s-a"], now, client: prisma })).toEqual({ ok: true });
    expect(await castVote({ pollId: "poll-secret", userId: "user-4", optionIds: ["s-b"], now, client: prisma })).toEqual({
      ok: false,
      reason: "ALREADY_VOTED",
    });
    expect(Object.fromEntries(await voteCounts(prisma, "poll-secret"))).toEqual({ "s-a": 2, "s-b": 2, "s-c": 1 });
    const joined = (
      await pglite.query<{ userId: string; options: string[] }>(
        `SELECT p."userId", coalesce(array_agg(t."optionId" ORDER BY t."optionId") FILTER (WHERE t."optionId" IS NOT NULL), '{}') AS options
         FROM "PollParticipation" p LEFT JOIN "PollTally" t ON t.xmin = p.xmin
         WHERE p."pollId" = 'poll-secret' GROUP BY p."userId" ORDER BY p."userId"`,
      )
    ).rows;
    expect(joined).toEqual([
      { userId: "user-0", options: [] },
      { userId: "user-1", options: [] },
      { userId: "user-2", options: [] },
      { userId: "user-3", options: [] },
      { userId: "user-4", options: ["s-a", "s-b", "s-c"] },
    ]);
    // And no Vote row of the poll is left to join (the old rows above shared one transaction).
    expect(
      (
        await pglite.query(
          `SELECT 1 FROM "PollParticipation" p JOIN "Vote" v ON v.xmin = p.xmin AND v."pollId" = p."pollId" WHERE p."pollId" = 'poll-secret'`,
        )
      ).rows,
    ).toEqual([]);
  });
});
