// The observatory's charts, pure: which counts each chart shows, in what order, where each bar
// links (the directory filtered to that group, written by the noun's own filters serializer), and
// the small-group rule. Shared by the page, the JSON and the CSV so all three say the same.
import { parseCommunityFilters, communityFiltersToSearchParams } from "@/lib/community/filters";
import { needFiltersToQuery, parseNeedFilters, type NeedFilters } from "@/lib/need/filters";
import { organizationFiltersToSearchParams, parseOrganizationFilters, type OrganizationFilters } from "@/lib/organization/filters";
import { parsePartnershipFilters, partnershipFiltersToQuery, type PartnershipFilters } from "@/lib/partnership/filters";
import type { ExportValue } from "@/lib/export/records";

/**
 * Groups with fewer than this many rows are shown as "fewer than 5", never as their number: a
 * count of 1 or 2 in a city, a founding period or a country pair can point at one organisation
 * or one person's community (statistical disclosure control, as national statistics offices do).
 */
export const MINIMUM_GROUP_SIZE = 5;

export interface RawGroup {
  key: string;
  count: number;
  /** Approximate euros (lib/money/eur.ts), for needs. */
  costEur?: number;
}

export const chartIds = [
  "organizationsByCountry",
  "organizationsByCity",
  "organizationsByKind",
  "organizationsBySector",
  "organizationsByFounding",
  "communitiesByOblast",
  "openNeedsByOblast",
  "openNeedsBySector",
  "partnershipsByForm",
  "partnershipsByStatus",
  "partnershipsByCountryPair",
  "organizationsPublishedByMonth",
] as const;
export type ChartId = (typeof chartIds)[number];
export type ObservatoryCounts = Record<ChartId, RawGroup[]>;

export const isChartId = (value: string): value is ChartId => (chartIds as readonly string[]).includes(value);

/** Founding year against the full-scale invasion (24 February 2022): only the year is stored, so 2022 is its own group. */
export const foundingPeriods = ["before2022", "in2022", "after2022", "unknown"] as const;
export function foundingPeriod(year: number | null): (typeof foundingPeriods)[number] {
  if (year === null) return "unknown";
  return year < 2022 ? "before2022" : year === 2022 ? "in2022" : "after2022";
}

export interface StatRow {
  key: string;
  /** null: fewer than MINIMUM_GROUP_SIZE. */
  count: number | null;
  costEur: number | null;
  /** The directory filtered to this group, without locale ("/organizations?country=DE"), or null when no filter exists. */
  href: string | null;
}

export interface StatChart {
  id: ChartId;
  hasCost: boolean;
  rows: StatRow[];
}

const toHref = (path: string, query: URLSearchParams | Record<string, string[]>) => {
  const params =
    query instanceof URLSearchParams ? query : new URLSearchParams(Object.entries(query).flatMap(([k, vs]) => vs.map((v) => [k, v])));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
};
const organizations = (filters: Partial<OrganizationFilters>) =>
  toHref("/organizations", organizationFiltersToSearchParams({ ...parseOrganizationFilters({}), ...filters }, { page: null }));
const needs = (filters: Partial<NeedFilters>) => toHref("/needs", needFiltersToQuery({ ...parseNeedFilters({}), ...filters }));
const partnerships = (filters: Partial<PartnershipFilters>) =>
  toHref("/partnerships", partnershipFiltersToQuery({ ...parsePartnershipFilters({}), ...filters }));
const communities = (oblast: string) =>
  toHref("/communities", communityFiltersToSearchParams({ ...parseCommunityFilters({}), oblast: [oblast] }, { page: null }));

