// Partner matching and the partnership lifecycle on real PostgreSQL with the demo seed.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seed } from "@/prisma/seed/index";
import { reindexAll } from "@/lib/search/indexer";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
import { parseMatchFilters } from "@/lib/matching/filters";
import { cloneTestDatabase, type TestDatabase, useAppDatabase } from "./support/database";

vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => null, signIn: async () => undefined, signOut: async () => undefined, handlers: {} }));

let database: TestDatabase;
const originalUrl = process.env.DATABASE_URL;
const viewer = async (email: string): Promise<Viewer> => {
  const user = await database.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return (await loadViewer(user.id))!;
};

beforeAll(async () => {
  database = await cloneTestDatabase();
  await seed(database.prisma, { demo: true, now: new Date("2026-11-22T12:00:00Z") });
  await reindexAll(database.prisma);
  useAppDatabase(database.url);
});
afterAll(async () => {
  useAppDatabase(originalUrl);
  await database?.drop();
});

describe("matching", () => {
  it("ranks organisations for a community's open needs, each with a shared sector and reasons", async () => {
    const { matchOrganizationsForCommunity } = await import("@/lib/matching/queries");
    const result = (await matchOrganizationsForCommunity("berezhanska-urban", parseMatchFilters({})))!;
    expect(result.matches.length).toBeGreaterThan(0);
    const needSectors = new Set(result.community.needs.map((n) => n.sector));
    for (const match of result.matches) {
      const sector = match.reasons.find((r) => r.code === "sector");
      expect(sector, `${match.organization.slug} has no shared sector`).toBeDefined();
      expect(match.organization.sectors.some((s) => needSectors.has(s))).toBe(true);
    }
    const scores = result.matches.map((m) => m.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(result.matches[0]!.organization.slug).toBe("bridges-for-schools-berlin");
  });

  it("narrows by filters", async () => {
    const { matchOrganizationsForCommunity } = await import("@/lib/matching/queries");
    const result = (await matchOrganizationsForCommunity("berezhanska-urban", parseMatchFilters({ verified: "1", country: "DE" })))!;
    expect(result.matches.length).toBeGreaterThan(0);
    expect(result.matches.every((m) => m.organization.isVerified && m.organization.country === "DE")).toBe(true);
  });

  it("ranks communities for an organisation by its sectors", async () => {
    const { matchCommunitiesForOrganization } = await import("@/lib/matching/queries");
    const result = (await matchCommunitiesForOrganization("bridges-for-schools-berlin", parseMatchFilters({ sector: "SPECIAL_VEHICLES" })))!;
    expect(result.matches.length).toBeGreaterThan(0);
    expect(result.matches.every((m) => m.community.needs.some((n) => n.sector === "SPECIAL_VEHICLES"))).toBe(true);
  });
});

describe("partnership lifecycle", () => {
  it("is proposed by one side, answered once by the other, published when both are verified, completed with needs met", async () => {
    const { proposePartnership, respondToPartnership, completePartnership } = await import("@/lib/partnership/mutations");
    const official = await viewer("official@demo.example");
    const representative = await viewer("representative@demo.example");
    const berezhany = await database.prisma.community.findUniqueOrThrow({ where: { slug: "berezhanska-urban" }, select: { id: true, needs: { where: { needStatus: "OPEN", status: "PUBLISHED" }, select: { id: true } } } });
    const bridges = await database.prisma.organization.findUniqueOrThrow({ where: { slug: "bridges-for-schools-berlin" }, select: { id: true } });
    // Clear any seeded open partnership between the two, so this test proposes afresh.
    await database.prisma.partnership.updateMany({ where: { organizationId: bridges.id, communityId: berezhany.id }, data: { partnershipStatus: "COMPLETED" } });

    const proposed = await proposePartnership(official, { organizationId: bridges.id, communityId: berezhany.id, form: "JOINT_PROJECT", needIds: [berezhany.needs[0]!.id], message: "hello" });
    expect(proposed.ok).toBe(true);
    expect(await proposePartnership(official, { organizationId: bridges.id, communityId: berezhany.id, form: "MEMORANDUM", needIds: [] })).toEqual({ ok: false, reason: "ALREADY_PROPOSED" });
    const partnership = await database.prisma.partnership.findFirstOrThrow({ where: { slug: (proposed as { slug: string }).slug } });
    expect(partnership).toMatchObject({ partnershipStatus: "PROPOSED", status: "PENDING" });

    expect(await respondToPartnership(official, { partnershipId: partnership.id, accept: true })).toEqual({ ok: false, reason: "OWN_PROPOSAL" });
    const answers = await Promise.all([
      respondToPartnership(representative, { partnershipId: partnership.id, accept: true }),
      respondToPartnership(representative, { partnershipId: partnership.id, accept: false }),
    ]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    const accepted = await database.prisma.partnership.findUniqueOrThrow({ where: { id: partnership.id } });
    expect(accepted.status).toBe(answers[0]!.ok ? "PUBLISHED" : "PENDING");
    expect(await database.prisma.notification.count({ where: { userId: official.id, kind: { in: ["partnership.accepted", "partnership.declined"] } } })).toBe(1);

    if (accepted.partnershipStatus === "ACTIVE") {
      expect(await completePartnership(official, { partnershipId: partnership.id })).toEqual({ ok: true, message: "saved" });
      const need = await database.prisma.need.findUniqueOrThrow({ where: { id: berezhany.needs[0]!.id } });
      expect(need).toMatchObject({ needStatus: "MET", metByPartnershipId: partnership.id });
    }
    const trail = await database.prisma.auditLog.findMany({ where: { targetId: partnership.id }, select: { action: true } });
    expect(trail.map((t) => t.action)).toContain("partnership.proposed");
  });

  it("refuses people of neither side", async () => {
    const { proposePartnership } = await import("@/lib/partnership/mutations");
    const member = await viewer("member@demo.example");
    await expect(proposePartnership(member, { organizationId: "x", communityId: "y", form: "MEMORANDUM", needIds: [] })).rejects.toThrow(/FORBIDDEN/);
  });
});
