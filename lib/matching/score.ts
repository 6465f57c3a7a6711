// How well an organisation fits a community's open needs: a pure, documented function, so the
// ranking can be explained to people ("why this match") and its laws tested with fast-check.
// Used both ways: organisations ranked for a community, communities ranked for an organisation.
//
// The score is the sum of the reasons below. Sector overlap dominates by construction: any
// overlap adds SECTOR_GATE, which is more than every other reason can add together
// (MAX_WITHOUT_SECTOR), so a partner with no overlap never outranks one with overlap.
//
// | reason      | points                                                                  |
// |-------------|-------------------------------------------------------------------------|
// | sector      | SECTOR_GATE once, + 30 for each distinct sector shared with an open need |
// | aid         | up to 15: share of sector-matched needs whose aid types the partner gives |
// | cost        | up to 10: share of sector-matched needs whose cost fits the budget range  |
// | language    | 8 per shared language other than Ukrainian, 3 for Ukrainian; at most 20   |
// | geography   | 10 works in the community's oblast, 3 works in Ukraine, 8 partner's       |
// |             | country preferred by the community, 5 existing ties; at most 26          |
// | size        | foreign municipalities: up to 10 by similarity of population             |
// | kind        | 5 when the community prefers this kind of partner                        |
// | verified    | 5                                                                        |
// | recent      | 3 when the listing was updated in the last 180 days                      |
// | priority    | PRIORITY_POINTS once when a sector-matched need is a residents' priority |
//
// The residents' priority (a need made from a priorities round, lib/priorities) counts only
// through a shared sector, so it cannot lift a partner without overlap past the gate; it is
// modest on purpose: it says the people of the community asked for this, not that the partner
// fits it better.
//
// People read the score as a share, "Fit 82 %": the score divided by the best score any partner
// could reach for this community's (filtered) open needs, `bestPossibleScore` below: every need
// sector shared, all aid given, a budget that covers a cost, every community language spoken,
// working in the oblast and in Ukraine, from a preferred country, a tie already, the best of size
// and kind, verified and recent. Each reason is at most its part of that bound, so the share
// lies in 0–100; on one community's list it orders exactly as the score does.
import type { AidType, OrganizationKind, Sector } from "@/generated/prisma/enums";

export const SECTOR_GATE = 100;
export const MAX_WITHOUT_SECTOR = 20 + 26 + 10 + 5 + 5 + 3; // language, geography, size, kind, verified, recent
/** What a sector-matched need that the residents put first adds (once, however many there are). */
export const PRIORITY_POINTS = 4;

export interface NeedForMatching {
  id: string;
  sector: Sector;
  aidTypes: AidType[];
  /** Approximate cost in EUR (whole euros), when known. */
  costEur: number | null;
  /** Set when the need was made from a residents' priorities round: its title, for the reason to name. */
  priorityTitle?: unknown;
}

export interface CommunityForMatching {
  id: string;
  oblastCode: string;
  population: number | null;
  languages: string[];
  preferredCountries: string[];
  preferredKinds: OrganizationKind[];
  openNeeds: NeedForMatching[];
}

export interface PartnerForMatching {
  id: string;
  kind: OrganizationKind;
  country: string;
  sectors: Sector[];
  aidTypes: AidType[];
  languages: string[];
  operatingCountries: string[];
  operatingOblasts: string[];
  /** Typical budget range in EUR (whole euros); null ends are open. */
  budgetMinEur: number | null;
  budgetMaxEur: number | null;
  population: number | null;
  isVerified: boolean;
  updatedAt: Date;
  /** Partnerships the partner already has with this community. */
  existingTies: number;
}

export type MatchReason =
  | { code: "sector"; points: number; sectors: Sector[]; needIds: string[] }
  | { code: "aid"; points: number; aidTypes: AidType[] }
  | { code: "cost"; points: number; needIds: string[] }
  | { code: "language"; points: number; languages: string[] }
  | { code: "geography"; points: number; inOblast: boolean; inUkraine: boolean; preferredCountry: boolean; existingTies: number }
  | { code: "size"; points: number; ratio: number }
  | { code: "kind"; points: number }
  | { code: "verified"; points: number }
  | { code: "recent"; points: number }
  /** Sector-matched needs the residents ranked as a priority; `titles` are their LocalizedText titles. */
  | { code: "priority"; points: number; needIds: string[]; titles: unknown[] };

export interface Match {
  partnerId: string;
  score: number;
  /** The score as a whole percentage of `best` (0–100). */
  share: number;
  /** `bestPossibleScore` for the community: each reason's part of the share is its points over it. */
  best: number;
  reasons: MatchReason[];
}

const RECENT_DAYS = 180;
const round1 = (value: number) => Math.round(value * 10) / 10;

