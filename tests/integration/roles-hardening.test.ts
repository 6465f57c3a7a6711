// Roles that cannot be stolen (issue 14, part 4), on real PostgreSQL: a merge does not hand over
// verification, the official-domain mark trusts only a proven address, the answering side of a
// partnership survives the proposer's account, verified roles can be revoked and accounts
// blocked, nominations cannot crowd a poll, and the last admin survives two admins at once.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { loadViewer } from "@/lib/auth/viewer";
import { deleteAccount } from "@/lib/account/mutations";
import { signInBlocked } from "@/lib/auth/blocked-sign-in";
import { startDemoSession } from "@/lib/auth/demo-sign-in";
import { requestMembership, revokeMembership } from "@/lib/membership/mutations";
import { mergeOrganizations } from "@/lib/moderation/mutations";
import { listPendingClaims } from "@/lib/moderation/queries";
import { editOrganization } from "@/lib/organization/mutations";
import { proposePartnership, respondToPartnership } from "@/lib/partnership/mutations";
import { approveNomination, nominate } from "@/lib/poll/mutations";
import { setBlocked, setUserRole } from "@/lib/user/mutations";
import { organizationRow } from "./support/factories";
import { fileDatabase, fileEnv } from "./support/file-database";
import { viewerByEmail } from "./support/seeded-database";

vi.mock("@/lib/auth/next-auth", async () => (await import("./support/request-stubs")).nextAuthStub);
// A request from this machine, so demo sign-in answers on account state alone.
vi.mock("next/headers", async () =>
  (await import("./support/request-stubs")).requestHeaders(
    () => new Headers({ host: "localhost:3000", "x-atlas-socket-address": "127.0.0.1" }),
  ),
);

fileEnv({ DEMO_SIGN_IN: "true" });
const database = fileDatabase({ demo: true });
const viewer = (email: string) => viewerByEmail(database.prisma, email);

describe("merging a duplicate", () => {
  it("brings its verified representatives over as claims to decide again, and keeps a membership already on the kept listing", async () => {
    const moderator = await viewer("moderator@demo.example");
    const real = await database.prisma.organization.findUniqueOrThrow({
      where: { slug: "friends-of-kyiv-toronto" },
      select: { id: true, slug: true, sectors: true },
    });
    const lookAlike = await database.prisma.organization.create({
      data: organizationRow({ slug: "friends-of-kyiv-toronto-2", name: { en: "Friends of Kyiv Toronto" } }),
    });
    const thief = await database.prisma.user.create({ data: { email: "thief@example.org", name: "Look-alike" } });
    const stays = await database.prisma.user.create({ data: { email: "stays@example.org" } });
    await database.prisma.membership.create({
      data: {
        userId: thief.id,
        organizationId: lookAlike.id,
        role: "REPRESENTATIVE",
        status: "VERIFIED",
        evidenceUrl: "https://example.org/about",
        evidenceNote: "I run it",
      },
    });
    await database.prisma.membership.create({
      data: { userId: stays.id, organizationId: lookAlike.id, role: "REPRESENTATIVE", status: "VERIFIED" },
    });
    await database.prisma.membership.create({
      data: { userId: stays.id, organizationId: real.id, role: "REPRESENTATIVE", status: "REJECTED", decisionReason: "no evidence" },
    });

    expect(await mergeOrganizations(moderator, { duplicateId: lookAlike.id, intoSlug: real.slug, reason: "duplicate" })).toEqual({
      ok: true,
      message: "saved",
    });

    const moved = await database.prisma.membership.findUniqueOrThrow({
      where: { userId_organizationId: { userId: thief.id, organizationId: real.id } },
    });
    expect(moved).toMatchObject({ status: "PENDING", decidedAt: null, evidenceUrl: "https://example.org/about" });
    expect(moved.evidenceNote).toMatch(/^I run it\n\n.*friends-of-kyiv-toronto-2/s);
    const asThief = (await loadViewer(thief.id))!;
    await expect(editOrganization(asThief, real.id, { nameEn: "Stolen", languages: [], sectors: real.sectors })).resolves.toEqual({
      ok: true,
      message: "editSubmitted",
    });
    expect((await database.prisma.organization.findUniqueOrThrow({ where: { id: real.id }, select: { name: true } })).name).not.toEqual({
      en: "Stolen",
    });
    // The person who already had a (rejected) membership on the kept listing keeps that one.
    expect(
      await database.prisma.membership.findMany({ where: { userId: stays.id }, select: { organizationId: true, status: true } }),
    ).toEqual([{ organizationId: real.id, status: "REJECTED" }]);
    const audit = await database.prisma.auditLog.findFirstOrThrow({ where: { targetId: lookAlike.id, action: "organization.merged" } });
    expect(audit.after).toMatchObject({ moved: { reopenedClaims: 1 } });
  });
});

