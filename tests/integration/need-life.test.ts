// Matching people can read, and a need's life (issue 16), on real PostgreSQL with the demo seed:
// fit as a share with its reasons, one page at a time; a pair with a partnership proposed or
// running is marked and not proposed twice; accepting a partnership puts the needs it addresses
// in progress and completing it meets them; a community's verified officials withdraw and reopen
// a need, which then leaves matching and the public lists.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getCommunityBySlug } from "@/lib/community/queries";
import { publicNeedWhere } from "@/lib/listing/public-where";
import { MATCHES_PAGE_SIZE, parseMatchFilters } from "@/lib/matching/filters";
import { matchCommunitiesForOrganization, matchOrganizationsForCommunity } from "@/lib/matching/queries";
import { parseNeedFilters } from "@/lib/need/filters";
import { withdrawNeed } from "@/lib/need/mutations";
import { SCHOOL_BUS_NEED_SLUG } from "@/prisma/seed/demo/needs";
import { matchingNeedIds } from "@/lib/need/queries";
import { completePartnership, proposePartnership, respondToPartnership } from "@/lib/partnership/mutations";
import { createPeople, officialOf } from "./support/factories";
import { fileDatabase } from "./support/file-database";
import { viewerByEmail, viewerById } from "./support/seeded-database";

vi.mock("@/lib/auth/next-auth", async () => (await import("./support/request-stubs")).nextAuthStub);

const database = fileDatabase({ demo: true });
const viewer = (email: string) => viewerByEmail(database.prisma, email);
const BEREZHANY = "berezhanska-urban";
const BRIDGES = "bridges-for-schools-berlin";

let berezhanyId: string;
let bridgesId: string;

beforeAll(async () => {
  berezhanyId = (await database.prisma.community.findUniqueOrThrow({ where: { slug: BEREZHANY }, select: { id: true } })).id;
  bridgesId = (await database.prisma.organization.findUniqueOrThrow({ where: { slug: BRIDGES }, select: { id: true } })).id;
});

/** Berezhany's open, published needs, the first ones first (a stable order). */
const openNeedsOfBerezhany = () =>
  database.prisma.need.findMany({
    where: { communityId: berezhanyId, needStatus: "OPEN", status: "PUBLISHED", hiddenAt: null },
    orderBy: { slug: "asc" },
    select: { id: true, slug: true },
  });

describe("fit as a share, one page at a time", () => {
  it("gives each match a whole share in 0–100 with its reasons, best first, ten to a page with the total", async () => {
    const first = (await matchOrganizationsForCommunity(BEREZHANY, parseMatchFilters({})))!;
    expect(first.total).toBeGreaterThan(MATCHES_PAGE_SIZE);
    expect(first.matches).toHaveLength(MATCHES_PAGE_SIZE);
    expect(first.pageCount).toBe(Math.ceil(first.total / MATCHES_PAGE_SIZE));
    for (const match of first.matches) {
      expect(Number.isInteger(match.share)).toBe(true);
      expect(match.share).toBeGreaterThan(0);
      expect(match.share).toBeLessThanOrEqual(100);
      expect(match.share).toBe(Math.round((100 * match.score) / match.best));
      expect(match.reasons.map((r) => r.code)).toContain("sector");
    }
    const shares = first.matches.map((m) => m.share);
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
    expect(first.matches.map((m) => m.rank)).toEqual(Array.from({ length: MATCHES_PAGE_SIZE }, (_, i) => i + 1));

    const second = (await matchOrganizationsForCommunity(BEREZHANY, parseMatchFilters({ page: "2" })))!;
    expect(second.page).toBe(2);
    expect(second.matches[0]!.rank).toBe(MATCHES_PAGE_SIZE + 1);
    expect(second.matches[0]!.share).toBeLessThanOrEqual(first.matches.at(-1)!.share);
    const ids = new Set(first.matches.map((m) => m.partnerId));
    expect(second.matches.some((m) => ids.has(m.partnerId))).toBe(false);
  });

  it("ranks communities for an organisation by share too, within 0–100", async () => {
    const result = (await matchCommunitiesForOrganization(BRIDGES, parseMatchFilters({})))!;
    expect(result.matches.length).toBeGreaterThan(0);
    expect(result.matches.length).toBeLessThanOrEqual(MATCHES_PAGE_SIZE);
    const shares = result.matches.map((m) => m.share);
    expect(shares.every((s) => s >= 0 && s <= 100)).toBe(true);
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
  });
});

