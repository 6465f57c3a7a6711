// Residents' priorities rounds on real PostgreSQL with the demo seed: a ballot counts once even
// under 20 simultaneous attempts, and no row links a person to the ideas they ranked or to the
// position they declared (not through xmin, xmax, ctid or a time); results hide small groups;
// ideas wait for the community's officials; the winner becomes a need, once, and matching names it.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { VoicePosition } from "@/generated/prisma/enums";
import { NotAllowedError } from "@/lib/auth/policy";
import { parseMatchFilters } from "@/lib/matching/filters";
import { matchOrganizationsForCommunity } from "@/lib/matching/queries";
import { createNeed } from "@/lib/need/mutations";
import { needCreateFormSchema } from "@/lib/need/schema";
import { castBallot, createRound, decideIdea, submitIdea } from "@/lib/priorities/mutations";
import { getRound, listRounds } from "@/lib/priorities/queries";
import { roundFormSchema } from "@/lib/priorities/schema";
import { CLOSED_ROUND_SLUG, IDEAS_ROUND_SLUG } from "@/prisma/seed/demo/priorities";
import { formData } from "./support/actions";
import { fileDatabase } from "./support/file-database";
import { viewerByEmail } from "./support/seeded-database";

vi.mock("@/lib/auth/next-auth", async () => (await import("./support/request-stubs")).nextAuthStub);

// Seeded for today: the demo rounds' phases follow from the seeding day, and the mutations read the clock.
const database = fileDatabase({ demo: true, now: new Date(), searchIndex: true });
const { prisma } = database;
const viewer = (email: string) => viewerByEmail(prisma, email);
const now = new Date();
const day = 86_400_000;
const POSITIONS = Object.values(VoicePosition);

let berezhanyId: string;

beforeAll(async () => {
  berezhanyId = (await prisma.community.findUniqueOrThrow({ where: { slug: "berezhanska-urban" }, select: { id: true } })).id;
  await prisma.user.createMany({ data: Array.from({ length: 25 }, (_, i) => ({ id: `ranker-${i}`, email: `ranker-${i}@test.example` })) });
  await prisma.user.update({ where: { id: "ranker-24" }, data: { blockedAt: now } });
});

/** A published round of Berezhany in its ranking phase (unless told otherwise), its approved ideas with every tally row, and its turnout rows. */
async function makeRound(
  slug: string,
  times: { opensAt?: Date; ideasCloseAt?: Date; closesAt?: Date; status?: "PUBLISHED" | "PENDING" } = {},
) {
  const round = await prisma.priorityRound.create({
    data: {
      slug,
      communityId: berezhanyId,
      question: { en: `Question ${slug}` },
      status: times.status ?? "PUBLISHED",
      opensAt: times.opensAt ?? new Date(now.getTime() - 10 * day),
      ideasCloseAt: times.ideasCloseAt ?? new Date(now.getTime() - day),
      closesAt: times.closesAt ?? new Date(now.getTime() + day),
      points: 10,
      turnout: { create: POSITIONS.map((position) => ({ position })) },
      ideas: {
        create: [0, 1, 2].map((i) => ({ id: `${slug}-idea-${i}`, title: `Idea ${i}`, locale: "en", status: "PUBLISHED" as const })),
      },
    },
    select: { id: true },
  });
  const ideaIds = [0, 1, 2].map((i) => `${slug}-idea-${i}`) as [string, string, string];
  await prisma.priorityTally.createMany({
    data: ideaIds.flatMap((ideaId) => POSITIONS.map((position) => ({ ideaId, position, roundId: round.id }))),
  });
  return { id: round.id, ideaIds };
}

async function tallies(roundId: string) {
  const rows = await prisma.priorityTally.findMany({ where: { roundId }, select: { ideaId: true, position: true, points: true } });
  return Object.fromEntries(rows.filter((row) => row.points > 0).map((row) => [`${row.ideaId}|${row.position}`, row.points]));
}
async function turnout(roundId: string) {
  const rows = await prisma.priorityTurnout.findMany({ where: { roundId }, select: { position: true, ballots: true } });
  return Object.fromEntries(rows.filter((row) => row.ballots > 0).map((row) => [row.position, row.ballots]));
}

