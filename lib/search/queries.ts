import "server-only";
// Directory search over the search projection (docs/decisions/0006-search.md, 0013): every
// condition, rank, sort and facet count runs on a narrow table, SearchText (GIN on the weighted
// tsvector) when there are words and SearchFacet when there are none; SearchDocument supplies
// only the columns of the page's results. Typo tolerance through the SearchTerm vocabulary.
import { Prisma } from "@/generated/prisma/client";
import type { CommunityType, OrganizationKind, Sector } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { searchWords } from "./normalize";
import { namePrefixRange, type NamePrefixRange } from "./name-prefix";
import { cachedFacetRows, type FacetRow } from "./facet-cache";
import { ALL, fromStoredCounts, type StoredBrowse, type StoredCount } from "./facet-counts";

export { clearFacetCache } from "./facet-cache";
import type { CommunityFilters } from "@/lib/community/filters";
import type { OrganizationFilters } from "@/lib/organization/filters";
import { PAGE_SIZE } from "@/lib/query-string/parsers";
import type { SortOrder } from "./sort-order";

type Db = Awaited<ReturnType<typeof db>>;

export interface ExpandedQuery {
  /** to_tsquery('simple', …) input, or null when the query has no searchable words. */
  tsquery: string | null;
  /** Search-space words a result may contain: the query's own, and typo corrections. */
  terms: string[];
  /** Corrections applied, e.g. { berezhani: ["berezhany"] }, to tell the person. */
  corrections: Record<string, string[]>;
}

const MAX_WORDS = 8;
const MAX_WORD_LENGTH = 40;

/**
 * Turns what a person typed into a tsquery. Every word must match (AND); each word matches as
 * a prefix (so results follow typing), and a word no listing contains is replaced by the
 * closest words of the vocabulary (trigram similarity), so "Bereshany" finds Бережани.
 */
export async function expandQuery(prisma: Db, q: string): Promise<ExpandedQuery> {
  const words = [...new Set(searchWords(q).map((word) => word.slice(0, MAX_WORD_LENGTH)))].slice(0, MAX_WORDS);
  if (words.length === 0) return { tsquery: null, terms: [], corrections: {} };
  const candidates = words.filter((word) => word.length >= 3);
  const known = new Set<string>();
  const similar = new Map<string, string[]>();
  if (candidates.length > 0) {
    const rows = await prisma.$queryRaw<{ input: string; known: boolean; similar: string[] | null }[]>`
      SELECT w.input,
             EXISTS (SELECT 1 FROM "SearchTerm" t WHERE t.word LIKE w.input || '%') AS known,
             (SELECT array_agg(s.word) FROM (
                SELECT t.word FROM "SearchTerm" t
                WHERE t.word % w.input
                ORDER BY similarity(t.word, w.input) DESC, t.documents DESC
                LIMIT 3) s) AS similar
      FROM unnest(${candidates}::text[]) AS w(input)`;
    for (const row of rows) {
      if (row.known) known.add(row.input);
      else if (row.similar?.length) similar.set(row.input, row.similar);
    }
  }
  const corrections: Record<string, string[]> = {};
  const terms: string[] = [];
  const groups = words.map((word) => {
    const alternatives = !known.has(word) ? (similar.get(word) ?? []) : [];
    if (alternatives.length) corrections[word] = alternatives;
    terms.push(word, ...alternatives);
    // Lexemes are letters and digits only (searchWords guarantees it), so quoting is safe.
    return `(${[`'${word}':*`, ...alternatives.map((alt) => `'${alt}'`)].join(" | ")})`;
  });
  return { tsquery: groups.join(" & "), terms, corrections };
}

interface FacetFilter {
  facet: string;
  sql: Prisma.Sql;
  /** The values asked for, as the facet counts name them (lib/search/facet-counts.ts). */
  values: string[];
  /** An array column (sectors, languages): a listing can have several of the values. */
  many?: boolean;
}

