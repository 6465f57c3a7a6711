// Voting on real PostgreSQL: once per person even under 50 simultaneous attempts, anonymous
// polls keep no link between person and choice (also not through xmin, ctid or a time),
// closed and members-only polls refuse.
import { beforeAll, describe, expect, it } from "vitest";
import { castVote, nominate, approveNomination } from "@/lib/poll/mutations";
import { getPublicPoll } from "@/lib/poll/queries";
import { organizationRow } from "./support/factories";
import { fileDatabase } from "./support/file-database";

// castVote uses the app's own client and pool, as in production.
const { prisma } = fileDatabase();
const now = new Date("2026-11-22T12:00:00Z");
const day = 86_400_000;

async function makePoll(
  slug: string,
  overrides: Partial<{
    isAnonymous: boolean;
    audience: "SIGNED_IN" | "MEMBERS";
    opensAt: Date;
    closesAt: Date;
    resultsVisibility: "ALWAYS" | "AFTER_CLOSE";
  }> = {},
) {
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
  // As createPoll does: every option has its tally from the start.
  await prisma.pollTally.createMany({ data: poll.options.map((option) => ({ optionId: option.id, pollId: poll.id })) });
  return { ...poll, optionIds: poll.options.map((option) => option.id) as [string, string, string] };
}

beforeAll(async () => {
  await prisma.organization.create({ data: organizationRow({ id: "org-1", slug: "test-org", name: { en: "Test org" } }) });
  await prisma.user.createMany({ data: Array.from({ length: 6 }, (_, i) => ({ id: `user-${i}`, email: `user-${i}@test.example` })) });
  await prisma.user.createMany({ data: Array.from({ length: 20 }, (_, i) => ({ id: `voter-${i}`, email: `voter-${i}@test.example` })) });
  await prisma.user.update({ where: { id: "user-5" }, data: { blockedAt: now } });
});

/** One person votes `times` at once, for each option in turn: exactly one vote counts, the others are ALREADY_VOTED. */
async function expectOneOfSimultaneousVotes(poll: { id: string; optionIds: string[] }, times: number) {
  const attempts = await Promise.all(
    Array.from({ length: times }, (_, i) => castVote({ pollId: poll.id, userId: "user-0", optionIds: [poll.optionIds[i % 3]!], now })),
  );
  expect(attempts.filter((result) => result.ok)).toHaveLength(1);
  expect(attempts.filter((result) => !result.ok && result.reason === "ALREADY_VOTED")).toHaveLength(times - 1);
  expect(await prisma.pollParticipation.count({ where: { pollId: poll.id } })).toBe(1);
}