describe("castBallot", () => {
  it("counts a resident's points once, on their position only", async () => {
    const round = await makeRound("rank-once");
    const [a, b] = round.ideaIds;
    const ballot = { roundId: round.id, userId: "ranker-0", position: VoicePosition.RESIDENT, now };
    expect(
      await castBallot({
        ...ballot,
        allocations: [
          { ideaId: a, points: 6 },
          { ideaId: b, points: 4 },
        ],
      }),
    ).toEqual({ ok: true });
    expect(await castBallot({ ...ballot, allocations: [{ ideaId: b, points: 10 }] })).toEqual({ ok: false, reason: "ALREADY_RANKED" });
    expect(await tallies(round.id)).toEqual({ [`${a}|RESIDENT`]: 6, [`${b}|RESIDENT`]: 4 });
    expect(await turnout(round.id)).toEqual({ RESIDENT: 1 });
    expect(await prisma.priorityBallot.count({ where: { roundId: round.id } })).toBe(1);
  });

  it("counts exactly one of 20 simultaneous ballots by the same person", async () => {
    const round = await makeRound("rank-race");
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        castBallot({
          roundId: round.id,
          userId: "ranker-1",
          position: POSITIONS[i % POSITIONS.length]!,
          allocations: [{ ideaId: round.ideaIds[i % 3]!, points: 10 }],
          now,
        }),
      ),
    );
    expect(attempts.filter((result) => result.ok)).toHaveLength(1);
    expect(attempts.filter((result) => !result.ok && result.reason === "ALREADY_RANKED")).toHaveLength(19);
    expect(Object.values(await tallies(round.id))).toEqual([10]);
    expect(Object.values(await turnout(round.id))).toEqual([1]);
    expect(await prisma.priorityBallot.count({ where: { roundId: round.id } })).toBe(1);
  });

  it("counts 20 different people ranking at once (every ballot rewrites every row, without deadlock)", async () => {
    const round = await makeRound("rank-crowd");
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        castBallot({
          roundId: round.id,
          userId: `ranker-${i + 2}`,
          position: i % 2 ? VoicePosition.ABROAD : VoicePosition.RESIDENT,
          allocations: [
            { ideaId: round.ideaIds[i % 3]!, points: 7 },
            { ideaId: round.ideaIds[(i + 1) % 3]!, points: 3 },
          ],
          now,
        }),
      ),
    );
    expect(attempts.every((result) => result.ok)).toBe(true);
    expect(await turnout(round.id)).toEqual({ RESIDENT: 10, ABROAD: 10 });
    const sums = await prisma.priorityTally.groupBy({
      by: ["ideaId"],
      where: { roundId: round.id },
      _sum: { points: true },
      orderBy: { ideaId: "asc" },
    });
    // Idea 0 gets 7 from the seven i ≡ 0 (mod 3) and 3 from the six i ≡ 2: 49 + 18; and so on (200 in all).
    expect(sums.map((row) => row._sum.points)).toEqual([67, 70, 63]);
  });

  it("refuses ballots outside the ranking window, over the budget, with no points, foreign or waiting ideas, and blocked people", async () => {
    const round = await makeRound("rank-refusals");
    const other = await makeRound("rank-other");
    const waiting = await prisma.priorityIdea.create({ data: { roundId: round.id, title: "Waiting", locale: "en" }, select: { id: true } });
    const ideas = await makeRound("rank-ideas-phase", {
      ideasCloseAt: new Date(now.getTime() + day),
      closesAt: new Date(now.getTime() + 2 * day),
    });
    const closed = await makeRound("rank-closed", {
      ideasCloseAt: new Date(now.getTime() - 3 * day),
      closesAt: new Date(now.getTime() - day),
    });
    const pending = await makeRound("rank-pending", { status: "PENDING" });
    const vote = (roundId: string, allocations: { ideaId: string; points: number }[], userId = "ranker-22") =>
      castBallot({ roundId, userId, position: VoicePosition.OTHER, allocations, now });
    const [a, b] = round.ideaIds;
    expect(await vote(ideas.id, [{ ideaId: ideas.ideaIds[0], points: 5 }])).toEqual({ ok: false, reason: "NOT_OPEN" });
    expect(await vote(closed.id, [{ ideaId: closed.ideaIds[0], points: 5 }])).toEqual({ ok: false, reason: "CLOSED" });
    expect(await vote(pending.id, [{ ideaId: pending.ideaIds[0], points: 5 }])).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(
      await vote(round.id, [
        { ideaId: a, points: 6 },
        { ideaId: b, points: 5 },
      ]),
    ).toEqual({ ok: false, reason: "TOO_MANY_POINTS" });
    expect(await vote(round.id, [{ ideaId: a, points: 0 }])).toEqual({ ok: false, reason: "NO_POINTS" });
    expect(
      await vote(round.id, [
        { ideaId: a, points: -1 },
        { ideaId: b, points: 5 },
      ]),
    ).toEqual({ ok: false, reason: "INVALID_IDEA" });
    expect(await vote(round.id, [{ ideaId: a, points: 1.5 }])).toEqual({ ok: false, reason: "INVALID_IDEA" });
    expect(
      await vote(round.id, [
        { ideaId: a, points: 2 },
        { ideaId: a, points: 2 },
      ]),
    ).toEqual({ ok: false, reason: "INVALID_IDEA" });
    expect(await vote(round.id, [{ ideaId: other.ideaIds[0], points: 2 }])).toEqual({ ok: false, reason: "INVALID_IDEA" });
    expect(await vote(round.id, [{ ideaId: waiting.id, points: 2 }])).toEqual({ ok: false, reason: "INVALID_IDEA" });
    expect(await vote(round.id, [{ ideaId: a, points: 2 }], "ranker-24")).toEqual({ ok: false, reason: "NOT_ELIGIBLE" });
    expect(await prisma.priorityBallot.count({ where: { roundId: { in: [round.id, ideas.id, closed.id, pending.id] } } })).toBe(0);
    expect(await turnout(round.id)).toEqual({});
    // Within the budget, not all of it: fine.
    expect(await vote(round.id, [{ ideaId: a, points: 3 }])).toEqual({ ok: true });
  });

  it("counts an idea whose tally rows are missing, and gives it them", async () => {
    const round = await makeRound("rank-no-tally");
    await prisma.priorityTally.deleteMany({ where: { ideaId: round.ideaIds[1] } });
    await prisma.priorityTurnout.deleteMany({ where: { roundId: round.id } });
    const ballot = { roundId: round.id, userId: "ranker-0", position: VoicePosition.DISPLACED, now };
    expect(await castBallot({ ...ballot, allocations: [{ ideaId: round.ideaIds[1], points: 8 }] })).toEqual({ ok: true });
    expect(await tallies(round.id)).toEqual({ [`${round.ideaIds[1]}|DISPLACED`]: 8 });
    expect(await prisma.priorityTally.count({ where: { roundId: round.id } })).toBe(15);
    expect(await turnout(round.id)).toEqual({ DISPLACED: 1 });
    expect(await prisma.priorityTurnout.count({ where: { roundId: round.id } })).toBe(5);
  });
});