function where(filters: FacetFilter[], except?: string): Prisma.Sql {
  const parts = filters.filter((filter) => filter.facet !== except).map((filter) => filter.sql);
  return parts.length ? Prisma.sql`AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

function orderBy(sort: SortOrder, locale: string, hasText: boolean): Prisma.Sql {
  // bytea: byte order, as lib/search/sort-key.ts expects.
  const nameKey = locale === "uk" ? Prisma.sql`"sortUk"` : Prisma.sql`"sortEn"`;
  if (sort === "relevance" && hasText) return Prisma.sql`ORDER BY rank DESC, ${nameKey}, "targetId" ASC`;
  if (sort === "updated") return Prisma.sql`ORDER BY "listingUpdatedAt" DESC, "targetId" ASC`;
  return Prisma.sql`ORDER BY ${nameKey}, "targetId" ASC`;
}

/**
 * The rows a disjunctive count can use: those that fail at most one filter (a row failing two
 * is counted by no facet). With two filters, "country = DE OR sector = heating" instead of
 * every match of a broad word: the indexes of the filters narrow the heap reads.
 */
function failingAtMostOne(filters: FacetFilter[]): Prisma.Sql | null {
  if (filters.length < 2) return null;
  const allBut = filters.map(
    (_, skip) =>
      Prisma.sql`(${Prisma.join(
        filters.filter((__, i) => i !== skip).map((f) => f.sql),
        " AND ",
      )})`,
  );
  return Prisma.sql`AND (${Prisma.join(allBut, " OR ")})`;
}

/**
 * Facet counts are disjunctive: each facet counts the matches under every *other* filter, so
 * choosing one country still shows how many each other country would add. One statement, one
 * branch per facet. With words, the usable matches (see failingAtMostOne) are materialised
 * once (`m`, read from the wide SearchText) and every branch groups that set. Browsing without
 * words, each branch reads the narrow SearchFacet with the indexes of the filters it applies:
 * cheaper than materialising (DE + a sector: 34 ms against 55 ms for 22k rows; all 100k rows
 * cost 370 ms).
 */
function countFacets(
  prisma: Db,
  options: { targetType: string; filters: FacetFilter[]; facets: FacetSpec[] },
  { text, table }: { text: Prisma.Sql; table: Prisma.Sql },
): Promise<FacetRow[]> {
  const materialise = text !== Prisma.empty;
  const usable = materialise ? failingAtMostOne(options.filters) : null;
  const source = materialise ? Prisma.sql`m` : table;
  const scope = materialise ? Prisma.sql`true` : Prisma.sql`"targetType" = ${options.targetType}::"SearchTarget"`;
  const filtered = new Set(options.filters.map((filter) => filter.facet));
  // A facet nobody filters on counts under *all* filters, like the total: those branches share
  // one materialised set (`a`) instead of each intersecting the filters again.
  const branches = options.facets.map((facet) => {
    const rows = filtered.has(facet.name) ? Prisma.sql`${source} WHERE ${scope} ${where(options.filters, facet.name)}` : Prisma.sql`a`;
    // Arrays are unnested in the select list (one ProjectSet node), not as a function in FROM:
    // 14 ms instead of 20 ms for Germany's 11,000 organisations.
    const from = facet.unnest ? Prisma.sql`(SELECT unnest(${facet.sql}) AS v FROM ${rows}) AS s` : rows;
    const value = facet.unnest ? Prisma.sql`v::text` : Prisma.sql`(${facet.sql})::text`;
    const limit = facet.limit ? Prisma.sql`ORDER BY count(*) DESC LIMIT ${facet.limit}` : Prisma.empty;
    return Prisma.sql`(SELECT ${facet.name}::text AS facet, ${value} AS value, count(*)::int AS n FROM ${from} GROUP BY 2 ${limit})`;
  });
  const columns = Prisma.sql`country, city, kind, sectors, languages, "isVerified", "oblastCode", "communityType", "populationBand", "needSectors"`;
  const matches = materialise
    ? Prisma.sql`m AS MATERIALIZED (SELECT ${columns} FROM ${table}
                   WHERE "targetType" = ${options.targetType}::"SearchTarget" ${text} ${usable ?? Prisma.empty}),`
    : Prisma.empty;
  return prisma.$queryRaw<FacetRow[]>`
    WITH ${matches}
    a AS MATERIALIZED (SELECT ${columns} FROM ${source} WHERE ${scope} ${where(options.filters)})
    ${Prisma.join(branches, " UNION ALL ")}
    UNION ALL (SELECT '_total', NULL, count(*)::int FROM a)`;
}

interface FacetSpec {
  name: string;
  sql: Prisma.Sql;
  unnest?: boolean;
  limit?: number;
}

export interface FacetCount {
  value: string;
  count: number;
}

interface SearchResult<Item> {
  items: Item[];
  /** Exact up to the cap (totalCap); beyond it, the cap with totalIsCapped (the page says "10,000+"). */
  total: number;
  totalIsCapped: boolean;
  page: number;
  pageCount: number;
  facets: Record<string, FacetCount[]>;
  query: ExpandedQuery;
}

/** Rows by position instead of by page: the read API's cursor and `limit` (up to 500). */
export interface SearchWindow {
  offset: number;
  limit: number;
}

/** What a search matches and in what order; a page of it adds the page, its facets and its columns. */
interface SearchScope {
  targetType: "ORGANIZATION" | "COMMUNITY";
  q: string;
  filters: FacetFilter[];
  sort: SortOrder;
  locale: string;
}

/**
 * Totals are exact up to this many matches; beyond, the page says "10,000+" (totalIsCapped).
 * SEARCH_TOTAL_CAP lowers it for tests, whose demo directory has a few dozen listings.
 */
const totalCap = () => Number(process.env.SEARCH_TOTAL_CAP) || 10_000;

/** What a query's words select: a full-text match, a range of name sort keys, or nothing. */
interface TextScope {
  query: ExpandedQuery;
  prefix: NamePrefixRange | null;
}

async function textScope(prisma: Db, q: string): Promise<TextScope> {
  // One or two letters: names that begin with them (lib/search/name-prefix.ts), no typo lookup.
  const prefix = namePrefixRange(q);
  if (prefix) return { query: { tsquery: null, terms: searchWords(q), corrections: {} }, prefix };
  return { query: await expandQuery(prisma, q), prefix: null };
}

/** The text part of a search: its condition, its rank, the table it reads and the FROM clause with both. */
function textMatch({ query, prefix }: TextScope, targetType: "ORGANIZATION" | "COMMUNITY", locale: string) {
  // Names begin with the letters in the language whose alphabet they are in (Cyrillic: the
  // Ukrainian names, otherwise the English ones): one range of one sort index. Sorted by
  // relevance, the page follows that index, so the page and the capped count read only what
  // they return; sorted by name, it follows the interface language's names.
  const keyLocale = prefix ? (prefix.cyrillic ? "uk" : "en") : null;
  const nameKey = (keyLocale ?? locale) === "uk" ? Prisma.sql`"sortUk"` : Prisma.sql`"sortEn"`;
  const byRange = (range: NamePrefixRange) => Prisma.sql`AND ${nameKey} >= ${range.from} AND ${nameKey} < ${range.below}`;
  const text = query.tsquery ? Prisma.sql`AND document @@ to_tsquery('simple', ${query.tsquery})` : prefix ? byRange(prefix) : Prisma.empty;
  const rank = query.tsquery ? Prisma.sql`ts_rank(document, to_tsquery('simple', ${query.tsquery}))` : Prisma.sql`0`;
  const table = query.tsquery ? Prisma.sql`"SearchText"` : Prisma.sql`"SearchFacet"`;
  const base = Prisma.sql`FROM ${table} WHERE "targetType" = ${targetType}::"SearchTarget" ${text}`;
  // Names beginning with the letters all rank alike: they come in name order.
  const ranked = query.tsquery !== null;
  return { text, rank, table, base, ranked, keyLocale };
}

/**
 * The ids of *every* match, in the directory's order, for the open-data export
 * (lib/export/). Ids only: 100,000 of them are a few megabytes, and the export loads the
 * listings' columns in chunks.
 */
async function allMatchingIds(prisma: Db, options: SearchScope): Promise<string[]> {
  const { rank, base, ranked, keyLocale } = textMatch(await textScope(prisma, options.q), options.targetType, options.locale);
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT "targetId" AS id, ${rank} AS rank
    ${base} ${where(options.filters)}
    ${orderBy(options.sort, options.sort === "relevance" ? (keyLocale ?? options.locale) : options.locale, ranked)}`;
  return rows.map((row) => row.id);
}