describe("the official-domain mark on claims", () => {
  it("is earned by the person's proven account address, not by an address typed into the claim", async () => {
    const community = await database.prisma.community.findFirstOrThrow({
      where: { status: "PUBLISHED", hiddenAt: null, memberships: { none: {} } },
      select: { id: true },
    });
    const impostor = await database.prisma.user.create({ data: { email: "impostor@gmail.example", emailVerified: new Date() } });
    const officer = await database.prisma.user.create({ data: { email: "officer@zolochivska.gov.ua", emailVerified: new Date() } });
    const unproven = await database.prisma.user.create({ data: { email: "unproven@kyivcity.gov.ua", emailVerified: null } });
    for (const [user, evidenceEmail] of [
      [impostor, "mayor@kyivcity.gov.ua"],
      [officer, undefined],
      [unproven, undefined],
    ] as const) {
      expect(
        await requestMembership((await loadViewer(user.id))!, {
          target: { type: "COMMUNITY", id: community.id },
          title: "Officer",
          evidenceEmail,
        }),
      ).toEqual({ ok: true, message: "claimSent" });
    }
    // The queue shows the oldest 50: put these first.
    await database.prisma.membership.updateMany({
      where: { communityId: community.id },
      data: { createdAt: new Date("2000-01-01T00:00:00Z") },
    });
    const claims = await listPendingClaims();
    const ids = new Map(
      (await database.prisma.membership.findMany({ where: { communityId: community.id }, select: { id: true, userId: true } })).map((m) => [
        m.userId,
        m.id,
      ]),
    );
    const of = (userId: string) => claims.find((c) => c.id === ids.get(userId));
    expect(of(impostor.id)).toMatchObject({ officialDomain: false, evidenceDomain: "gmail.example", typedDomain: "kyivcity.gov.ua" });
    expect(of(officer.id)).toMatchObject({ officialDomain: true, evidenceDomain: "zolochivska.gov.ua", typedDomain: null });
    expect(of(unproven.id)).toMatchObject({ officialDomain: false, evidenceDomain: null });
  });
});

describe("answering a partnership proposal", () => {
  it("stays with the other side after the proposer deletes their account", async () => {
    const bridges = await database.prisma.organization.findUniqueOrThrow({
      where: { slug: "bridges-for-schools-berlin" },
      select: { id: true },
    });
    const berezhany = await database.prisma.community.findUniqueOrThrow({ where: { slug: "berezhanska-urban" }, select: { id: true } });
    await database.prisma.partnership.updateMany({
      where: { organizationId: bridges.id, communityId: berezhany.id },
      data: { partnershipStatus: "COMPLETED" },
    });
    // A second verified representative of the proposing organisation.
    const colleague = await database.prisma.user.create({ data: { email: "colleague@bridges.example" } });
    await database.prisma.membership.create({
      data: { userId: colleague.id, organizationId: bridges.id, role: "REPRESENTATIVE", status: "VERIFIED" },
    });

    const proposer = await viewer("representative@demo.example");
    const proposed = await proposePartnership(proposer, {
      organizationId: bridges.id,
      communityId: berezhany.id,
      form: "MEMORANDUM",
      needIds: [],
    });
    expect(proposed.ok).toBe(true);
    const partnership = await database.prisma.partnership.findFirstOrThrow({ where: { slug: (proposed as { slug: string }).slug } });
    expect(partnership.answeringSide).toBe("COMMUNITY");
    expect(await deleteAccount(proposer)).toEqual({ ok: true });

    const asColleague = (await loadViewer(colleague.id))!;
    await expect(respondToPartnership(asColleague, { partnershipId: partnership.id, accept: true })).rejects.toThrow(/FORBIDDEN/);
    expect(await respondToPartnership(await viewer("official@demo.example"), { partnershipId: partnership.id, accept: true })).toEqual({
      ok: true,
      message: "saved",
    });
  });
});