// What someone with read access to every table could try. The voters rank different ideas from
// different positions, so any join that singled out one idea or one position per person would show.
describe("secret ballots against an attacker with database access", () => {
  const voters = ["ranker-2", "ranker-3", "ranker-4", "ranker-5", "ranker-6"];
  const positions = [VoicePosition.RESIDENT, VoicePosition.ABROAD, VoicePosition.DISPLACED, VoicePosition.RESIDENT, VoicePosition.UNSAID];
  const favourite = [0, 1, 2, 1, 0];
  let round: Awaited<ReturnType<typeof makeRound>>;

  beforeAll(async () => {
    round = await makeRound("attack-priorities");
    for (const [i, userId] of voters.entries())
      expect(
        await castBallot({
          roundId: round.id,
          userId,
          position: positions[i]!,
          allocations: [{ ideaId: round.ideaIds[favourite[i]!]!, points: 10 }],
          now,
        }),
      ).toEqual({ ok: true });
  });

  /** For each voter, the tally keys (idea|position) or turnout positions whose rows share a system column with their ballot row. */
  async function joined(table: "PriorityTally" | "PriorityTurnout", join: "xmin" | "xmax") {
    const key = table === "PriorityTally" ? `t."ideaId" || '|' || t.position` : `t.position::text`;
    const rows = await prisma.$queryRawUnsafe<{ userId: string; keys: string[] }[]>(
      `SELECT b."userId", coalesce(array_agg(DISTINCT ${key}) FILTER (WHERE t."roundId" IS NOT NULL), '{}') AS keys
       FROM "PriorityBallot" b LEFT JOIN "${table}" t ON t.${join} = b.xmin AND t."roundId" = b."roundId"
       WHERE b."roundId" = $1 GROUP BY b."userId"`,
      round.id,
    );
    return new Map(rows.map((row) => [row.userId, [...row.keys].sort()]));
  }

  it("still counts right", async () => {
    expect(await turnout(round.id)).toEqual({ RESIDENT: 2, ABROAD: 1, DISPLACED: 1, UNSAID: 1 });
    const [a, b, c] = round.ideaIds;
    expect(await tallies(round.id)).toEqual({
      [`${a}|RESIDENT`]: 10,
      [`${a}|UNSAID`]: 10,
      [`${b}|ABROAD`]: 10,
      [`${b}|RESIDENT`]: 10,
      [`${c}|DISPLACED`]: 10,
    });
  });

  it("xmin and xmax: a ballot joins to no tally or turnout row, or to every one of the round, never to one idea or position", async () => {
    const everyTally = round.ideaIds.flatMap((ideaId) => POSITIONS.map((position) => `${ideaId}|${position}`)).sort();
    const everyPosition = [...POSITIONS].sort();
    for (const join of ["xmin", "xmax"] as const) {
      for (const [table, all] of [
        ["PriorityTally", everyTally],
        ["PriorityTurnout", everyPosition],
      ] as const) {
        const byVoter = await joined(table, join);
        expect([...byVoter.keys()].sort()).toEqual(voters);
        for (const keys of byVoter.values()) expect(keys.length === 0 || JSON.stringify(keys) === JSON.stringify(all)).toBe(true);
      }
    }
    // The last voter's transaction rewrote every row: the join works, and tells nothing.
    expect([...(await joined("PriorityTally", "xmin")).values()].filter((keys) => keys.length > 0)).toEqual([everyTally]);
    expect([...(await joined("PriorityTurnout", "xmin")).values()].filter((keys) => keys.length > 0)).toEqual([everyPosition]);
  });

  // Where a new row version lands on its page depends on the free space pruning left, so the
  // physical order is not something to assert. What must hold: a ballot moves every row of the
  // round, in one statement, so neither which rows moved nor the command that moved them
  // (cmin) tells one idea or position from another.
  it("ctid and cmin: a ballot moves every tally and turnout row of its round, all in one command", async () => {
    const ctidRound = await makeRound("ctid-priorities");
    const places = async () => {
      const tally = await prisma.$queryRaw<{ key: string; ctid: string; xmin: string; cmin: string }[]>`
        SELECT "ideaId" || '|' || position AS key, ctid::text, xmin::text, cmin::text FROM "PriorityTally" WHERE "roundId" = ${ctidRound.id}`;
      const turnout = await prisma.$queryRaw<{ key: string; ctid: string; xmin: string; cmin: string }[]>`
        SELECT position::text AS key, ctid::text, xmin::text, cmin::text FROM "PriorityTurnout" WHERE "roundId" = ${ctidRound.id}`;
      return [...tally, ...turnout];
    };
    const before = new Map((await places()).map((row) => [row.key, row.ctid]));
    expect(before.size).toBe(ctidRound.ideaIds.length * POSITIONS.length + POSITIONS.length);
    const ballot = { roundId: ctidRound.id, userId: "ranker-7", position: VoicePosition.DISPLACED, now };
    expect(await castBallot({ ...ballot, allocations: [{ ideaId: ctidRound.ideaIds[2]!, points: 10 }] })).toEqual({ ok: true });
    const after = await places();
    expect(after.filter((row) => row.ctid === before.get(row.key)).map((row) => row.key)).toEqual([]);
    expect(new Set(after.map((row) => row.xmin)).size).toBe(1);
    // The tally rows share one command id, and so do the turnout rows (the statement's second part).
    expect(new Set(after.slice(0, before.size - POSITIONS.length).map((row) => row.cmin)).size).toBe(1);
    expect(new Set(after.slice(before.size - POSITIONS.length).map((row) => row.cmin)).size).toBe(1);
  });

  it("time: none of the three tables has a time to match, and a ballot row is only 'has voted'", async () => {
    const columns = await prisma.$queryRaw<{ table_name: string; column_name: string; data_type: string }[]>`
      SELECT table_name, column_name, data_type FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name IN ('PriorityBallot', 'PriorityTally', 'PriorityTurnout')`;
    expect(columns.filter((column) => /timestamp|date|time/.test(column.data_type))).toEqual([]);
    expect(
      columns
        .filter((column) => column.table_name === "PriorityBallot")
        .map((column) => column.column_name)
        .sort(),
    ).toEqual(["roundId", "userId"]);
  });
});