/**
 * The browse the stored counts answer exactly, if this is one: no filter, or filters on one
 * facet whose values no listing has two of (one value, or a facet of one value a listing).
 */
function storedBrowse(filters: FacetFilter[], facets: FacetSpec[]): StoredBrowse | null {
  const specs = facets.map(({ name, limit }) => ({ name, limit }));
  if (filters.length === 0) return { filter: null, facets: specs };
  const [only] = filters;
  if (filters.length > 1 || (only!.many && only!.values.length > 1)) return null;
  return { filter: { facet: only!.facet, values: only!.values }, facets: specs };
}

function readStoredCounts(prisma: Db, targetType: string, browse: StoredBrowse): Promise<StoredCount[]> {
  const filter = browse.filter
    ? Prisma.sql`OR ("filterFacet" = ${browse.filter.facet} AND "filterValue" = ANY(${browse.filter.values}::text[]))`
    : Prisma.empty;
  return prisma.$queryRaw<StoredCount[]>`
    SELECT "filterFacet", "filterValue", facet, value, n FROM "SearchFacetCount"
    WHERE "targetType" = ${targetType}::"SearchTarget" AND n > 0 AND ("filterFacet" = ${ALL} ${filter})`;
}

async function runSearch<Item>(
  prisma: Db,
  options: SearchScope & { facets: FacetSpec[]; select: Prisma.Sql; page: number; window?: SearchWindow },
): Promise<SearchResult<Item>> {
  const { offset, limit } = options.window ?? { offset: (options.page - 1) * PAGE_SIZE, limit: PAGE_SIZE };
  const scope = await textScope(prisma, options.q);
  const { query } = scope;
  const match = textMatch(scope, options.targetType, options.locale);
  const { rank, base } = match;
  const filters = where(options.filters);

  // With words, whether more than the cap match, counted no further than cap + 1: a
  // broad word ("union", "we work") matches tens of thousands of listings, and ranking them or
  // counting their facets reads them all. Beyond the cap the page says "10,000+", lists the
  // matches by name (an index walk that stops at the page) and counts no facets.
  const cap = totalCap();
  let cappedAnswer: Promise<boolean> | undefined;
  const capped = () =>
    (cappedAnswer ??=
      match.text === Prisma.empty
        ? Promise.resolve(false)
        : prisma.$queryRaw<{ n: number }[]>`
            SELECT count(*)::int AS n FROM (SELECT 1 ${base} ${filters} LIMIT ${cap + 1}) AS capped`.then(([row]) => row!.n > cap));
  const facetKey = JSON.stringify([
    options.targetType,
    query.tsquery,
    scope.prefix && [options.locale, ...scope.prefix.from],
    options.filters.map((f) => [f.facet, f.sql.values]),
  ]);
  // Browsing without words, with no filter or one, reads the stored counts (lib/search/facet-counts.ts);
  // any other search counts its matches. The cap's answer is cached with the counts, as one
  // row the loop below reads.
  const stored = match.text === Prisma.empty ? storedBrowse(options.filters, options.facets) : null;
  const counts = () =>
    cachedFacetRows(facetKey, async () =>
      stored
        ? fromStoredCounts(await readStoredCounts(prisma, options.targetType, stored), stored)
        : (await capped())
          ? [{ facet: "_capped", value: null, n: cap }]
          : countFacets(prisma, options, match),
    );
  const pageIds = async () => {
    if (match.ranked && (await capped())) {
      // More than the cap matches, at least one in ten of the filtered listings: walk the
      // first rows of SearchFacet in page order (its sort index) and keep those with the words.
      // When the walk holds the whole page, the page is exact: no match before it was skipped.
      // Matches bunched late in the order ("Товариство" by Ukrainian name) leave it short; then
      // the matches are sorted whole, reading their sort keys only.
      const walk = Math.max(400, (offset + limit) * 20);
      const walked = await prisma.$queryRaw<{ id: string; rank: number }[]>`
        SELECT "targetId" AS id, 0 AS rank FROM (
          SELECT "targetType", "targetId", "sortUk", "sortEn", "listingUpdatedAt" FROM "SearchFacet"
          WHERE "targetType" = ${options.targetType}::"SearchTarget" ${filters}
          ${orderBy(options.sort, options.locale, false)} LIMIT ${walk}) AS f
        WHERE EXISTS (SELECT 1 FROM "SearchText" t WHERE t."targetType" = f."targetType" AND t."targetId" = f."targetId" ${match.text})
        ${orderBy(options.sort, options.locale, false)}
        LIMIT ${limit} OFFSET ${offset}`;
      if (walked.length === limit) return walked;
      return prisma.$queryRaw<{ id: string; rank: number }[]>`
        SELECT "targetId" AS id, 0 AS rank ${base} ${filters}
        ${orderBy(options.sort, options.locale, false)}
        LIMIT ${limit} OFFSET ${offset}`;
    }
    return prisma.$queryRaw<{ id: string; rank: number }[]>`
      SELECT "targetId" AS id, ${rank} AS rank
      ${base} ${filters}
      ${orderBy(options.sort, options.sort === "relevance" ? (match.keyLocale ?? options.locale) : options.locale, match.ranked)}
      LIMIT ${limit} OFFSET ${offset}`;
  };

  // The page's ids and the counts are independent reads: run them side by side (two
  // connections of the pool), then the page's display columns from SearchDocument.
  const [page, facetRows] = await Promise.all([pageIds(), counts()]);
  const rows = page.length
    ? await prisma.$queryRaw<(Item & { id: string })[]>`
        SELECT ${options.select} FROM "SearchDocument"
        WHERE "targetType" = ${options.targetType}::"SearchTarget" AND "targetId" = ANY(${page.map((hit) => hit.id)}::text[])`
    : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  // A listing unpublished between the two reads is simply left out.
  const items = page.flatMap((hit) => {
    const row = byId.get(hit.id);
    return row ? [{ ...row, rank: hit.rank }] : [];
  });
  const facets: Record<string, FacetCount[]> = {};
  let total = 0;
  let totalIsCapped = false;
  for (const row of facetRows) {
    if (row.facet === "_total" || row.facet === "_capped") [total, totalIsCapped] = [row.n, row.facet === "_capped"];
    else if (row.value !== null) (facets[row.facet] ??= []).push({ value: row.value, count: row.n });
  }
  for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return { items, total, totalIsCapped, page: options.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), facets, query };
}