describe("a partnership's needs follow it, and a pair is not proposed twice", () => {
  it("marks the pair, refuses a second proposal, puts the needs in progress on acceptance and meets them on completion", async () => {
    const official = await viewer("official@demo.example");
    const representative = await viewer("representative@demo.example");
    // Not the school bus: it stays open, so Bridges (the bus's best match) stays on the first page.
    const need = (await openNeedsOfBerezhany()).find((n) => n.slug !== SCHOOL_BUS_NEED_SLUG);
    const bridgesMatch = async () =>
      (await matchOrganizationsForCommunity(BEREZHANY, parseMatchFilters({})))!.matches.find((m) => m.partnerId === bridgesId);

    expect((await bridgesMatch())?.partnership).toBeNull();
    const proposed = await proposePartnership(official, {
      organizationId: bridgesId,
      communityId: berezhanyId,
      form: "JOINT_PROJECT",
      needIds: [need!.id],
    });
    expect(proposed.ok).toBe(true);
    expect((await bridgesMatch())?.partnership).toEqual({ state: "proposed", href: "/partnerships/proposals", isPublic: false });
    // The server refuses a second proposal between the same two sides.
    expect(
      await proposePartnership(official, { organizationId: bridgesId, communityId: berezhanyId, form: "MEMORANDUM", needIds: [] }),
    ).toEqual({
      ok: false,
      reason: "ALREADY_PROPOSED",
    });
    // Seen from the organisation's side too.
    const fromBridges = (await matchCommunitiesForOrganization(BRIDGES, parseMatchFilters({ sector: "SPECIAL_VEHICLES" })))!;
    const berezhanyMatch = fromBridges.matches.find((m) => m.partnerId === berezhanyId);
    if (berezhanyMatch) expect(berezhanyMatch.partnership?.state).toBe("proposed");

    const partnership = await database.prisma.partnership.findFirstOrThrow({ where: { slug: (proposed as { slug: string }).slug } });
    expect(await respondToPartnership(representative, { partnershipId: partnership.id, accept: true })).toEqual({
      ok: true,
      message: "saved",
    });
    expect(await database.prisma.need.findUniqueOrThrow({ where: { id: need!.id } })).toMatchObject({ needStatus: "IN_PROGRESS" });
    const accepted = await database.prisma.partnership.findUniqueOrThrow({ where: { id: partnership.id } });
    expect((await bridgesMatch())?.partnership).toMatchObject({ state: "active" });
    if (accepted.status === "PUBLISHED")
      expect((await bridgesMatch())?.partnership).toEqual({ state: "active", href: `/partnerships/${accepted.slug}`, isPublic: true });
    // In progress: no longer an open need to match on or to list.
    const inProgress = (await matchOrganizationsForCommunity(BEREZHANY, parseMatchFilters({})))!;
    expect(inProgress.community.needs.map((n) => n.id)).not.toContain(need!.id);

    expect(await completePartnership(official, { partnershipId: partnership.id })).toEqual({ ok: true, message: "saved" });
    expect(await database.prisma.need.findUniqueOrThrow({ where: { id: need!.id } })).toMatchObject({
      needStatus: "MET",
      metByPartnershipId: partnership.id,
    });
    // Each step of the need is in the trail, next to the partnership's.
    const needTrail = await database.prisma.auditLog.findMany({
      where: { targetId: need!.id, action: "need.updated" },
      orderBy: { at: "asc" },
    });
    expect(needTrail.map((row) => (row.after as { needStatus?: string }).needStatus)).toEqual(["IN_PROGRESS", "MET"]);
    const accept = await database.prisma.auditLog.findFirstOrThrow({ where: { targetId: partnership.id, action: "partnership.accepted" } });
    expect(accept.after).toMatchObject({ needsInProgress: [need!.id] });

    // Completed: the pair is free again; the met need stays on the community's page, marked and linked.
    expect((await bridgesMatch())?.partnership ?? null).toBeNull();
    const profile = (await getCommunityBySlug(BEREZHANY))!;
    const met = profile.needs.find((n) => n.id === need!.id);
    expect(met?.needStatus).toBe("MET");
    if (accepted.status === "PUBLISHED") expect(met?.partnerships[0]?.partnership.slug).toBe(accepted.slug);
  });
});