describe("the roles_hardening migration's backfill", () => {
  it("stores the side that did not propose, as derived from the proposer's memberships, and NULL when unknown", async () => {
    const dir = readdirSync("prisma/migrations").find((d) => d.endsWith("_roles_hardening"))!;
    const sql = readFileSync(path.join("prisma/migrations", dir, "migration.sql"), "utf8");
    const backfill = sql.slice(sql.indexOf("WITH sides AS"));
    const bridges = await database.prisma.organization.findUniqueOrThrow({
      where: { slug: "bridges-for-schools-berlin" },
      select: { id: true },
    });
    const other = await database.prisma.organization.findUniqueOrThrow({
      where: { slug: "friends-of-kyiv-toronto" },
      select: { id: true },
    });
    const berezhany = await database.prisma.community.findUniqueOrThrow({ where: { slug: "berezhanska-urban" }, select: { id: true } });
    const rep = await database.prisma.user.create({
      data: {
        email: "backfill-rep@example.org",
        memberships: { create: { organizationId: bridges.id, role: "REPRESENTATIVE", status: "VERIFIED" } },
      },
    });
    const official = await database.prisma.user.create({
      data: {
        email: "backfill-official@example.org",
        memberships: { create: { communityId: berezhany.id, role: "OFFICIAL", status: "VERIFIED" } },
      },
    });
    const row = (slug: string, data: object) =>
      database.prisma.partnership.create({ data: { slug, organizationId: bridges.id, form: "MEMORANDUM", ...data }, select: { id: true } });
    const byRep = await row("backfill-rep", { communityId: berezhany.id, proposedById: rep.id });
    const byOfficial = await row("backfill-official", { communityId: berezhany.id, proposedById: official.id });
    const orphan = await row("backfill-orphan", { communityId: berezhany.id, proposedById: null, answeringSide: "ORGANIZATION" });
    const orgToOrg = await row("backfill-org", { partnerOrganizationId: other.id, proposedById: rep.id });
    await database.prisma.partnership.update({ where: { id: orphan.id }, data: { answeringSide: null } });
    await database.prisma.$executeRawUnsafe(backfill);
    const side = async (id: string) =>
      (await database.prisma.partnership.findUniqueOrThrow({ where: { id }, select: { answeringSide: true } })).answeringSide;
    expect([await side(byRep.id), await side(byOfficial.id), await side(orphan.id), await side(orgToOrg.id)]).toEqual([
      "COMMUNITY",
      "ORGANIZATION",
      null,
      "PARTNER_ORGANIZATION",
    ]);
  });
});