/** What every hit carries, whatever its kind: the columns SearchDocument holds for all listings. */
interface ListingHit {
  id: string;
  slug: string;
  name: Record<string, string>;
  isVerified: boolean;
  isDemo: boolean;
  listingUpdatedAt: Date;
  rank: number;
}

export interface OrganizationHit extends ListingHit {
  country: string | null;
  city: string | null;
  kind: OrganizationKind;
  sectors: Sector[];
  languages: string[];
}

// The organisations the filters ask for, in their order (the page aside). Each condition compares
// the column itself (casting the values, never the column), so the planner can use the column's
// index, e.g. to narrow a broad word's matches in countFacets.
function organizationScope(filters: OrganizationFilters, locale: string): SearchScope {
  const conditions: FacetFilter[] = [];
  if (filters.country.length)
    conditions.push({ facet: "country", sql: Prisma.sql`country = ANY(${filters.country}::text[])`, values: filters.country });
  if (filters.city.length) conditions.push({ facet: "city", sql: Prisma.sql`city = ANY(${filters.city}::text[])`, values: filters.city });
  if (filters.kind.length)
    conditions.push({ facet: "kind", sql: Prisma.sql`kind = ANY(${filters.kind}::text[]::"OrganizationKind"[])`, values: filters.kind });
  if (filters.sector.length)
    conditions.push({
      facet: "sector",
      sql: Prisma.sql`sectors && ${filters.sector}::text[]::"Sector"[]`,
      values: filters.sector,
      many: true,
    });
  if (filters.language.length)
    conditions.push({ facet: "language", sql: Prisma.sql`languages && ${filters.language}::text[]`, values: filters.language, many: true });
  if (filters.verified) conditions.push({ facet: "verified", sql: Prisma.sql`"isVerified"`, values: ["true"] });
  return { targetType: "ORGANIZATION", q: filters.q, filters: conditions, sort: filters.sort, locale };
}