describe("results", () => {
  it("of the demo's closed round: ideas by points, and a breakdown only for groups of at least five", async () => {
    const found = (await getRound(berezhanyId, CLOSED_ROUND_SLUG))!;
    expect(found.phase).toBe("CLOSED");
    const results = found.results!;
    expect(results.ballots).toBe(10);
    expect(await prisma.priorityBallot.count({ where: { roundId: found.round.id } })).toBe(10);
    // Five residents are shown; three abroad and two displaced are not, alone or as a difference.
    expect(results.positions).toEqual([{ position: "RESIDENT", ballots: 5 }]);
    expect(results.hiddenBallots).toBe(5);
    expect(results.ideas[0]!.idea.title).toBe("Укриття в Бережанському ліцеї № 1");
    expect(results.ideas[0]!.total).toBe(38);
    expect(Object.keys(results.ideas[0]!.byPosition)).toEqual(["RESIDENT"]);
    const totals = results.ideas.map((row) => row.total);
    expect([...totals].sort((x, y) => y - x)).toEqual(totals);
    expect(totals.reduce((sum, points) => sum + points, 0)).toBe(100);
  });

  it("are not shown to the public while the ranking runs, but to the community's officials", async () => {
    await makeRound("results-running");
    const running = await castBallot({
      roundId: (await prisma.priorityRound.findUniqueOrThrow({ where: { slug: "results-running" } })).id,
      userId: "ranker-0",
      position: VoicePosition.RESIDENT,
      allocations: [{ ideaId: "results-running-idea-0", points: 10 }],
      now,
    });
    expect(running).toEqual({ ok: true });
    expect((await getRound(berezhanyId, "results-running"))!.results).toBeNull();
    const forOfficials = (await getRound(berezhanyId, "results-running", { manage: true }))!.results!;
    expect(forOfficials.ballots).toBe(1);
    expect(forOfficials.positions).toEqual([]);
  });
});

