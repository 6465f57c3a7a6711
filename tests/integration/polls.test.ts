// Voting on real PostgreSQL: once per person even under 50 simultaneous attempts, anonymous
// polls keep no link between person and choice, closed and members-only polls refuse.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { castVote } from "@/lib/poll/mutations";
import { getPublicPoll } from "@/lib/poll/queries";
import type { PrismaClient } from "@/generated/prisma/client";
import { cloneTestDatabase, type TestDatabase, useAppDatabase } from "./support/database";

let database: TestDatabase;
let prisma: PrismaClient;
const originalUrl = process.env.DATABASE_URL;
const now = new Date("2026-11-22T12:00:00Z");
const day = 86_400_000;

async function makePoll(slug: string, overrides: Partial<{ isAnonymous: boolean; audience: "SIGNED_IN" | "MEMBERS"; opensAt: Date; closesAt: Date; resultsVisibility: "ALWAYS" | "AFTER_CLOSE" }> = {}) {
  const poll = await prisma.poll.create({
    data: {
      slug,
      question: { en: `Question ${slug}` },
      organizationId: "org-1",
      status: "PUBLISHED",
      isAnonymous: true,
      opensAt: new Date(now.getTime() - day),
      closesAt: new Date(now.getTime() + day),
      ...overrides,
      options: { create: [0, 1, 2].map((position) => ({ label: { en: `Option ${position}` }, position })) },
    },
    include: { options: { orderBy: { position: "asc" } } },
  });
  return { ...poll, optionIds: poll.options.map((option) => option.id) as [string, string, string] };
}

beforeAll(async () => {
  database = await cloneTestDatabase();
  prisma = database.prisma;
  // castVote uses the app's own client and pool, as in production.
  useAppDatabase(database.url);
  await prisma.organization.create({
    data: { id: "org-1", slug: "test-org", kind: "CIVIL_SOCIETY", name: { en: "Test org" }, country: "DE", city: "Berlin", lat: 52.5, lng: 13.4, publicLat: 52.5, publicLng: 13.4, status: "PUBLISHED" },
  });
  await prisma.user.createMany({ data: Array.from({ length: 6 }, (_, i) => ({ id: `user-${i}`, email: `user-${i}@test.example` })) });
  await prisma.user.update({ where: { id: "user-5" }, data: { blockedAt: now } });
});

afterAll(async () => {
  useAppDatabase(originalUrl);
  await database?.drop();
});

