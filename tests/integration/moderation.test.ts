// Moderation on real PostgreSQL: two moderators deciding the same item at once (exactly one
// wins), edits by someone who may only suggest (the public keeps the published version until
// approval), claims that verify a listing, and deleting an account without losing listings.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { deleteAccount } from "@/lib/account/mutations";
import { requestMembership } from "@/lib/membership/mutations";
import { decideChangeRequest, decideClaim, decideListings, mergeOrganizations } from "@/lib/moderation/mutations";
import { editOrganization } from "@/lib/organization/mutations";
import { fileDatabase } from "./support/file-database";
import { organizationRow } from "./support/factories";
import { viewerByEmail } from "./support/seeded-database";

vi.mock("@/lib/auth/next-auth", async () => (await import("./support/request-stubs")).nextAuthStub);

const database = fileDatabase({ demo: true });
const viewer = (email: string) => viewerByEmail(database.prisma, email);

beforeAll(async () => {
  // A second moderator, so two different people decide at once.
  await database.prisma.user.create({ data: { email: "moderator2@demo.example", name: "Second Moderator", role: "MODERATOR" } });
});

describe("moderation decisions", () => {
  it("lets exactly one of two simultaneous decisions win", async () => {
    const pending = await database.prisma.organization.findFirstOrThrow({ where: { status: "PENDING" }, select: { id: true } });
    const [a, b] = await Promise.all([viewer("moderator@demo.example"), viewer("moderator2@demo.example")]);
    const results = await Promise.all([
      decideListings(a, { type: "ORGANIZATION", ids: [pending.id], decision: "approve" }),
      decideListings(b, { type: "ORGANIZATION", ids: [pending.id], decision: "reject", reason: "duplicate" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "ALREADY_DECIDED" }]);
    const audit = await database.prisma.auditLog.findMany({
      where: { targetId: pending.id, action: { in: ["organization.approved", "organization.rejected"] } },
    });
    expect(audit).toHaveLength(1);
  });

  it("refuses people who are not moderators", async () => {
    const member = await viewer("member@demo.example");
    await expect(decideListings(member, { type: "ORGANIZATION", ids: ["x"], decision: "approve" })).rejects.toThrow(/FORBIDDEN/);
    await expect(decideListings(null, { type: "ORGANIZATION", ids: ["x"], decision: "approve" })).rejects.toThrow(/SIGN_IN_REQUIRED/);
  });
});

describe("edits by someone who may only suggest", () => {
  it("wait as a change request; the public sees the old text until a moderator approves", async () => {
    const org = await database.prisma.organization.findUniqueOrThrow({
      where: { slug: "friends-of-kyiv-toronto" },
      select: { id: true, name: true, sectors: true },
    });
    const member = await viewer("member@demo.example");
    // A verified representative may edit directly; a member with a pending claim may suggest.
    await expect(editOrganization(member, org.id, { nameEn: "Hijacked", languages: [], sectors: org.sectors })).rejects.toThrow(
      /FORBIDDEN/,
    );
    expect(await requestMembership(member, { target: { type: "ORGANIZATION", id: org.id }, title: "Secretary" })).toEqual({
      ok: true,
      message: "claimSent",
    });
    expect(await requestMembership(member, { target: { type: "ORGANIZATION", id: org.id }, title: "Secretary" })).toEqual({
      ok: false,
      reason: "ALREADY_CLAIMED",
    });
    const claimant = await viewer("member@demo.example");
    const result = await editOrganization(claimant, org.id, {
      nameEn: "Friends of Kyiv (Toronto)",
      nameUk: "Друзі Києва (Торонто)",
      languages: ["uk", "en"],
      sectors: org.sectors,
    });
    expect(result).toEqual({ ok: true, message: "editSubmitted" });
    const unchanged = await database.prisma.organization.findUniqueOrThrow({ where: { id: org.id }, select: { name: true } });
    expect(unchanged.name).toEqual(org.name);

    const moderator = await viewer("moderator@demo.example");
    const request = await database.prisma.changeRequest.findFirstOrThrow({ where: { targetId: org.id, status: "PENDING" } });
    expect(await decideChangeRequest(moderator, { changeRequestId: request.id, approve: true })).toMatchObject({ ok: true });
    const changed = await database.prisma.organization.findUniqueOrThrow({ where: { id: org.id }, select: { name: true } });
    expect(changed.name).toEqual({ uk: "Друзі Києва (Торонто)", en: "Friends of Kyiv (Toronto)" });
    const searchRow = await database.prisma.searchDocument.findFirstOrThrow({ where: { targetId: org.id } });
    expect(searchRow.name).toEqual(changed.name);
    // The author is told.
    const notice = await database.prisma.notification.findFirst({ where: { userId: member.id, kind: "change.approved" } });
    expect(notice).not.toBeNull();

    // Verifying the claim turns suggestions into direct edits.
    const membership = await database.prisma.membership.findFirstOrThrow({ where: { userId: member.id, organizationId: org.id } });
    expect(await decideClaim(moderator, { membershipId: membership.id, approve: true })).toMatchObject({ ok: true });
    expect(await decideClaim(moderator, { membershipId: membership.id, approve: false, reason: "late" })).toEqual({
      ok: false,
      reason: "ALREADY_DECIDED",
    });
    const representative = await viewer("member@demo.example");
    expect(
      await editOrganization(representative, org.id, {
        nameEn: "Friends of Kyiv Toronto",
        nameUk: "Друзі Києва (Торонто)",
        languages: ["uk", "en"],
        sectors: org.sectors,
      }),
    ).toEqual({ ok: true, message: "editPublished" });
  });
});

describe("deleting an account", () => {
  it("removes the person and their personal links, keeps listings and the audit trail", async () => {
    const representative = await viewer("representative@demo.example");
    const before = await database.prisma.auditLog.count();
    const orgCount = await database.prisma.organization.count();
    expect(await deleteAccount(representative)).toEqual({ ok: true });
    expect(await database.prisma.user.findUnique({ where: { id: representative.id } })).toBeNull();
    expect(await database.prisma.membership.count({ where: { userId: representative.id } })).toBe(0);
    expect(await database.prisma.session.count({ where: { userId: representative.id } })).toBe(0);
    expect(await database.prisma.organization.count()).toBe(orgCount);
    expect(await database.prisma.organization.count({ where: { createdById: representative.id } })).toBe(0);
    expect(await database.prisma.auditLog.count()).toBe(before + 1);
    expect(await database.prisma.auditLog.count({ where: { actorId: representative.id } })).toBe(0);
  });

  it("refuses to delete the last administrator", async () => {
    expect(await deleteAccount(await viewer("admin@demo.example"))).toEqual({ ok: false, reason: "LAST_ADMIN" });
  });
});

describe("merging duplicates", () => {
  it("moves the duplicate's people and posts to the listing that stays and archives it, audited", async () => {
    const moderator = await viewer("moderator@demo.example");
    const keep = await database.prisma.organization.findUniqueOrThrow({
      where: { slug: "bridges-for-schools-berlin" },
      select: { id: true },
    });
    const duplicate = await database.prisma.organization.create({
      data: organizationRow({ slug: "bridges-for-schools-berlin-copy", name: { en: "Bridges for Schools (copy)" } }),
    });
    const member = await viewer("member@demo.example");
    await database.prisma.membership.create({
      data: { userId: member.id, organizationId: duplicate.id, role: "REPRESENTATIVE", status: "PENDING" },
    });
    await database.prisma.announcement.create({
      data: { slug: "copy-news", title: { en: "News" }, organizationId: duplicate.id, status: "PUBLISHED" },
    });

    expect(
      await mergeOrganizations(moderator, {
        duplicateId: duplicate.id,
        intoSlug: "bridges-for-schools-berlin",
        reason: "same association",
      }),
    ).toEqual({ ok: true, message: "saved" });
    expect((await database.prisma.organization.findUniqueOrThrow({ where: { id: duplicate.id } })).status).toBe("ARCHIVED");
    expect(await database.prisma.announcement.findUniqueOrThrow({ where: { slug: "copy-news" } })).toMatchObject({
      organizationId: keep.id,
    });
    expect(await database.prisma.membership.count({ where: { userId: member.id, organizationId: keep.id } })).toBe(1);
    expect(await database.prisma.searchDocument.count({ where: { targetId: duplicate.id } })).toBe(0);
    const audit = await database.prisma.auditLog.findFirstOrThrow({ where: { targetId: duplicate.id, action: "organization.merged" } });
    expect(audit.after).toMatchObject({ mergedInto: "bridges-for-schools-berlin" });
    // A second merge of the same duplicate changes nothing.
    expect(
      await mergeOrganizations(moderator, { duplicateId: duplicate.id, intoSlug: "bridges-for-schools-berlin", reason: "again" }),
    ).toEqual({ ok: false, reason: "NOTHING_CHANGED" });
  });
});
