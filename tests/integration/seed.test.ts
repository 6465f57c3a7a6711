// The seed on real PostgreSQL: official data alone for a real deployment, demo content on top,
// both idempotent; and nothing public carries the exact point of a coarse-located listing.
import { describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed/index";
import { reindexAll } from "@/lib/search/indexer";
import { voteCounts } from "@/lib/poll/queries";
import { fileDatabase, SEED_DATE as now } from "./support/file-database";

// Empty: the tests seed it themselves, through `prisma` (the app's own client is not used).
const database = fileDatabase({ app: false });

const counts = async () => {
  const { prisma } = database;
  const [communities, organizations, needs, partnerships, events, polls, users, demoRows] = await Promise.all([
    prisma.community.count(),
    prisma.organization.count(),
    prisma.need.count(),
    prisma.partnership.count(),
    prisma.event.count(),
    prisma.poll.count(),
    prisma.user.count(),
    prisma.organization.count({ where: { isDemo: true } }),
  ]);
  return { communities, organizations, needs, partnerships, events, polls, users, demoRows };
};

describe("seed", () => {
  it("loads every official community, unclaimed and without demo content, when demo is off", async () => {
    await seed(database.prisma, { demo: false, now });
    const after = await counts();
    expect(after).toMatchObject({ communities: 1774, organizations: 0, needs: 0, users: 0, demoRows: 0 });
    const berezhany = await database.prisma.community.findUniqueOrThrow({ where: { katottg: "UA61040030000060956" } });
    expect(berezhany).toMatchObject({ status: "PUBLISHED", hasProfile: false, isVerified: false, population: 26259 });
    expect(berezhany.name).toMatchObject({ uk: "Бережанська міська територіальна громада" });
    expect(await database.prisma.community.count({ where: { isOccupied: true } })).toBeGreaterThanOrEqual(445);
    expect(await database.prisma.membership.count()).toBe(0);
  });

  it("adds demo content that meets the brief, and a second run changes nothing", async () => {
    await seed(database.prisma, { demo: true, now });
    const first = await counts();
    expect(first.organizations).toBeGreaterThanOrEqual(150);
    expect(first.needs).toBeGreaterThanOrEqual(100);
    expect(first.partnerships).toBeGreaterThanOrEqual(40);
    expect(first.events).toBeGreaterThanOrEqual(40);
    expect(first.polls).toBeGreaterThanOrEqual(5);
    const countries = await database.prisma.organization.groupBy({ by: ["country"], where: { status: "PUBLISHED" } });
    expect(countries.length).toBeGreaterThanOrEqual(15);
    const profiled = await database.prisma.community.groupBy({ by: ["oblastCode"], where: { hasProfile: true } });
    expect(profiled.length).toBeGreaterThanOrEqual(20);
    const roles = await database.prisma.user.findMany({ where: { email: { endsWith: "@demo.example" } }, select: { role: true } });
    expect(new Set(roles.map((u) => u.role))).toEqual(new Set(["ADMIN", "MODERATOR", "MEMBER"]));
    expect(await database.prisma.membership.count({ where: { status: "VERIFIED", role: "OFFICIAL" } })).toBeGreaterThan(0);
    expect(await database.prisma.membership.count({ where: { status: "VERIFIED", role: "REPRESENTATIVE" } })).toBeGreaterThan(0);

    await seed(database.prisma, { demo: true, now });
    expect(await counts()).toEqual(first);
  });

  it("counts each demo participant once; anonymous polls only in tallies, one for every option", async () => {
    const { prisma } = database;
    const polls = await prisma.poll.findMany({
      where: { isDemo: true },
      select: { id: true, isAnonymous: true, _count: { select: { participations: true, votes: true } } },
    });
    expect(polls.some((poll) => poll.isAnonymous && poll._count.participations > 0)).toBe(true);
    for (const poll of polls) {
      const counted = [...(await voteCounts(prisma, poll.id)).values()].reduce((sum, n) => sum + n, 0);
      expect(counted).toBe(poll._count.participations);
      if (poll.isAnonymous) expect(poll._count.votes).toBe(0);
    }
    expect(await prisma.pollTally.count()).toBe(await prisma.pollOption.count());
  });

  it("stores a coarse public point for every city- or region-precision listing", async () => {
    const coarse = await database.prisma.organization.findMany({
      where: { locationPrecision: { in: ["CITY", "REGION"] } },
      select: { lat: true, lng: true, publicLat: true, publicLng: true },
    });
    expect(coarse.length).toBeGreaterThan(10);
    for (const org of coarse) expect([org.publicLat, org.publicLng]).not.toEqual([org.lat, org.lng]);
  });

  it("projects exactly the public listings into the search index", async () => {
    const indexed = await reindexAll(database.prisma);
    const publicOrganizations = await database.prisma.organization.count({ where: { status: "PUBLISHED", hiddenAt: null } });
    expect(indexed).toEqual({ organizations: publicOrganizations, communities: 1774 });
    expect(await database.prisma.searchTerm.count()).toBeGreaterThan(1000);
  });
});