describe("revoking a verified membership", () => {
  it("takes the role away at once, audited, and tells the person why", async () => {
    const moderator = await viewer("moderator@demo.example");
    const org = await database.prisma.organization.create({
      data: organizationRow({ slug: "revocable-org", name: { en: "Revocable" }, isVerified: true }),
    });
    const person = await database.prisma.user.create({ data: { email: "left@example.org" } });
    const membership = await database.prisma.membership.create({
      data: { userId: person.id, organizationId: org.id, role: "REPRESENTATIVE", status: "VERIFIED" },
    });
    await expect(revokeMembership(await viewer("member@demo.example"), { membershipId: membership.id, reason: "x" })).rejects.toThrow(
      /FORBIDDEN/,
    );

    expect(await revokeMembership(moderator, { membershipId: membership.id, reason: "left the organisation" })).toEqual({
      ok: true,
      message: "revoked",
    });
    expect(await revokeMembership(moderator, { membershipId: membership.id, reason: "again" })).toEqual({
      ok: false,
      reason: "ALREADY_DECIDED",
    });
    expect(await database.prisma.membership.findUniqueOrThrow({ where: { id: membership.id } })).toMatchObject({
      status: "REVOKED",
      decisionReason: "left the organisation",
      decidedById: moderator.id,
    });
    expect(await database.prisma.organization.findUniqueOrThrow({ where: { id: org.id }, select: { isVerified: true } })).toEqual({
      isVerified: false,
    });
    await expect(editOrganization((await loadViewer(person.id))!, org.id, { nameEn: "Mine", languages: [], sectors: [] })).rejects.toThrow(
      /FORBIDDEN/,
    );
    expect(
      await database.prisma.auditLog.count({
        where: { targetId: membership.id, action: "membership.revoked", reason: "left the organisation" },
      }),
    ).toBe(1);
    expect(await database.prisma.notification.findFirst({ where: { userId: person.id, kind: "membership.revoked" } })).toMatchObject({
      payload: { reason: "left the organisation" },
    });
  });
});

describe("blocking an account", () => {
  it("ends the person's sessions at once, refuses demo sign-in, and is undone by unblocking", async () => {
    const moderator = await viewer("moderator@demo.example");
    const member = await viewer("member@demo.example");
    await database.prisma.session.create({
      data: { sessionToken: "member-session", userId: member.id, expires: new Date(Date.now() + 86_400_000) },
    });

    await expect(setBlocked(member, { userId: moderator.id, block: true, reason: "x" })).rejects.toThrow(/FORBIDDEN/);
    expect(await setBlocked(moderator, { userId: member.id, block: true, reason: "spam" })).toEqual({ ok: true, message: "blocked" });
    expect(await setBlocked(moderator, { userId: member.id, block: true, reason: "spam" })).toEqual({
      ok: false,
      reason: "NOTHING_CHANGED",
    });
    expect(await database.prisma.session.count({ where: { userId: member.id } })).toBe(0);
    expect(await loadViewer(member.id)).toBeNull();
    expect(await startDemoSession("member@demo.example")).toBe(false);
    // next-auth's signIn callback: by emailed link, and by an OAuth account whose address changed.
    await database.prisma.account.create({
      data: { userId: member.id, type: "oauth", provider: "github", providerAccountId: "gh-member" },
    });
    expect(await signInBlocked(database.prisma, { email: "member@demo.example" })).toBe(true);
    expect(
      await signInBlocked(database.prisma, {
        email: "renamed@elsewhere.example",
        account: { type: "oauth", provider: "github", providerAccountId: "gh-member" },
      }),
    ).toBe(true);
    expect(await signInBlocked(database.prisma, { email: "official@demo.example" })).toBe(false);
    expect(await database.prisma.auditLog.count({ where: { targetId: member.id, action: "user.blocked", reason: "spam" } })).toBe(1);

    expect(await setBlocked(moderator, { userId: member.id, block: false, reason: "appealed" })).toEqual({
      ok: true,
      message: "unblocked",
    });
    expect(await loadViewer(member.id)).not.toBeNull();
    expect(await startDemoSession("member@demo.example")).toBe(true);
    expect(await signInBlocked(database.prisma, { email: "member@demo.example" })).toBe(false);
  });

  it("lets moderators block members only, admins anyone but themselves", async () => {
    const moderator = await viewer("moderator@demo.example");
    const admin = await viewer("admin@demo.example");
    const otherModerator = await database.prisma.user.create({ data: { email: "moderator3@example.org", role: "MODERATOR" } });
    await expect(setBlocked(moderator, { userId: admin.id, block: true, reason: "x" })).rejects.toThrow(/FORBIDDEN/);
    await expect(setBlocked(moderator, { userId: otherModerator.id, block: true, reason: "x" })).rejects.toThrow(/FORBIDDEN/);
    await expect(setBlocked(moderator, { userId: moderator.id, block: true, reason: "x" })).rejects.toThrow(/FORBIDDEN/);
    await expect(setBlocked(admin, { userId: admin.id, block: true, reason: "x" })).rejects.toThrow(/FORBIDDEN/);
    expect(await setBlocked(admin, { userId: otherModerator.id, block: true, reason: "abuse" })).toEqual({ ok: true, message: "blocked" });
    expect(await database.prisma.user.findUniqueOrThrow({ where: { id: otherModerator.id } })).toMatchObject({
      blockedAt: expect.any(Date),
    });
  });
});