describe("two proposals for one pair at once", () => {
  it("lets one through and refuses the other", async () => {
    const representative = await viewer("representative@demo.example");
    const other = await database.prisma.community.findFirstOrThrow({
      where: { slug: { not: BEREZHANY }, status: "PUBLISHED", hiddenAt: null, partnerships: { none: { organizationId: bridgesId } } },
      select: { id: true },
    });
    const propose = () =>
      proposePartnership(representative, { organizationId: bridgesId, communityId: other.id, form: "MEETINGS", needIds: [] });
    const results = await Promise.all([propose(), propose(), propose()]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, reason: "ALREADY_PROPOSED" },
      { ok: false, reason: "ALREADY_PROPOSED" },
    ]);
    expect(await database.prisma.partnership.count({ where: { organizationId: bridgesId, communityId: other.id } })).toBe(1);
  });
});

describe("withdrawing a need", () => {
  const otherOfficialId = "need-life-other-official";
  const pendingOfficialId = "need-life-pending-official";

  beforeAll(async () => {
    const other = await database.prisma.community.findFirstOrThrow({ where: { slug: { not: BEREZHANY } }, select: { id: true } });
    await createPeople(database.prisma, [
      { id: otherOfficialId, email: "need-life-other@example.test", memberships: [officialOf(other.id)] },
      { id: pendingOfficialId, email: "need-life-pending@example.test", memberships: [officialOf(berezhanyId, "PENDING")] },
    ]);
  });

  it("is for the community's verified officials only, audited with its reason, and undone by reopening", async () => {
    const need = (await openNeedsOfBerezhany()).find((n) => n.slug === SCHOOL_BUS_NEED_SLUG);
    for (const refused of [
      await viewer("member@demo.example"),
      await viewer("representative@demo.example"),
      await viewerById(otherOfficialId),
      await viewerById(pendingOfficialId),
    ])
      await expect(withdrawNeed(refused, { needId: need!.id, withdraw: true })).rejects.toThrow(/FORBIDDEN/);
    await expect(withdrawNeed(null, { needId: need!.id, withdraw: true })).rejects.toThrow();
    expect(await database.prisma.need.findUniqueOrThrow({ where: { id: need!.id } })).toMatchObject({ needStatus: "OPEN" });

    const official = await viewer("official@demo.example");
    expect(await withdrawNeed(official, { needId: need!.id, withdraw: true, reason: "Bought with the town's own budget" })).toEqual({
      ok: true,
      message: "saved",
    });
    expect(await database.prisma.need.findUniqueOrThrow({ where: { id: need!.id } })).toMatchObject({ needStatus: "WITHDRAWN" });
    const audit = await database.prisma.auditLog.findFirstOrThrow({ where: { targetId: need!.id, action: "need.updated" } });
    expect(audit).toMatchObject({ actorId: official.id, reason: "Bought with the town's own budget", after: { needStatus: "WITHDRAWN" } });
    // Twice is refused: it is withdrawn already.
    expect(await withdrawNeed(official, { needId: need!.id, withdraw: true })).toEqual({ ok: false, reason: "ALREADY_DECIDED" });

    // Gone from matching, the public needs list, the community's page and every public read.
    const matches = (await matchOrganizationsForCommunity(BEREZHANY, parseMatchFilters({})))!;
    expect(matches.community.needs.map((n) => n.id)).not.toContain(need!.id);
    const listed = await matchingNeedIds(parseNeedFilters({}));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).not.toContain(need!.id);
    expect((await getCommunityBySlug(BEREZHANY))!.needs.map((n) => n.id)).not.toContain(need!.id);
    expect(await database.prisma.need.count({ where: { ...publicNeedWhere, id: need!.id } })).toBe(0);

    expect(await withdrawNeed(official, { needId: need!.id, withdraw: false })).toEqual({ ok: true, message: "saved" });
    expect(await database.prisma.need.findUniqueOrThrow({ where: { id: need!.id } })).toMatchObject({ needStatus: "OPEN" });
    const reopened = (await matchOrganizationsForCommunity(BEREZHANY, parseMatchFilters({})))!;
    expect(reopened.community.needs.map((n) => n.id)).toContain(need!.id);
  });

  it("leaves a met need met", async () => {
    const official = await viewer("official@demo.example");
    const met = await database.prisma.need.findFirstOrThrow({
      where: { needStatus: "MET", communityId: berezhanyId },
      select: { id: true },
    });
    expect(await withdrawNeed(official, { needId: met.id, withdraw: true })).toEqual({ ok: false, reason: "ALREADY_DECIDED" });
  });
});
