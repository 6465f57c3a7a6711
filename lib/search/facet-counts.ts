// Precomputed facet counts of the whole directory ("SearchFacetCount"), for browsing without
// words: the directory's first page, one country, one sector, verified only. Counted live, those
// read tens of thousands of SearchFacet rows (100k listings, verified only: 60,084 rows, 160 ms);
// read here, a few hundred small rows. The table holds, for every pair of facet values
// (A, B), how many public listings have both; "_all" stands for "every listing", as a filter
// and as the total. lib/search/indexer.ts adds a listing's pairs when it writes its SearchFacet
// row and takes them away before deleting it, in the same transaction, so the counts are the
// live counts. Not server-only: the indexer runs in scripts too.
import type { FacetRow } from "./facet-cache";

export const ALL = "_all";

/**
 * One statement adding ($3 = 1) or taking away ($3 = -1) the pairs of the SearchFacet rows of
 * targetType $1 and ids $2. Facet names and values are those the search's facet counts give
 * (lib/search/queries.ts: `(column)::text`, arrays unnested). Rows are written in key order, so
 * two transactions lock the rows they share in the same order (no deadlock); the first is the
 * total's, which every write shares. Only constants are spliced in; values are parameters.
 */
export const facetCountDelta = `
  WITH e AS (
    SELECT DISTINCT r."targetId", v.facet, v.value
    FROM "SearchFacet" r
    CROSS JOIN LATERAL (
      SELECT * FROM (VALUES ('${ALL}', ''), ('country', r.country), ('city', r.city), ('kind', r.kind::text),
                            ('verified', r."isVerified"::text), ('oblast', r."oblastCode"),
                            ('type', r."communityType"::text), ('population', r."populationBand"::text)) AS p(facet, value)
      UNION ALL SELECT 'sector', s::text FROM unnest(r.sectors) AS s
      UNION ALL SELECT 'language', l FROM unnest(r.languages) AS l
      UNION ALL SELECT 'needSector', x::text FROM unnest(r."needSectors") AS x
    ) AS v(facet, value)
    WHERE r."targetType" = $1::"SearchTarget" AND r."targetId" = ANY($2::text[]) AND v.value IS NOT NULL)
  INSERT INTO "SearchFacetCount" ("targetType", "filterFacet", "filterValue", facet, value, n)
  SELECT $1::"SearchTarget", a.facet, a.value, b.facet, b.value, $3::int * count(*)::int
  FROM e AS a JOIN e AS b ON a."targetId" = b."targetId"
  GROUP BY a.facet, a.value, b.facet, b.value
  ORDER BY a.facet COLLATE "C", a.value COLLATE "C", b.facet COLLATE "C", b.value COLLATE "C"
  ON CONFLICT ("targetType", "filterFacet", "filterValue", facet, value)
  DO UPDATE SET n = "SearchFacetCount".n + EXCLUDED.n`;

export interface StoredCount {
  filterFacet: string;
  filterValue: string;
  facet: string;
  value: string;
  n: number;
}

/** A browse the stored pairs answer exactly: no words, and no filter or one (see `fromStoredCounts`). */
export interface StoredBrowse {
  filter: { facet: string; values: string[] } | null;
  facets: { name: string; limit?: number }[];
}

/**
 * The rows countFacets would give (disjunctive counts and "_total"), from the stored pairs of
 * every listing ("_all") and of the filter's values. With one filter on facet F = v1…vk, a listing
 * counts once per value it has: exact when it has at most one of them, which the caller
 * guarantees (one value, or a facet with one value a listing).
 */
export function fromStoredCounts(stored: StoredCount[], browse: StoredBrowse): FacetRow[] {
  const filter = browse.filter;
  const under = (facetName: string) =>
    filter && facetName !== filter.facet
      ? stored.filter((row) => row.filterFacet === filter.facet && filter.values.includes(row.filterValue))
      : stored.filter((row) => row.filterFacet === ALL);
  const sum = (rows: StoredCount[]) => {
    const byValue = new Map<string, number>();
    for (const row of rows) byValue.set(row.value, (byValue.get(row.value) ?? 0) + row.n);
    return [...byValue].filter(([, n]) => n > 0);
  };
  const out: FacetRow[] = [];
  for (const { name, limit } of browse.facets) {
    const counted = sum(under(name).filter((row) => row.facet === name)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    for (const [value, n] of limit ? counted.slice(0, limit) : counted) out.push({ facet: name, value, n });
  }
  const total = filter
    ? stored.filter((row) => row.filterFacet === filter.facet && filter.values.includes(row.filterValue) && row.facet === ALL)
    : stored.filter((row) => row.filterFacet === ALL && row.facet === ALL);
  out.push({ facet: "_total", value: null, n: total.reduce((n, row) => n + row.n, 0) });
  return out;
}