describe("rounds and ideas", () => {
  const roundForm = (communityId: string) =>
    roundFormSchema.parseAsync(
      formData({
        communityId,
        communitySlug: "berezhanska-urban",
        locale: "en",
        questionUk: "Що відбудувати насамперед?",
        questionEn: "What should we rebuild first?",
        points: "10",
        timeZone: "Europe/Kyiv",
        opensLocal: "2030-01-10T09:00",
        ideasCloseLocal: "2030-01-20T18:00",
        closesLocal: "2030-01-30T18:00",
      }),
    );

  it("only the community's officials open a round; it waits for a moderator", async () => {
    const form = await roundForm(berezhanyId);
    for (const email of ["member@demo.example", "representative@demo.example", "moderator@demo.example"])
      await expect(createRound(await viewer(email), form)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(createRound(null, form)).rejects.toBeInstanceOf(NotAllowedError);
    const created = await createRound(await viewer("official@demo.example"), form);
    expect(created).toMatchObject({ ok: true, communitySlug: "berezhanska-urban" });
    const slug = created.ok ? created.slug : "";
    const row = await prisma.priorityRound.findUniqueOrThrow({ where: { slug }, select: { id: true, status: true, points: true } });
    expect(row).toMatchObject({ status: "PENDING", points: 10 });
    expect(await prisma.priorityTurnout.count({ where: { roundId: row.id } })).toBe(5);
    expect(await prisma.auditLog.count({ where: { action: "priority_round.submitted", targetId: row.id } })).toBe(1);
    expect((await listRounds(berezhanyId)).some((r) => r.slug === slug)).toBe(false);
    expect((await listRounds(berezhanyId, { manage: true })).some((r) => r.slug === slug)).toBe(true);
    expect(await getRound(berezhanyId, slug)).toBeNull();
  });

  it("an idea waits for the community's officials; a moderator or official approves it, others cannot", async () => {
    const round = await prisma.priorityRound.findUniqueOrThrow({
      where: { slug: IDEAS_ROUND_SLUG },
      select: { id: true, communityId: true },
    });
    const member = await viewer("member@demo.example");
    const sent = await submitIdea(member, { roundId: round.id, title: "Лавки й освітлення в парку", lang: "uk" });
    expect(sent.ok).toBe(true);
    const idea = await prisma.priorityIdea.findFirstOrThrow({
      where: { roundId: round.id, authorId: member.id },
      select: { id: true, status: true },
    });
    expect(idea.status).toBe("PENDING");
    const publicView = (await getRound(round.communityId, IDEAS_ROUND_SLUG))!;
    expect(publicView.ideas.map((i) => i.id)).not.toContain(idea.id);
    expect(publicView.pending).toEqual([]);
    // Not this community's official (the demo official runs Berezhany), nor a member: refused.
    for (const email of ["member@demo.example", "official@demo.example", "representative@demo.example"])
      await expect(decideIdea(await viewer(email), { ideaId: idea.id, decision: "approve" })).rejects.toBeInstanceOf(NotAllowedError);
    expect(await decideIdea(await viewer("moderator@demo.example"), { ideaId: idea.id, decision: "approve" })).toMatchObject({ ok: true });
    expect(await decideIdea(await viewer("moderator@demo.example"), { ideaId: idea.id, decision: "reject" })).toEqual({
      ok: false,
      reason: "ALREADY_DECIDED",
    });
    expect((await getRound(round.communityId, IDEAS_ROUND_SLUG))!.ideas.map((i) => i.id)).toContain(idea.id);
    expect(await prisma.priorityTally.count({ where: { ideaId: idea.id } })).toBe(5);
    expect(await prisma.auditLog.count({ where: { action: "priority_idea.approved", targetId: idea.id } })).toBe(1);
  });

  it("the official of the community approves its ideas, but not once the ranking has started", async () => {
    const official = await viewer("official@demo.example");
    const open = await makeRound("official-decides", {
      ideasCloseAt: new Date(now.getTime() + day),
      closesAt: new Date(now.getTime() + 2 * day),
    });
    const waiting = await prisma.priorityIdea.create({
      data: { roundId: open.id, title: "A new playground", locale: "en" },
      select: { id: true },
    });
    expect(await decideIdea(official, { ideaId: waiting.id, decision: "reject" })).toMatchObject({ ok: true });
    const ranking = await makeRound("official-too-late");
    const late = await prisma.priorityIdea.create({
      data: { roundId: ranking.id, title: "Late idea", locale: "en" },
      select: { id: true },
    });
    expect(await decideIdea(official, { ideaId: late.id, decision: "approve" })).toEqual({ ok: false, reason: "IDEAS_CLOSED" });
  });

  it("refuses ideas outside the ideas phase and more than three waiting per person", async () => {
    const member = await viewer("representative@demo.example");
    const ranking = await makeRound("ideas-too-late");
    expect(await submitIdea(member, { roundId: ranking.id, title: "Too late", lang: "en" })).toEqual({ ok: false, reason: "IDEAS_CLOSED" });
    const open = await makeRound("ideas-cap", { ideasCloseAt: new Date(now.getTime() + day), closesAt: new Date(now.getTime() + 2 * day) });
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => submitIdea(member, { roundId: open.id, title: `Idea number ${i}`, lang: "en" })),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(3);
    expect(results.filter((result) => !result.ok && result.reason === "TOO_MANY_WAITING")).toHaveLength(2);
  });
});