/** The highest score any partner could reach for this community's open needs (the share's 100 %). */
export function bestPossibleScore(community: CommunityForMatching): number {
  const needs = community.openNeeds;
  const sectors = new Set(needs.map((need) => need.sector)).size;
  const sectorAndAid = sectors > 0 ? SECTOR_GATE + 30 * sectors + 15 : 0;
  const cost = needs.some((need) => need.costEur !== null) ? 10 : 0;
  const language = Math.min(
    20,
    [...new Set(community.languages)].reduce((sum, language) => sum + (language === "uk" ? 3 : 8), 0),
  );
  const geography = Math.min(26, 10 + 3 + (community.preferredCountries.length > 0 ? 8 : 0) + 5);
  // Size counts only for foreign municipalities, kind only for a preferred kind: the best of both.
  const size = community.population ? 10 : 0;
  const kindPoints = community.preferredKinds.length > 0 ? 5 : 0;
  const sizeAndKind = Math.max(size + (community.preferredKinds.includes("FOREIGN_MUNICIPALITY") ? 5 : 0), kindPoints);
  const priority = needs.some((need) => need.priorityTitle !== undefined) ? PRIORITY_POINTS : 0;
  return sectorAndAid + cost + language + geography + sizeAndKind + 5 + 3 + priority;
}

/** A score as a whole percentage of the best possible one, kept within 0–100. */
export function fitShare(score: number, best: number): number {
  if (best <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((100 * score) / best)));
}

export function scoreMatch(community: CommunityForMatching, partner: PartnerForMatching, now: Date): Match {
  const reasons: MatchReason[] = [];
  const partnerSectors = new Set(partner.sectors);
  const matchedNeeds = community.openNeeds.filter((need) => partnerSectors.has(need.sector));
  const sharedSectors = [...new Set(matchedNeeds.map((need) => need.sector))].sort();

  if (sharedSectors.length > 0) {
    reasons.push({
      code: "sector",
      points: SECTOR_GATE + 30 * sharedSectors.length,
      sectors: sharedSectors,
      needIds: matchedNeeds.map((n) => n.id),
    });
    const partnerAid = new Set(partner.aidTypes);
    const aidMatched = matchedNeeds.filter((need) => need.aidTypes.length === 0 || need.aidTypes.some((aid) => partnerAid.has(aid)));
    if (aidMatched.length > 0) {
      const aidTypes = [...new Set(matchedNeeds.flatMap((need) => need.aidTypes).filter((aid) => partnerAid.has(aid)))].sort();
      reasons.push({ code: "aid", points: round1((15 * aidMatched.length) / matchedNeeds.length), aidTypes });
    }
    const costFits = matchedNeeds.filter(
      (need) =>
        need.costEur !== null &&
        (partner.budgetMinEur !== null || partner.budgetMaxEur !== null) &&
        need.costEur >= (partner.budgetMinEur ?? 0) &&
        need.costEur <= (partner.budgetMaxEur ?? Number.POSITIVE_INFINITY),
    );
    if (costFits.length > 0)
      reasons.push({ code: "cost", points: round1((10 * costFits.length) / matchedNeeds.length), needIds: costFits.map((n) => n.id) });
    const priorities = matchedNeeds.filter((need) => need.priorityTitle !== undefined);
    if (priorities.length > 0)
      reasons.push({
        code: "priority",
        points: PRIORITY_POINTS,
        needIds: priorities.map((n) => n.id),
        titles: priorities.map((n) => n.priorityTitle),
      });
  }

  const communityLanguages = new Set(community.languages);
  const sharedLanguages = [...new Set(partner.languages.filter((language) => communityLanguages.has(language)))].sort();
  if (sharedLanguages.length > 0) {
    const points = Math.min(
      20,
      sharedLanguages.reduce((sum, language) => sum + (language === "uk" ? 3 : 8), 0),
    );
    reasons.push({ code: "language", points, languages: sharedLanguages });
  }

  const inOblast = partner.operatingOblasts.includes(community.oblastCode);
  const inUkraine = partner.operatingCountries.includes("UA");
  const preferredCountry = community.preferredCountries.includes(partner.country);
  const geography = Math.min(
    26,
    (inOblast ? 10 : 0) + (inUkraine ? 3 : 0) + (preferredCountry ? 8 : 0) + (partner.existingTies > 0 ? 5 : 0),
  );
  if (geography > 0)
    reasons.push({ code: "geography", points: geography, inOblast, inUkraine, preferredCountry, existingTies: partner.existingTies });

  if (partner.kind === "FOREIGN_MUNICIPALITY" && partner.population && community.population) {
    // 10 for the same size, 0 at a tenfold difference or more (log scale: size matters in ratios).
    const ratio = Math.max(partner.population, community.population) / Math.min(partner.population, community.population);
    const points = round1(Math.max(0, 10 * (1 - Math.log10(ratio))));
    if (points > 0) reasons.push({ code: "size", points, ratio: round1(ratio) });
  }

  if (community.preferredKinds.includes(partner.kind)) reasons.push({ code: "kind", points: 5 });
  if (partner.isVerified) reasons.push({ code: "verified", points: 5 });
  if (now.getTime() - partner.updatedAt.getTime() <= RECENT_DAYS * 86_400_000) reasons.push({ code: "recent", points: 3 });

  const score = round1(reasons.reduce((sum, reason) => sum + reason.points, 0));
  const best = bestPossibleScore(community);
  return { partnerId: partner.id, score, share: fitShare(score, best), best, reasons };
}

/** Partners ranked best first; ties keep a fixed order (by id), so the list never shuffles. */
export function rankPartners(community: CommunityForMatching, partners: readonly PartnerForMatching[], now: Date): Match[] {
  return partners
    .map((partner) => scoreMatch(community, partner, now))
    .sort((a, b) => b.score - a.score || (a.partnerId < b.partnerId ? -1 : a.partnerId > b.partnerId ? 1 : 0));
}