/** Every public organisation matching the filters (the page number is ignored), in page order. */
export async function matchingOrganizationIds(filters: OrganizationFilters, locale: string): Promise<string[]> {
  return allMatchingIds(await db(), organizationScope(filters, locale));
}

export async function searchOrganizations(filters: OrganizationFilters, locale: string, window?: SearchWindow) {
  return runSearch<OrganizationHit>(await db(), {
    ...organizationScope(filters, locale),
    facets: [
      { name: "country", sql: Prisma.sql`country` },
      { name: "city", sql: Prisma.sql`city`, limit: 20 },
      { name: "kind", sql: Prisma.sql`kind` },
      { name: "sector", sql: Prisma.sql`sectors`, unnest: true },
      { name: "language", sql: Prisma.sql`languages`, unnest: true },
      { name: "verified", sql: Prisma.sql`"isVerified"` },
    ],
    select: Prisma.sql`"targetId" AS id, slug, name, country, city, kind, sectors::text[] AS sectors, languages, "isVerified", "isDemo", "listingUpdatedAt"`,
    page: filters.page,
    window,
  });
}

export interface CommunityHit extends ListingHit {
  oblastCode: string;
  communityType: CommunityType;
  populationBand: number | null;
  needSectors: Sector[];
}

/** The communities the filters ask for, in their order (the page aside). */
function communityScope(filters: CommunityFilters, locale: string): SearchScope {
  const conditions: FacetFilter[] = [];
  if (filters.oblast.length)
    conditions.push({ facet: "oblast", sql: Prisma.sql`"oblastCode" = ANY(${filters.oblast}::text[])`, values: filters.oblast });
  if (filters.type.length)
    conditions.push({
      facet: "type",
      sql: Prisma.sql`"communityType" = ANY(${filters.type}::text[]::"CommunityType"[])`,
      values: filters.type,
    });
  if (filters.needSector.length)
    conditions.push({
      facet: "needSector",
      sql: Prisma.sql`"needSectors" && ${filters.needSector}::text[]::"Sector"[]`,
      values: filters.needSector,
      many: true,
    });
  if (filters.population.length)
    conditions.push({
      facet: "population",
      sql: Prisma.sql`"populationBand" = ANY(${filters.population}::int[])`,
      values: filters.population.map(String),
    });
  return { targetType: "COMMUNITY", q: filters.q, filters: conditions, sort: filters.sort, locale };
}

/** Every public community matching the filters (the page number is ignored), in page order. */
export async function matchingCommunityIds(filters: CommunityFilters, locale: string): Promise<string[]> {
  return allMatchingIds(await db(), communityScope(filters, locale));
}

export async function searchCommunities(filters: CommunityFilters, locale: string, window?: SearchWindow) {
  return runSearch<CommunityHit>(await db(), {
    ...communityScope(filters, locale),
    facets: [
      { name: "oblast", sql: Prisma.sql`"oblastCode"` },
      { name: "type", sql: Prisma.sql`"communityType"` },
      { name: "needSector", sql: Prisma.sql`"needSectors"`, unnest: true },
      { name: "population", sql: Prisma.sql`"populationBand"` },
    ],
    select: Prisma.sql`"targetId" AS id, slug, name, "oblastCode", "communityType", "populationBand", "needSectors"::text[] AS "needSectors", "isVerified", "isDemo", "listingUpdatedAt"`,
    page: filters.page,
    window,
  });
}