describe("from priority to need", () => {
  const needForm = (ideaId: string, communityId: string, title: string) =>
    needCreateFormSchema.parseAsync(
      formData({
        communityId,
        communitySlug: "berezhanska-urban",
        locale: "en",
        titleEn: title,
        sector: "SPECIAL_VEHICLES",
        cost: "85 000",
        currency: "EUR",
        priorityIdeaId: ideaId,
      }),
    );

  it("the official turns a ranked idea into a need once; matching names it as the residents' priority", async () => {
    const closed = (await getRound(berezhanyId, CLOSED_ROUND_SLUG))!;
    const ambulance = closed.ideas.find((idea) => idea.title === "A second ambulance for the villages")!;
    const shelter = closed.ideas.find((idea) => idea.need)!;
    const boiler = closed.ideas.find((idea) => idea.title.startsWith("Модульна котельня"))!;
    const form = await needForm(ambulance.id, berezhanyId, ambulance.title);
    await expect(createNeed(await viewer("member@demo.example"), form)).rejects.toBeInstanceOf(NotAllowedError);

    const official = await viewer("official@demo.example");
    expect(await createNeed(official, form)).toMatchObject({ ok: true });
    const need = await prisma.need.findUniqueOrThrow({ where: { priorityIdeaId: ambulance.id }, select: { id: true, communityId: true } });
    expect(need.communityId).toBe(berezhanyId);
    expect(await prisma.auditLog.count({ where: { action: "priority_idea.need_created", targetId: ambulance.id } })).toBe(1);
    // A second try, at once or later, and the idea the demo already turned into a need: refused.
    expect(await createNeed(official, form)).toEqual({ ok: false, reason: "IDEA_ALREADY_NEED" });
    const twice = await Promise.all([0, 1].map(async () => createNeed(official, await needForm(boiler.id, berezhanyId, "Twice"))));
    expect(twice.filter((result) => result.ok)).toHaveLength(1);
    expect(twice.filter((result) => !result.ok && result.reason === "IDEA_ALREADY_NEED")).toHaveLength(1);
    expect(await createNeed(official, await needForm(shelter.id, berezhanyId, "Again"))).toEqual({
      ok: false,
      reason: "IDEA_ALREADY_NEED",
    });
    // An idea of a round still running is not ready to be a need.
    const running = await makeRound("need-too-early");
    expect(await createNeed(official, await needForm(running.ideaIds[0], berezhanyId, "Early"))).toEqual({
      ok: false,
      reason: "IDEA_NOT_READY",
    });

    const matches = (await matchOrganizationsForCommunity("berezhanska-urban", parseMatchFilters({ sector: "SPECIAL_VEHICLES" })))!;
    expect(matches.matches.length).toBeGreaterThan(0);
    for (const match of matches.matches) {
      const reason = match.reasons.find((r) => r.code === "priority");
      expect(reason, `${match.organization.slug} has no priority reason`).toBeDefined();
      expect(reason).toMatchObject({ points: 4, needIds: expect.arrayContaining([need.id]) });
      expect(reason?.code === "priority" && reason.titles).toContainEqual({ en: "A second ambulance for the villages" });
      expect(match.score).toBeLessThanOrEqual(match.best);
    }
  });
});
