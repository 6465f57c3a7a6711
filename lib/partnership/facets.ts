// What the directory filters and counts a partnership by, and the one predicate that decides
// whether it matches. Pure: lib/partnership/queries.ts loads the rows, this module filters and
// counts them, so the list's total and every facet count come from the same rule.
import type { PartnershipForm, PartnershipStatus, Sector } from "@/generated/prisma/enums";
import { PARTNERSHIP_FACETS, type PartnershipFacet, type PartnershipFilters } from "./filters";

/** A public partnership reduced to the values it can be filtered by. */
export interface PartnershipFacetRow {
  id: string;
  form: PartnershipForm;
  status: PartnershipStatus;
  /** Countries of the organisation side: one, or two for an organisation pair. */
  country: string[];
  /** The community side's oblast (KATOTTG); none for an organisation pair. */
  oblast: string[];
  sector: Sector[];
}

export interface FacetCount {
  value: string;
  count: number;
}

/**
 * What a partnership is about: the sectors of the needs it addresses; when it addresses none
 * (organisation pairs, agreements without a listed need), the sectors of its organisations.
 * Not both: an organisation working in five sectors would otherwise list a school-bus
 * partnership under heating and culture too.
 */
export function partnershipSectors(needSectors: readonly Sector[], organizationSectors: readonly (readonly Sector[])[]): Sector[] {
  const source = needSectors.length ? needSectors : organizationSectors.flat();
  return [...new Set(source)];
}

function valuesOf(row: PartnershipFacetRow, facet: PartnershipFacet): readonly string[] {
  return facet === "form" ? [row.form] : facet === "status" ? [row.status] : row[facet];
}

/**
 * Every filter narrows (AND between facets); values within one facet widen (OR). `except`
 * leaves one facet out, for counting that facet's values.
 */
export function matchesPartnershipFilters(row: PartnershipFacetRow, filters: PartnershipFilters, except?: PartnershipFacet): boolean {
  return PARTNERSHIP_FACETS.every((facet) => {
    const wanted: readonly string[] = filters[facet];
    return facet === except || wanted.length === 0 || valuesOf(row, facet).some((value) => wanted.includes(value));
  });
}

/**
 * Disjunctive counts, like the directory's (lib/search/queries.ts): each facet's values are
 * counted under all the *other* filters, so ticking a second form shows how many it adds.
 * Most first, then by value.
 */
export function countPartnershipFacets(
  rows: readonly PartnershipFacetRow[],
  filters: PartnershipFilters,
): Record<PartnershipFacet, FacetCount[]> {
  const out = {} as Record<PartnershipFacet, FacetCount[]>;
  for (const facet of PARTNERSHIP_FACETS) {
    const counts = new Map<string, number>();
    for (const row of rows) {
      if (!matchesPartnershipFilters(row, filters, facet)) continue;
      for (const value of new Set(valuesOf(row, facet))) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    out[facet] = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return out;
}