describe("castVote", () => {
  it("counts exactly one of 50 simultaneous votes by the same person", async () => {
    const poll = await makePoll("race", { isAnonymous: false });
    await expectOneOfSimultaneousVotes(poll, 50);
    expect(await prisma.vote.count({ where: { pollId: poll.id } })).toBe(1);
  });

  it("counts exactly one of 20 simultaneous votes by the same person in an anonymous poll", async () => {
    const poll = await makePoll("race-secret", { isAnonymous: true });
    await expectOneOfSimultaneousVotes(poll, 20);
    expect((await prisma.pollTally.aggregate({ where: { pollId: poll.id }, _sum: { count: true } }))._sum.count).toBe(1);
  });

  it("counts 20 different people voting at once in an anonymous poll (every vote rewrites all tallies, without deadlock)", async () => {
    const poll = await makePoll("crowd-secret", { isAnonymous: true });
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) => castVote({ pollId: poll.id, userId: `voter-${i}`, optionIds: [poll.optionIds[i % 3]!], now })),
    );
    expect(attempts.every((result) => result.ok)).toBe(true);
    const result = await getPublicPoll("crowd-secret", now);
    expect(result?.results?.options.map((option) => option.votes)).toEqual([7, 7, 6]);
    expect(result?.participants).toBe(20);
  });

  it("keeps no row per choice in an anonymous poll, only counts without a person or a time", async () => {
    const poll = await makePoll("secret", { isAnonymous: true });
    for (const [i, userId] of ["user-0", "user-1", "user-2"].entries())
      expect(await castVote({ pollId: poll.id, userId, optionIds: [poll.optionIds[i === 2 ? 0 : 1]], now })).toEqual({ ok: true });
    expect(await prisma.vote.count({ where: { pollId: poll.id } })).toBe(0);
    // What a moderator with database access could read back:
    const tallies = await prisma.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "PollTally" WHERE "pollId" = ${poll.id}`;
    expect(tallies).toHaveLength(3);
    for (const tally of tallies) expect(Object.keys(tally).sort()).toEqual(["count", "optionId", "pollId"]);
    // That they took part is recorded, apart from the choice.
    expect(await prisma.pollParticipation.count({ where: { pollId: poll.id } })).toBe(3);
    const result = await getPublicPoll("secret", now);
    expect(result?.results?.options.map((option) => option.votes)).toEqual([1, 2, 0]);
  });

  it("counts an option whose tally row is missing, and gives it one", async () => {
    const poll = await makePoll("no-tally", { isAnonymous: true });
    await prisma.pollTally.delete({ where: { optionId: poll.optionIds[1] } });
    expect(await castVote({ pollId: poll.id, userId: "user-0", optionIds: [poll.optionIds[1]], now })).toEqual({ ok: true });
    expect((await getPublicPoll("no-tally", now))?.results?.options.map((option) => option.votes)).toEqual([0, 1, 0]);
    expect(await prisma.pollTally.count({ where: { pollId: poll.id } })).toBe(3);
  });

  it("records the voter in a named poll", async () => {
    const poll = await makePoll("named", { isAnonymous: false });
    await castVote({ pollId: poll.id, userId: "user-3", optionIds: [poll.optionIds[2]], now });
    expect(await prisma.vote.findMany({ where: { pollId: poll.id }, select: { userId: true, optionId: true } })).toEqual([
      { userId: "user-3", optionId: poll.optionIds[2] },
    ]);
    expect((await getPublicPoll("named", now))?.results?.options.map((option) => option.votes)).toEqual([0, 0, 1]);
  });

  it("refuses closed, not yet open, members-only, blocked voters and foreign options", async () => {
    const closed = await makePoll("closed", { opensAt: new Date(now.getTime() - 3 * day), closesAt: new Date(now.getTime() - day) });
    expect(await castVote({ pollId: closed.id, userId: "user-1", optionIds: [closed.optionIds[0]], now })).toEqual({
      ok: false,
      reason: "CLOSED",
    });
    const later = await makePoll("later", { opensAt: new Date(now.getTime() + day), closesAt: new Date(now.getTime() + 3 * day) });
    expect(await castVote({ pollId: later.id, userId: "user-1", optionIds: [later.optionIds[0]], now })).toEqual({
      ok: false,
      reason: "NOT_OPEN",
    });
    const members = await makePoll("members", { audience: "MEMBERS" });
    expect(await castVote({ pollId: members.id, userId: "user-1", optionIds: [members.optionIds[0]], now })).toEqual({
      ok: false,
      reason: "NOT_ELIGIBLE",
    });
    await prisma.membership.create({ data: { userId: "user-4", organizationId: "org-1", role: "REPRESENTATIVE", status: "VERIFIED" } });
    expect(await castVote({ pollId: members.id, userId: "user-4", optionIds: [members.optionIds[0]], now })).toEqual({ ok: true });
    expect(await castVote({ pollId: members.id, userId: "user-5", optionIds: [members.optionIds[0]], now })).toEqual({
      ok: false,
      reason: "NOT_ELIGIBLE",
    });
    expect(await castVote({ pollId: members.id, userId: "user-2", optionIds: [closed.optionIds[0]], now })).toEqual({
      ok: false,
      reason: "INVALID_OPTION",
    });
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
    const poll = await prisma.poll.create({
      data: {
        slug: "nominations",
        question: { en: "Who?" },
        organizationId: "org-1",
        status: "PUBLISHED",
        allowNominations: true,
        opensAt: new Date(now.getTime() - day),
        closesAt: new Date(now.getTime() + day),
        options: {
          create: [
            { label: { en: "A" }, position: 0 },
            { label: { en: "B" }, position: 1 },
          ],
        },
      },
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
    expect(await prisma.pollTally.count({ where: { optionId: { in: waiting.map((option) => option.id) } } })).toBe(2);
    expect(await castVote({ pollId: poll.id, userId: "user-3", optionIds: [waiting[0]!.id], now })).toEqual({
      ok: false,
      reason: "INVALID_OPTION",
    });
    expect(await approveNomination({ optionId: waiting[0]!.id })).toEqual({ ok: true });
    expect(await castVote({ pollId: poll.id, userId: "user-3", optionIds: [waiting[0]!.id], now })).toEqual({ ok: true });
    expect((await getPublicPoll("nominations", now))?.results?.options.map((option) => option.votes)).toEqual([0, 0, 1]);
    expect(await nominate({ pollId: (await makePoll("no-nominations")).id, userId: "user-1", label: { en: "X" }, now })).toEqual({
      ok: false,
      reason: "NOMINATIONS_CLOSED",
    });
  });
});

// What someone with read access to every table could try on an anonymous poll. The choices
// below differ per person, so any join that singled out one option per person would show.
describe("secret ballots against an attacker with database access", () => {
  const voters = ["voter-0", "voter-1", "voter-2", "voter-3", "voter-4"];
  const choices = [0, 1, 2, 1, 0] as const;
  const otherChoices = [2, 2, 0, 1, 1] as const;
  let secret: Awaited<ReturnType<typeof makePoll>>;
  let other: Awaited<ReturnType<typeof makePoll>>;

  beforeAll(async () => {
    secret = await makePoll("attack-secret", { isAnonymous: true });
    other = await makePoll("attack-other", { isAnonymous: true });
    // Interleaved, as real traffic would be.
    for (const [i, userId] of voters.entries()) {
      expect(await castVote({ pollId: secret.id, userId, optionIds: [secret.optionIds[choices[i]!]], now })).toEqual({ ok: true });
      expect(await castVote({ pollId: other.id, userId, optionIds: [other.optionIds[otherChoices[i]!]], now })).toEqual({ ok: true });
    }
  });

  /** For each participant, the options whose rows share a system column value with their participation row. */
  async function optionsJoinedBy(pollId: string, table: "PollTally" | "Vote", join: "xmin" | "xmax") {
    const rows = await prisma.$queryRawUnsafe<{ userId: string; options: string[] }[]>(
      `SELECT p."userId", coalesce(array_agg(DISTINCT t."optionId") FILTER (WHERE t."optionId" IS NOT NULL), '{}') AS options
       FROM "PollParticipation" p LEFT JOIN "${table}" t ON t.${join} = p.xmin
       WHERE p."pollId" = $1 GROUP BY p."userId"`,
      pollId,
    );
    return new Map(rows.map((row) => [row.userId, [...row.options].sort()]));
  }

  it("still counts right", async () => {
    expect((await getPublicPoll("attack-secret", now))?.results?.options.map((option) => option.votes)).toEqual([2, 2, 1]);
    expect((await getPublicPoll("attack-other", now))?.results?.options.map((option) => option.votes)).toEqual([1, 2, 2]);
  });

  it("xmin and xmax: a participation joins to no tally or to every tally of the poll, never to one option", async () => {
    for (const poll of [secret, other]) {
      const all = [...poll.optionIds].sort();
      for (const join of ["xmin", "xmax"] as const) {
        const joined = await optionsJoinedBy(poll.id, "PollTally", join);
        expect([...joined.keys()].sort()).toEqual(voters);
        for (const options of joined.values()) expect(options.length === 0 || JSON.stringify(options) === JSON.stringify(all)).toBe(true);
      }
      // The last voter's transaction rewrote every tally: the join works, and tells nothing.
      expect([...(await optionsJoinedBy(poll.id, "PollTally", "xmin")).values()].filter((options) => options.length > 0)).toEqual([all]);
      for (const options of (await optionsJoinedBy(poll.id, "Vote", "xmin")).values()) expect(options).toEqual([]);
    }
  });

  it("xmin does identify the choice where a row per choice is written (a named poll): the attack is real", async () => {
    const named = await makePoll("attack-named", { isAnonymous: false });
    for (const [i, userId] of voters.entries())
      await castVote({ pollId: named.id, userId, optionIds: [named.optionIds[choices[i]!]], now });
    const joined = await optionsJoinedBy(named.id, "Vote", "xmin");
    for (const [i, userId] of voters.entries()) expect(joined.get(userId)).toEqual([named.optionIds[choices[i]!]]);
  });

  it("ctid: a poll's tally rows lie in the same physical order whatever was chosen", async () => {
    for (const poll of [secret, other]) {
      const rows = await prisma.$queryRaw<
        { optionId: string }[]
      >`SELECT "optionId" FROM "PollTally" WHERE "pollId" = ${poll.id} ORDER BY ctid`;
      expect(rows.map((row) => row.optionId)).toEqual([...poll.optionIds].sort());
    }
  });

  it("time: no row tied to a choice has a time to match against votedAt", async () => {
    const timed = await prisma.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name IN ('PollTally', 'Vote')
        AND (data_type LIKE 'timestamp%' OR data_type IN ('date', 'time without time zone', 'time with time zone'))`;
    expect(timed).toEqual([]);
    expect(await prisma.vote.count({ where: { pollId: { in: [secret.id, other.id] } } })).toBe(0);
    // A Vote id or tally key that encoded a time (a cuid) would be one too: tallies are keyed by the option.
    const keys = await prisma.pollTally.findMany({ where: { pollId: secret.id }, select: { optionId: true } });
    expect(keys.map((key) => key.optionId).sort()).toEqual([...secret.optionIds].sort());
  });
});
