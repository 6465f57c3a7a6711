// Partner matching and the partnership lifecycle on real PostgreSQL with the demo seed.
import { describe, expect, it, vi } from "vitest";
import { parseMatchFilters } from "@/lib/matching/filters";
import { matchCommunitiesForOrganization, matchOrganizationsForCommunity } from "@/lib/matching/queries";
import { completePartnership, proposePartnership, respondToPartnership } from "@/lib/partnership/mutations";
import { fileDatabase } from "./support/file-database";
import { viewerByEmail } from "./support/seeded-database";

vi.mock("@/lib/auth/next-auth", async () => (await import("./support/request-stubs")).nextAuthStub);

const database = fileDatabase({ demo: true });
const viewer = (email: string) => viewerByEmail(database.prisma, email);

describe("matching", () => {
  it("ranks organisations for a community's open needs, each with a shared sector and reasons", async () => {
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
    const result = (await matchOrganizationsForCommunity("berezhanska-urban", parseMatchFilters({ verified: "1", country: "DE" })))!;
    expect(result.matches.length).toBeGreaterThan(0);
    expect(result.matches.every((m) => m.organization.isVerified && m.organization.country === "DE")).toBe(true);
  });

  it("ranks communities for an organisation by its sectors", async () => {
    const result = (await matchCommunitiesForOrganization(
      "bridges-for-schools-berlin",
      parseMatchFilters({ sector: "SPECIAL_VEHICLES" }),
    ))!;
    expect(result.matches.length).toBeGreaterThan(0);
    expect(result.matches.every((m) => m.community.needs.some((n) => n.sector === "SPECIAL_VEHICLES"))).toBe(true);
  });
});

describe("partnership lifecycle", () => {
  it("is proposed by one side, answered once by the other, published when both are verified, completed with needs met", async () => {
    const official = await viewer("official@demo.example");
    const representative = await viewer("representative@demo.example");
    const berezhany = await database.prisma.community.findUniqueOrThrow({
      where: { slug: "berezhanska-urban" },
      select: { id: true, needs: { where: { needStatus: "OPEN", status: "PUBLISHED" }, select: { id: true } } },
    });
    const bridges = await database.prisma.organization.findUniqueOrThrow({
      where: { slug: "bridges-for-schools-berlin" },
      select: { id: true },
    });
    // Clear any seeded open partnership between the two, so this test proposes afresh.
    await database.prisma.partnership.updateMany({
      where: { organizationId: bridges.id, communityId: berezhany.id },
      data: { partnershipStatus: "COMPLETED" },
    });

    const proposed = await proposePartnership(official, {
      organizationId: bridges.id,
      communityId: berezhany.id,
      form: "JOINT_PROJECT",
      needIds: [berezhany.needs[0]!.id],
      message: "hello",
    });
    expect(proposed.ok).toBe(true);
    expect(
      await proposePartnership(official, { organizationId: bridges.id, communityId: berezhany.id, form: "MEMORANDUM", needIds: [] }),
    ).toEqual({ ok: false, reason: "ALREADY_PROPOSED" });
    const partnership = await database.prisma.partnership.findFirstOrThrow({ where: { slug: (proposed as { slug: string }).slug } });
    expect(partnership).toMatchObject({ partnershipStatus: "PROPOSED", status: "PENDING" });

    expect(await respondToPartnership(official, { partnershipId: partnership.id, accept: true })).toEqual({
      ok: false,
      reason: "OWN_PROPOSAL",
    });
    const answers = await Promise.all([
      respondToPartnership(representative, { partnershipId: partnership.id, accept: true }),
      respondToPartnership(representative, { partnershipId: partnership.id, accept: false }),
    ]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    const accepted = await database.prisma.partnership.findUniqueOrThrow({ where: { id: partnership.id } });
    expect(accepted.status).toBe(answers[0]!.ok ? "PUBLISHED" : "PENDING");
    expect(
      await database.prisma.notification.count({
        where: { userId: official.id, kind: { in: ["partnership.accepted", "partnership.declined"] } },
      }),
    ).toBe(1);

    if (accepted.partnershipStatus === "ACTIVE") {
      expect(await completePartnership(official, { partnershipId: partnership.id })).toEqual({ ok: true, message: "saved" });
      const need = await database.prisma.need.findUniqueOrThrow({ where: { id: berezhany.needs[0]!.id } });
      expect(need).toMatchObject({ needStatus: "MET", metByPartnershipId: partnership.id });
    }
    const trail = await database.prisma.auditLog.findMany({ where: { targetId: partnership.id }, select: { action: true } });
    expect(trail.map((t) => t.action)).toContain("partnership.proposed");
  });

  it("refuses people of neither side", async () => {
    const member = await viewer("member@demo.example");
    await expect(proposePartnership(member, { organizationId: "x", communityId: "y", form: "MEMORANDUM", needIds: [] })).rejects.toThrow(
      /FORBIDDEN/,
    );
  });
});