describe("poll nominations", () => {
  async function nominationPoll(slug: string, approved: number) {
    const org = await database.prisma.organization.findUniqueOrThrow({
      where: { slug: "bridges-for-schools-berlin" },
      select: { id: true },
    });
    return database.prisma.poll.create({
      data: {
        slug,
        question: { en: slug },
        organizationId: org.id,
        status: "PUBLISHED",
        allowNominations: true,
        opensAt: new Date(Date.now() - 86_400_000),
        closesAt: new Date(Date.now() + 86_400_000),
        options: { create: Array.from({ length: approved }, (_, position) => ({ label: { en: `Option ${position}` }, position })) },
      },
    });
  }
  const people = (n: number) =>
    Promise.all(
      Array.from({ length: n }, (_, i) =>
        database.prisma.user.create({ data: { email: `nominee-${Math.random().toString(36).slice(2)}-${i}@example.org` } }),
      ),
    );

  it("takes one waiting nomination per person per poll", async () => {
    const poll = await nominationPoll("one-each", 2);
    const [person] = await people(1);
    const results = await Promise.all(
      [1, 2, 3].map((i) => nominate({ pollId: poll.id, userId: person!.id, label: { en: `Candidate ${i}` } })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, reason: "ALREADY_NOMINATED" },
      { ok: false, reason: "ALREADY_NOMINATED" },
    ]);
    expect(await database.prisma.pollOption.count({ where: { pollId: poll.id, isApproved: false } })).toBe(1);
  });

  it("counts only approved options toward the cap of 20", async () => {
    const poll = await nominationPoll("crowded", 18);
    const [a, b, c] = await people(3);
    const first = await nominate({ pollId: poll.id, userId: a!.id, label: { en: "A" } });
    const second = await nominate({ pollId: poll.id, userId: b!.id, label: { en: "B" } });
    // 18 approved + 2 waiting: a third person may still nominate.
    const third = await nominate({ pollId: poll.id, userId: c!.id, label: { en: "C" } });
    expect([first.ok, second.ok, third.ok]).toEqual([true, true, true]);
    expect(await approveNomination({ optionId: (first as { optionId: string }).optionId })).toEqual({ ok: true });
    expect(await approveNomination({ optionId: (second as { optionId: string }).optionId })).toEqual({ ok: true });
    // The ballot is full now: neither an approval nor a new nomination gets past 20.
    expect(await approveNomination({ optionId: (third as { optionId: string }).optionId })).toEqual({
      ok: false,
      reason: "TOO_MANY_OPTIONS",
    });
    const [d] = await people(1);
    expect(await nominate({ pollId: poll.id, userId: d!.id, label: { en: "D" } })).toEqual({ ok: false, reason: "TOO_MANY_OPTIONS" });
    expect(await database.prisma.pollOption.count({ where: { pollId: poll.id, isApproved: true } })).toBe(20);
  });
});

describe("the last admin", () => {
  it("survives two admins demoting each other at the same moment", async () => {
    // Only two admins, neither blocked.
    await database.prisma.user.updateMany({ where: { role: "ADMIN", email: { not: "admin@demo.example" } }, data: { role: "MEMBER" } });
    const second = await database.prisma.user.create({ data: { email: "admin2@example.org", role: "ADMIN" } });
    const [a, b] = [await viewer("admin@demo.example"), (await loadViewer(second.id))!];
    const results = await Promise.all([setUserRole(a, { userId: b.id, role: "MEMBER" }), setUserRole(b, { userId: a.id, role: "MEMBER" })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "LAST_ADMIN" }]);
    expect(await database.prisma.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });
});
