// Dialogues (issue 19) on real PostgreSQL with the demo seed: visitors take part without an
// account (a token, nothing else), their statements wait for a facilitator, an approved one
// reaches the next visitor; limits per participant; a published report keeps its figures; the
// demo's closed dialogues have reports with opinion groups.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { NotAllowedError } from "@/lib/auth/policy";
import { addStatement, answerStatement, decideStatement, declarePosition, publishReport, type Participant } from "@/lib/dialogue/mutations";
import { participantHash } from "@/lib/dialogue/participant";
import { getPublishedReport, listDialogues, participantProgress } from "@/lib/dialogue/queries";
import { OPEN_DIALOGUE_SLUG } from "@/prisma/seed/demo/dialogues";
import { fileDatabase } from "./support/file-database";
import { demoViewers, type DemoRole } from "./support/seeded-database";

vi.mock("@/lib/auth/viewer", async (original) => (await import("./support/request-stubs")).withSession(await original()));
vi.mock("@/lib/auth/next-auth", async () => (await import("./support/request-stubs")).nextAuthStub);
vi.mock("next/headers", async () => (await import("./support/request-stubs")).nextHeadersStub);

const database = fileDatabase({ demo: true });
let people: Map<DemoRole, Viewer>;
let dialogueId: string;
let tokens = 0;
/** A new browser: a fresh token, from its own address unless one is given. */
const browser = (address = `198.51.100.${++tokens}`): Participant => ({
  token: `tok${String(tokens).padStart(3, "0")}`.padEnd(43, "x"),
  address,
});

beforeAll(async () => {
  people = await demoViewers(database);
  dialogueId = (await database.prisma.dialogue.findUniqueOrThrow({ where: { slug: OPEN_DIALOGUE_SLUG }, select: { id: true } })).id;
});

describe("the demo dialogues", () => {
  it("has three closed dialogues with published reports that show groups, and an open one", async () => {
    const { open, closed } = await listDialogues();
    expect(open.map((d) => d.slug)).toContain(OPEN_DIALOGUE_SLUG);
    expect(closed.filter((d) => d.reportPublishedAt)).toHaveLength(3);
    for (const dialogue of closed) {
      const report = await getPublishedReport(dialogue.slug);
      expect(report?.analysis.groups.length).toBeGreaterThanOrEqual(2);
      expect(report?.analysis.groups.every((g) => g.size >= 5)).toBe(true);
      expect(report?.analysis.consensus.length).toBeGreaterThan(0);
      // Statements are named from the dialogue's own, so a report never shows an id.
      for (const id of [...report!.analysis.consensus, ...report!.analysis.divisive]) expect(report!.texts[id]).toBeDefined();
    }
  });
});