/** The filter (as URL values) each chart's bars link to; absent: the directory has no such filter (founding year, month). */
const links: Partial<Record<ChartId, (key: string) => string>> = {
  organizationsByCountry: (key) => organizations({ country: [key] }),
  organizationsByCity: (key) => {
    const [country = "", city = ""] = splitCityKey(key);
    return organizations({ country: [country], city: [city] });
  },
  organizationsByKind: (key) => organizations({ kind: [key as OrganizationFilters["kind"][number]] }),
  organizationsBySector: (key) => organizations({ sector: [key as OrganizationFilters["sector"][number]] }),
  communitiesByOblast: communities,
  openNeedsByOblast: (key) => needs({ oblast: [key] }),
  openNeedsBySector: (key) => needs({ sector: [key as NeedFilters["sector"][number]] }),
  partnershipsByForm: (key) => partnerships({ form: [key as PartnershipFilters["form"][number]] }),
  partnershipsByStatus: (key) => partnerships({ status: [key as PartnershipFilters["status"][number]] }),
  // The directory filters by the organisation side's country (the first of the pair).
  partnershipsByCountryPair: (key) => partnerships({ country: [key.split("-")[0] ?? ""] }),
};

/** "DE:Berlin" → ["DE", "Berlin"] (a city name may itself hold a colon). */
export function splitCityKey(key: string): [string, string] {
  const at = key.indexOf(":");
  return [key.slice(0, at), key.slice(at + 1)];
}

/** Charts read in their own order (time, founding period), the rest largest first. */
const fixedOrder: Partial<Record<ChartId, (a: RawGroup, b: RawGroup) => number>> = {
  organizationsPublishedByMonth: (a, b) => a.key.localeCompare(b.key),
  organizationsByFounding: (a, b) =>
    foundingPeriods.indexOf(a.key as (typeof foundingPeriods)[number]) - foundingPeriods.indexOf(b.key as (typeof foundingPeriods)[number]),
};
const largestFirst = (a: RawGroup, b: RawGroup) => b.count - a.count || a.key.localeCompare(b.key);

const hasCost = (id: ChartId) => id === "openNeedsByOblast" || id === "openNeedsBySector";

export interface Observatory {
  charts: StatChart[];
  /** Every open public need, and their approximate cost in euros (null when fewer than 5). */
  openNeeds: { count: number | null; costEur: number | null };
}

/** The exact counts as the public sees them: ordered, linked, small groups suppressed (cost too). */
export function toObservatory(counts: ObservatoryCounts): Observatory {
  const needs = counts.openNeedsBySector.reduce(
    (sum, group) => ({ count: sum.count + group.count, costEur: sum.costEur + (group.costEur ?? 0) }),
    {
      count: 0,
      costEur: 0,
    },
  );
  const needsShown = needs.count >= MINIMUM_GROUP_SIZE;
  return { charts: toCharts(counts), openNeeds: { count: needsShown ? needs.count : null, costEur: needsShown ? needs.costEur : null } };
}

function toCharts(counts: ObservatoryCounts): StatChart[] {
  return chartIds.map((id) => {
    const rows = [...counts[id]].sort(fixedOrder[id] ?? largestFirst).map((group): StatRow => {
      const shown = group.count >= MINIMUM_GROUP_SIZE;
      return {
        key: group.key,
        count: shown ? group.count : null,
        costEur: shown && hasCost(id) ? (group.costEur ?? 0) : null,
        href: links[id]?.(group.key) ?? null,
      };
    });
    return { id, hasCost: hasCost(id), rows };
  });
}

/** Where the API serves the charts (app/api/v1/stats): JSON, and CSV per chart or all of them. */
export const STATS_API = "/api/v1/stats";
export const statsCsvPath = (chart: ChartId | "all") => `${STATS_API}/${chart}.csv`;

/** Written in the CSV's count cell and the dictionary for a suppressed group. */
export const SUPPRESSED_CELL = `fewer than ${MINIMUM_GROUP_SIZE}`;
export const statsCsvColumns = ["chart", "key", "count", "cost_eur"] as const;

export function statsCsvRecords(charts: StatChart[]): Record<(typeof statsCsvColumns)[number], ExportValue>[] {
  return charts.flatMap((chart) =>
    chart.rows.map((row) => ({ chart: chart.id, key: row.key, count: row.count ?? SUPPRESSED_CELL, cost_eur: row.costEur })),
  );
}
