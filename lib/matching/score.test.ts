import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { AidType, OrganizationKind, Sector } from "@/generated/prisma/enums";
import {
  MAX_WITHOUT_SECTOR,
  PRIORITY_POINTS,
  SECTOR_GATE,
  bestPossibleScore,
  rankPartners,
  scoreMatch,
  type CommunityForMatching,
  type PartnerForMatching,
} from "./score";

const now = new Date("2026-11-22T12:00:00Z");
const sectors = Object.values(Sector);
const aidTypes = Object.values(AidType);
const kinds = Object.values(OrganizationKind);
const languages = ["uk", "en", "de", "pl", "fr"];

const need = fc.record({
  id: fc.uuid(),
  sector: fc.constantFrom(...sectors),
  aidTypes: fc.uniqueArray(fc.constantFrom(...aidTypes), { maxLength: 3 }),
  costEur: fc.option(fc.integer({ min: 1000, max: 5_000_000 }), { nil: null }),
});

const community: fc.Arbitrary<CommunityForMatching> = fc.record({
  id: fc.uuid(),
  oblastCode: fc.constantFrom("UA61000000000060328", "UA46000000000026241"),
  population: fc.option(fc.integer({ min: 500, max: 3_000_000 }), { nil: null }),
  languages: fc.uniqueArray(fc.constantFrom(...languages), { maxLength: 3 }),
  preferredCountries: fc.uniqueArray(fc.constantFrom("DE", "PL", "FR"), { maxLength: 2 }),
  preferredKinds: fc.uniqueArray(fc.constantFrom(...kinds), { maxLength: 2 }),
  openNeeds: fc.array(need, { maxLength: 6 }),
});

const partner: fc.Arbitrary<PartnerForMatching> = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom(...kinds),
  country: fc.constantFrom("DE", "PL", "FR", "CA"),
  sectors: fc.uniqueArray(fc.constantFrom(...sectors), { maxLength: 5 }),
  aidTypes: fc.uniqueArray(fc.constantFrom(...aidTypes), { maxLength: 5 }),
  languages: fc.uniqueArray(fc.constantFrom(...languages), { maxLength: 4 }),
  operatingCountries: fc.uniqueArray(fc.constantFrom("UA", "DE", "PL"), { maxLength: 2 }),
  operatingOblasts: fc.uniqueArray(fc.constantFrom("UA61000000000060328", "UA46000000000026241"), { maxLength: 2 }),
  budgetMinEur: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
  budgetMaxEur: fc.option(fc.integer({ min: 100_000, max: 10_000_000 }), { nil: null }),
  population: fc.option(fc.integer({ min: 1000, max: 5_000_000 }), { nil: null }),
  isVerified: fc.boolean(),
  updatedAt: fc.date({ min: new Date("2024-01-01"), max: now, noInvalidDate: true }),
  existingTies: fc.nat({ max: 3 }),
});

const hasOverlap = (c: CommunityForMatching, p: PartnerForMatching) => c.openNeeds.some((n) => p.sectors.includes(n.sector));