describe("taking part without an account", () => {
  it("answers, adds a statement that waits, a facilitator approves it, and the next visitor gets it", async () => {
    const first = browser();
    const before = await participantProgress(dialogueId, first.token);
    expect(before.answered).toBe(0);
    expect(before.next).not.toBeNull();
    expect(await answerStatement({ dialogueId, statementId: before.next!.id, answer: "agree" }, first)).toMatchObject({ ok: true });
    const after = await participantProgress(dialogueId, first.token);
    expect(after.answered).toBe(1);
    expect(after.next?.id).not.toBe(before.next!.id);

    const text = "A bus from the villages to the centre on Saturdays.";
    expect(await addStatement(null, { dialogueId, text, locale: "en" }, first)).toMatchObject({
      ok: true,
      published: false,
    });
    const statement = await database.prisma.dialogueStatement.findFirstOrThrow({ where: { dialogueId, text } });
    expect(statement.status).toBe("PENDING");
    // Nobody else is asked about it while it waits.
    const second = browser();
    for (let i = 0; i < 10; i++) {
      const progress = await participantProgress(dialogueId, second.token);
      if (!progress.next) break;
      expect(progress.next.id).not.toBe(statement.id);
      await answerStatement({ dialogueId, statementId: progress.next.id, answer: "pass" }, second);
    }

    // Only the dialogue's facilitators decide: the representative of another organisation may not.
    await expect(decideStatement(people.get("representative")!, { statementId: statement.id, decision: "approve" })).rejects.toThrow(
      NotAllowedError,
    );
    expect(await decideStatement(people.get("official")!, { statementId: statement.id, decision: "approve" })).toMatchObject({
      ok: true,
      message: "approved",
    });
    expect(await decideStatement(people.get("official")!, { statementId: statement.id, decision: "approve" })).toEqual({
      ok: false,
      reason: "ALREADY_DECIDED",
    });
    const audit = await database.prisma.auditLog.findMany({ where: { targetId: statement.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["dialogue_statement.added", "dialogue_statement.approved"]);
    expect(audit[0]!.actorId).toBeNull(); // the anonymous author is nobody in the trail

    // A new visitor gets it first: it has the fewest answers (its author's agreement).
    const third = browser();
    expect((await participantProgress(dialogueId, third.token)).next?.id).toBe(statement.id);
    // Its author is not asked about their own statement.
    expect((await participantProgress(dialogueId, first.token)).next?.id).not.toBe(statement.id);
  });

  it("keeps nothing that leads to a person: the participant row is a hash, different in every dialogue", async () => {
    const columns = await database.prisma.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'DialogueParticipant' ORDER BY column_name`;
    expect(columns.map((c) => c.column_name)).toEqual(["dialogueId", "id", "position", "tokenHash"]);
    const voteColumns = await database.prisma.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'DialogueVote' ORDER BY column_name`;
    expect(voteColumns.map((c) => c.column_name)).toEqual(["participantId", "statementId", "value"]);
    const token = "same-browser".padEnd(43, "y");
    expect(participantHash(dialogueId, token)).not.toBe(participantHash("another-dialogue", token));
    expect(participantHash(dialogueId, token)).not.toContain(token);
  });

  it("asks the position once", async () => {
    const who = browser();
    expect(await declarePosition({ dialogueId, position: "ABROAD" }, who)).toMatchObject({ ok: true });
    expect(await declarePosition({ dialogueId, position: "RESIDENT" }, who)).toEqual({
      ok: false,
      reason: "ALREADY_DECLARED",
    });
    const row = await database.prisma.dialogueParticipant.findUniqueOrThrow({
      where: { dialogueId_tokenHash: { dialogueId, tokenHash: participantHash(dialogueId, who.token) } },
    });
    expect(row.position).toBe("ABROAD");
    expect((await participantProgress(dialogueId, who.token)).positionAsked).toBe(true);
  });

  it("refuses a statement twice, and more than ten statements an hour from one participant", async () => {
    const who = browser();
    const again = who;
    expect(await addStatement(null, { dialogueId, text: "Центр має працювати й увечері, і на вихідних.", locale: "uk" }, who)).toEqual({
      ok: false,
      reason: "DUPLICATE",
    });
    const results = [];
    for (let i = 0; i < 11; i++)
      results.push(await addStatement(null, { dialogueId, text: `Idea number ${i} for the centre`, locale: "en" }, again));
    expect(results.slice(0, 10).every((r) => r.ok)).toBe(true);
    expect(results[10]).toEqual({ ok: false, reason: "TOO_MANY" });
    // A facilitator's own statements are published at once and are not limited.
    expect(
      await addStatement(
        people.get("official")!,
        { dialogueId, text: "Facilitator's statement on opening hours", locale: "en" },
        browser(),
      ),
    ).toMatchObject({ ok: true, published: true });
  });

  it("counts a newly invented token against the address's allowance to join, cookie or not", async () => {
    const statement = await database.prisma.dialogueStatement.findFirstOrThrow({ where: { dialogueId, status: "PUBLISHED" } });
    const address = "203.0.113.77";
    const answers = [];
    // A script sending a fresh valid-looking token with every request: 300 may join per hour.
    for (let i = 0; i < 301; i++) {
      const who = { token: `forged${String(i).padStart(4, "0")}`.padEnd(43, "z"), address };
      answers.push(await answerStatement({ dialogueId, statementId: statement.id, answer: "agree" }, who));
    }
    expect(answers.slice(0, 300).every((a) => a.ok)).toBe(true);
    expect(answers[300]).toEqual({ ok: false, reason: "TOO_MANY" });
    // A participant already known from that address goes on answering.
    expect(
      await answerStatement({ dialogueId, statementId: statement.id, answer: "pass" }, { token: "forged0000".padEnd(43, "z"), address }),
    ).toMatchObject({
      ok: true,
    });
  });

  it("refuses an answer to a statement of another dialogue, or one still waiting", async () => {
    const pending = await database.prisma.dialogueStatement.findFirstOrThrow({ where: { dialogueId, status: "PENDING" } });
    const other = await database.prisma.dialogueStatement.findFirstOrThrow({ where: { dialogueId: { not: dialogueId } } });
    for (const statementId of [pending.id, other.id]) {
      expect(await answerStatement({ dialogueId, statementId, answer: "agree" }, browser())).toEqual({
        ok: false,
        reason: "INVALID_STATEMENT",
      });
    }
  });
});

describe("the report", () => {
  it("closes the dialogue, keeps its figures, and refuses answers after", async () => {
    const statement = await database.prisma.dialogueStatement.findFirstOrThrow({ where: { dialogueId, status: "PUBLISHED" } });
    await expect(publishReport(people.get("member")!, { dialogueId, summaryEn: "Summary" })).rejects.toThrow(NotAllowedError);
    expect(
      await publishReport(people.get("official")!, { dialogueId, summaryEn: "Evening hours and a shelter unite everyone." }),
    ).toMatchObject({
      ok: true,
    });
    const report = await getPublishedReport(OPEN_DIALOGUE_SLUG);
    expect(report).not.toBeNull();
    const participants = report!.analysis.participants;
    expect(participants).toBeGreaterThan(20);
    expect(await answerStatement({ dialogueId, statementId: statement.id, answer: "agree" }, browser())).toEqual({
      ok: false,
      reason: "CLOSED",
    });
    // Correcting the summary keeps the figures as they were at publication.
    expect(await publishReport(people.get("official")!, { dialogueId, summaryUk: "Виправлений підсумок" })).toMatchObject({ ok: true });
    const corrected = await getPublishedReport(OPEN_DIALOGUE_SLUG);
    expect(corrected!.analysis.participants).toBe(participants);
    expect(corrected!.dialogue.summary).toEqual({ uk: "Виправлений підсумок" });
  });
});