describe("castVote", () => {
  it("counts exactly one of 50 simultaneous votes by the same person", async () => {
    const poll = await makePoll("race", { isAnonymous: false });
    const attempts = await Promise.all(
      Array.from({ length: 50 }, (_, i) => castVote({ pollId: poll.id, userId: "user-0", optionIds: [poll.optionIds[i % 3]!], now })),
    );
    expect(attempts.filter((result) => result.ok)).toHaveLength(1);
    expect(attempts.filter((result) => !result.ok && result.reason === "ALREADY_VOTED")).toHaveLength(49);
    expect(await prisma.pollParticipation.count({ where: { pollId: poll.id } })).toBe(1);
    expect(await prisma.vote.count({ where: { pollId: poll.id } })).toBe(1);
  });

  it("keeps no voter id, no time and no cuid next to a choice in an anonymous poll", async () => {
    const poll = await makePoll("secret", { isAnonymous: true });
    for (const [i, userId] of ["user-0", "user-1", "user-2"].entries())
      expect(await castVote({ pollId: poll.id, userId, optionIds: [poll.optionIds[i === 2 ? 0 : 1]], now })).toEqual({ ok: true });
    // What a moderator with database access could read back:
    const votes = await prisma.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "Vote" WHERE "pollId" = ${poll.id}`;
    expect(votes).toHaveLength(3);
    for (const vote of votes) {
      expect(Object.keys(vote).sort()).toEqual(["id", "optionId", "pollId", "userId"]);
      expect(vote.userId).toBeNull();
      expect(vote.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      for (const value of Object.values(vote)) expect(String(value)).not.toMatch(/user-\d/);
    }
    // That they took part is recorded, apart from the choice.
    expect(await prisma.pollParticipation.count({ where: { pollId: poll.id } })).toBe(3);
    const result = await getPublicPoll("secret", now);
    expect(result?.results?.options.map((option) => option.votes)).toEqual([1, 2, 0]);
  });

  it("records the voter in a named poll", async () => {
    const poll = await makePoll("named", { isAnonymous: false });
    await castVote({ pollId: poll.id, userId: "user-3", optionIds: [poll.optionIds[2]], now });
    expect(await prisma.vote.findMany({ where: { pollId: poll.id }, select: { userId: true, optionId: true } })).toEqual([{ userId: "user-3", optionId: poll.optionIds[2] }]);
  });

  it("refuses closed, not yet open, members-only, blocked voters and foreign options", async () => {
    const closed = await makePoll("closed", { opensAt: new Date(now.getTime() - 3 * day), closesAt: new Date(now.getTime() - day) });
    expect(await castVote({ pollId: closed.id, userId: "user-1", optionIds: [closed.optionIds[0]], now })).toEqual({ ok: false, reason: "CLOSED" });
    const later = await makePoll("later", { opensAt: new Date(now.getTime() + day), closesAt: new Date(now.getTime() + 3 * day) });
    expect(await castVote({ pollId: later.id, userId: "user-1", optionIds: [later.optionIds[0]], now })).toEqual({ ok: false, reason: "NOT_OPEN" });
    const members = await makePoll("members", { audience: "MEMBERS" });
    expect(await castVote({ pollId: members.id, userId: "user-1", optionIds: [members.optionIds[0]], now })).toEqual({ ok: false, reason: "NOT_ELIGIBLE" });
    await prisma.membership.create({ data: { userId: "user-4", organizationId: "org-1", role: "REPRESENTATIVE", status: "VERIFIED" } });
    expect(await castVote({ pollId: members.id, userId: "user-4", optionIds: [members.optionIds[0]], now })).toEqual({ ok: true });
    expect(await castVote({ pollId: members.id, userId: "user-5", optionIds: [members.optionIds[0]], now })).toEqual({ ok: false, reason: "NOT_ELIGIBLE" });
    expect(await castVote({ pollId: members.id, userId: "user-2", optionIds: [closed.optionIds[0]], now })).toEqual({ ok: false, reason: "INVALID_OPTION" });
    expect(await castVote({ pollId: members.id, userId: "user-2", optionIds: [], now })).toEqual({ ok: false, reason: "INVALID_OPTION" });
    expect(await prisma.pollParticipation.count({ where: { pollId: { in: [closed.id, later.id] } } })).toBe(0);
  });

  it("hides results of an AFTER_CLOSE poll until it closes", async () => {
    await makePoll("hidden", { resultsVisibility: "AFTER_CLOSE" });
    expect((await getPublicPoll("hidden", now))?.results).toBeNull();
    expect((await getPublicPoll("hidden", new Date(now.getTime() + 2 * day)))?.results?.total).toBe(0);
  });
});

describe("nominations", () => {
  it("wait for approval, are not votable until then, and two at once both land", async () => {
    const { nominate, approveNomination } = await import("@/lib/poll/mutations");
    const poll = await prisma.poll.create({
      data: { slug: "nominations", question: { en: "Who?" }, organizationId: "org-1", status: "PUBLISHED", allowNominations: true,
        opensAt: new Date(now.getTime() - day), closesAt: new Date(now.getTime() + day), options: { create: [{ label: { en: "A" }, position: 0 }, { label: { en: "B" }, position: 1 }] } },
    });
    const [first, second] = await Promise.all([
      nominate({ pollId: poll.id, userId: "user-1", label: { en: "Carla" }, now }),
      nominate({ pollId: poll.id, userId: "user-2", label: { en: "Dmytro" }, now }),
    ]);
    expect(first.ok && second.ok).toBe(true);
    const waiting = await prisma.pollOption.findMany({ where: { pollId: poll.id, isApproved: false }, orderBy: { position: "asc" } });
    expect(waiting.map((option) => option.position)).toEqual([2, 3]);
    expect((await getPublicPoll("nominations", now))?.options).toHaveLength(2);
    expect((await getPublicPoll("nominations", now))?.pendingNominations).toBe(2);
    expect(await castVote({ pollId: poll.id, userId: "user-3", optionIds: [waiting[0]!.id], now })).toEqual({ ok: false, reason: "INVALID_OPTION" });
    expect(await approveNomination({ optionId: waiting[0]!.id })).toEqual({ ok: true });
    expect(await castVote({ pollId: poll.id, userId: "user-3", optionIds: [waiting[0]!.id], now })).toEqual({ ok: true });
    expect(await nominate({ pollId: (await makePoll("no-nominations")).id, userId: "user-1", label: { en: "X" }, now })).toEqual({ ok: false, reason: "NOMINATIONS_CLOSED" });
  });
});