describe("scoreMatch laws", () => {
  it("adding a shared sector never lowers a score", () => {
    fc.assert(
      fc.property(community, partner, (c, p) => {
        const needSector = c.openNeeds.map((n) => n.sector).find((s) => !p.sectors.includes(s));
        fc.pre(needSector !== undefined);
        const before = scoreMatch(c, p, now).score;
        const after = scoreMatch(c, { ...p, sectors: [...p.sectors, needSector!] }, now).score;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it("a partner with no overlap never outranks one with overlap", () => {
    fc.assert(
      fc.property(community, partner, partner, (c, a, b) => {
        fc.pre(hasOverlap(c, a) && !hasOverlap(c, b));
        expect(scoreMatch(c, a, now).score).toBeGreaterThan(scoreMatch(c, b, now).score);
        const ranked = rankPartners(c, [b, a], now).map((m) => m.partnerId);
        expect(ranked.indexOf(a.id)).toBeLessThan(ranked.indexOf(b.id));
      }),
    );
  });

  it("the order is stable: the same partners in any order rank the same", () => {
    fc.assert(
      fc.property(community, fc.uniqueArray(partner, { maxLength: 8, selector: (p) => p.id }), (c, partners) => {
        const once = rankPartners(c, partners, now).map((m) => m.partnerId);
        const reversed = rankPartners(c, [...partners].reverse(), now).map((m) => m.partnerId);
        expect(reversed).toEqual(once);
      }),
    );
  });

  it("the score is the sum of its reasons, and without overlap stays under the sector gate", () => {
    fc.assert(
      fc.property(community, partner, (c, p) => {
        const match = scoreMatch(c, p, now);
        expect(match.score).toBeCloseTo(
          match.reasons.reduce((sum, r) => sum + r.points, 0),
          5,
        );
        if (!hasOverlap(c, p)) expect(match.score).toBeLessThanOrEqual(MAX_WITHOUT_SECTOR);
        expect(MAX_WITHOUT_SECTOR).toBeLessThan(SECTOR_GATE);
      }),
    );
  });
});

describe("fit as a share", () => {
  it("lies in 0–100, never above the best possible score, and orders as the score does", () => {
    fc.assert(
      fc.property(community, partner, partner, (c, p, q) => {
        const a = scoreMatch(c, p, now);
        const b = scoreMatch(c, q, now);
        expect(a.score).toBeLessThanOrEqual(bestPossibleScore(c));
        expect(a.share).toBeGreaterThanOrEqual(0);
        expect(a.share).toBeLessThanOrEqual(100);
        if (a.score > b.score) expect(a.share).toBeGreaterThanOrEqual(b.share);
      }),
    );
  });

  it("is 100 % for a partner that meets every part of the bound", () => {
    const c: CommunityForMatching = {
      id: "c",
      oblastCode: "UA61000000000060328",
      population: 20_000,
      languages: ["uk", "de"],
      preferredCountries: ["DE"],
      preferredKinds: ["FOREIGN_MUNICIPALITY"],
      openNeeds: [{ id: "n", sector: "HEATING", aidTypes: ["GRANT"], costEur: 50_000 }],
    };
    const ideal: PartnerForMatching = {
      id: "p",
      kind: "FOREIGN_MUNICIPALITY",
      country: "DE",
      sectors: ["HEATING"],
      aidTypes: ["GRANT"],
      languages: ["uk", "de"],
      operatingCountries: ["UA"],
      operatingOblasts: ["UA61000000000060328"],
      budgetMinEur: 0,
      budgetMaxEur: 100_000,
      population: 20_000,
      isVerified: true,
      updatedAt: now,
      existingTies: 1,
    };
    expect(scoreMatch(c, ideal, now).share).toBe(100);
    expect(scoreMatch(c, { ...ideal, isVerified: false, languages: [] }, now).share).toBeLessThan(100);
  });
});

describe("scoreMatch examples", () => {
  const berezhany: CommunityForMatching = {
    id: "berezhany",
    oblastCode: "UA61000000000060328",
    population: 26259,
    languages: ["uk", "en", "de"],
    preferredCountries: ["DE"],
    preferredKinds: [],
    openNeeds: [{ id: "bus", sector: "SPECIAL_VEHICLES", aidTypes: ["GRANT", "IN_KIND"], costEur: 60_000 }],
  };
  const base: PartnerForMatching = {
    id: "x",
    kind: "CIVIL_SOCIETY",
    country: "DE",
    sectors: [],
    aidTypes: [],
    languages: ["uk"],
    operatingCountries: [],
    operatingOblasts: [],
    budgetMinEur: null,
    budgetMaxEur: null,
    population: null,
    isVerified: false,
    updatedAt: new Date("2020-01-01"),
    existingTies: 0,
  };

  it("puts a special-vehicles partner speaking the community's language first, and says why", () => {
    const vehicles = {
      ...base,
      id: "vehicles",
      sectors: ["SPECIAL_VEHICLES" as const],
      aidTypes: ["IN_KIND" as const],
      languages: ["de", "uk"],
      budgetMinEur: 10_000,
      budgetMaxEur: 100_000,
    };
    const vehiclesNoGerman = { ...vehicles, id: "vehicles-pl", languages: ["pl"] };
    const heating = {
      ...base,
      id: "heating",
      sectors: ["HEATING" as const],
      languages: ["de", "en", "uk"],
      isVerified: true,
      operatingOblasts: ["UA61000000000060328"],
    };
    const ranked = rankPartners(berezhany, [heating, vehiclesNoGerman, vehicles], now);
    expect(ranked.map((m) => m.partnerId)).toEqual(["vehicles", "vehicles-pl", "heating"]);
    expect(ranked[0]!.reasons.map((r) => r.code)).toEqual(["sector", "aid", "cost", "language", "geography"]);
  });

  it("scores municipalities of similar size higher", () => {
    const twin = { ...base, kind: "FOREIGN_MUNICIPALITY" as const, population: 30_000 };
    const metropolis = { ...twin, id: "big", population: 3_000_000 };
    expect(scoreMatch(berezhany, twin, now).reasons.find((r) => r.code === "size")?.points).toBeGreaterThan(9);
    expect(scoreMatch(berezhany, metropolis, now).reasons.find((r) => r.code === "size")).toBeUndefined();
  });
});

describe("the residents' priority", () => {
  it("adds PRIORITY_POINTS once, only through a shared sector, and keeps the share within 0–100", () => {
    fc.assert(
      fc.property(community, partner, fc.nat({ max: 5 }), (c, p, flagged) => {
        const withPriority = {
          ...c,
          openNeeds: c.openNeeds.map((n, i) => (i < flagged ? { ...n, priorityTitle: { en: `Need ${i}` } } : n)),
        };
        const match = scoreMatch(withPriority, p, now);
        const reason = match.reasons.find((r) => r.code === "priority");
        const matched = withPriority.openNeeds.filter((n) => n.priorityTitle !== undefined && p.sectors.includes(n.sector));
        expect(reason?.points ?? 0).toBe(matched.length > 0 ? PRIORITY_POINTS : 0);
        expect(match.score).toBeLessThanOrEqual(bestPossibleScore(withPriority));
        expect(match.share).toBeLessThanOrEqual(100);
        if (!hasOverlap(withPriority, p)) expect(match.score).toBeLessThanOrEqual(MAX_WITHOUT_SECTOR);
      }),
    );
  });
});
