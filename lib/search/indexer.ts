// Keeps SearchDocument, its narrow copies SearchFacet and SearchText, and SearchTerm in step
// with the listings. Takes the Prisma client (or a transaction) as a parameter instead of
// importing lib/db: the start script, the seed and the benchmark generator call it outside the
// Next.js server, and mutations pass their `tx` so a listing and its search rows change together.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { communityDocument, organizationDocument, type SearchDocumentRow } from "./documents";
import { clearFacetCache } from "./facet-cache";
import { facetCountDelta } from "./facet-counts";
import { markListingsChanged } from "@/lib/cache/listings-version";
import { communityProfileTextSelect } from "@/lib/community/selects";
import { openNeedWhere, publicCommunityWhere, publicOrganizationWhere } from "@/lib/listing/public-where";

type Db = PrismaClient | Prisma.TransactionClient;

const sectionOf = (targetType: SearchDocumentRow["targetType"]) => (targetType === "ORGANIZATION" ? "organizations" : "communities");

const organizationFields = {
  id: true,
  slug: true,
  kind: true,
  name: true,
  mission: true,
  description: true,
  activities: true,
  country: true,
  city: true,
  sectors: true,
  languages: true,
  isVerified: true,
  isDemo: true,
  updatedAt: true,
} satisfies Prisma.OrganizationSelect;

const communityFields = {
  id: true,
  slug: true,
  type: true,
  name: true,
  shortName: true,
  altShortName: true,
  centerName: true,
  oblastCode: true,
  oblastName: true,
  raionName: true,
  ...communityProfileTextSelect,
  population: true,
  languages: true,
  isVerified: true,
  isDemo: true,
  updatedAt: true,
  needs: { where: openNeedWhere, select: { sector: true } },
} satisfies Prisma.CommunitySelect;

type CommunityRow = Prisma.CommunityGetPayload<{ select: typeof communityFields }>;
const toCommunityDocument = ({ needs, ...community }: CommunityRow) =>
  communityDocument({ ...community, openNeedSectors: needs.map((need) => need.sector) });

/** The columns SearchFacet and SearchText copy from SearchDocument. */
const queryColumns = `"targetType", "targetId", country, city, kind, sectors, languages, "isVerified", "oblastCode", "communityType", "populationBand", "needSectors", "sortUk", "sortEn", "listingUpdatedAt"`;
// One statement fills both narrow copies. Only constants are spliced in; values are parameters.
const copyToQueryTables = `
  WITH text AS (
    INSERT INTO "SearchText" (${queryColumns}, document)
    SELECT ${queryColumns}, document FROM "SearchDocument"
    WHERE "targetType" = $1::"SearchTarget" AND "targetId" = ANY($2::text[]))
  INSERT INTO "SearchFacet" (${queryColumns})
  SELECT ${queryColumns} FROM "SearchDocument"
  WHERE "targetType" = $1::"SearchTarget" AND "targetId" = ANY($2::text[])`;

async function writeDocuments(db: Db, rows: SearchDocumentRow[]): Promise<void> {
  clearFacetCache();
  // The map's clusters (lib/map/index-cache.ts) rebuild on next use; cached pages showing these
  // kinds are rendered anew (lib/cache/tags.ts).
  markListingsChanged([...new Set(rows.map((row) => sectionOf(row.targetType)))]);
  for (let i = 0; i < rows.length; i += 500) {
    const part = rows.slice(i, i + 500);
    await db.searchDocument.createMany({ data: part });
    // The narrow copies the queries run on (docs/decisions/0013-search-tables.md); SearchText
    // takes the tsvector the trigger just built.
    for (const targetType of new Set(part.map((row) => row.targetType))) {
      const ids = part.filter((row) => row.targetType === targetType).map((row) => row.targetId);
      await db.$executeRawUnsafe(copyToQueryTables, targetType, ids);
      // The no-word browsing counts (lib/search/facet-counts.ts) gain the new rows' facet values.
      await db.$executeRawUnsafe(facetCountDelta, targetType, ids, 1);
    }
  }
}

async function deleteDocument(db: Db, targetType: SearchDocumentRow["targetType"], targetId: string): Promise<void> {
  clearFacetCache();
  markListingsChanged([sectionOf(targetType)]);
  // Two transactions re-projecting one listing at once (two needs added to a community) would
  // each delete, then insert: the later insert hits the earlier's row and the whole write fails
  // (found by npm run test:load). One at a time per listing, until the transaction ends.
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`search:${targetType}:${targetId}`}))`;
  await db.searchDocument.deleteMany({ where: { targetType, targetId } });
  // The row's facet values leave the no-word browsing counts before the row itself goes.
  await db.$executeRawUnsafe(facetCountDelta, targetType, [targetId], -1);
  await db.searchFacet.deleteMany({ where: { targetType, targetId } });
  await db.searchText.deleteMany({ where: { targetType, targetId } });
}

/** Typo correction is for words: numbers (registration numbers, years) only bloat the vocabulary. */
const isVocabularyWord = (word: string) => word.length >= 3 && !/^\d+$/.test(word);

/** Adds the words of new documents to the typo-tolerance vocabulary. */
async function addTerms(db: Db, rows: SearchDocumentRow[]): Promise<void> {
  const words = [...new Set(rows.flatMap((row) => `${row.nameWords} ${row.bodyWords}`.split(" ")).filter(isVocabularyWord))];
  for (let i = 0; i < words.length; i += 5000) {
    await db.searchTerm.createMany({ data: words.slice(i, i + 5000).map((word) => ({ word, documents: 1 })), skipDuplicates: true });
  }
}

/** Writes the documents of every row a cursor-paged read returns, one page at a time; returns how many. */
async function projectInBatches<Row extends { id: string }>(
  db: PrismaClient,
  readPage: (after: { cursor?: { id: string }; skip?: number }) => Promise<Row[]>,
  toDocument: (row: Row) => SearchDocumentRow,
): Promise<number> {
  let count = 0;
  for (let cursor: string | undefined; ;) {
    const page = await readPage(cursor ? { cursor: { id: cursor }, skip: 1 } : {});
    if (page.length === 0) return count;
    await writeDocuments(db, page.map(toDocument));
    count += page.length;
    cursor = page.at(-1)!.id;
  }
}

/** Rebuilds the whole projection from the listings: after seeding, or to repair it. */
export async function reindexAll(db: PrismaClient, batchSize = 2000): Promise<{ organizations: number; communities: number }> {
  await db.$executeRaw`TRUNCATE "SearchDocument", "SearchFacet", "SearchText", "SearchTerm", "SearchFacetCount"`;
  const batch = { orderBy: { id: "asc" }, take: batchSize } as const;
  const organizations = await projectInBatches(
    db,
    (after) => db.organization.findMany({ where: publicOrganizationWhere, select: organizationFields, ...batch, ...after }),
    organizationDocument,
  );
  const communities = await projectInBatches(
    db,
    (after) => db.community.findMany({ where: publicCommunityWhere, select: communityFields, ...batch, ...after }),
    toCommunityDocument,
  );
  // The vocabulary with document frequencies, straight from the vectors.
  await db.$executeRaw`
    INSERT INTO "SearchTerm" (word, documents)
    SELECT word, ndoc FROM ts_stat('SELECT document FROM "SearchText"')
    WHERE length(word) >= 3 AND word !~ '^[0-9]+$'`;
  return { organizations, communities };
}

/** Re-projects one listing: its rows go, then come back from `read` while it is public (null otherwise). */
async function reproject<Row>(
  db: Db,
  targetType: SearchDocumentRow["targetType"],
  id: string,
  read: () => Promise<Row | null>,
  toDocument: (row: Row) => SearchDocumentRow,
): Promise<void> {
  await deleteDocument(db, targetType, id);
  // Read after the delete: its lock lets one re-projection of this listing through at a time.
  const listing = await read();
  if (!listing) return;
  const row = toDocument(listing);
  await writeDocuments(db, [row]);
  await addTerms(db, [row]);
}

/** Re-projects one organisation: a row while it is public, none otherwise. */
export async function reindexOrganization(db: Db, id: string): Promise<void> {
  const read = () => db.organization.findFirst({ where: { id, ...publicOrganizationWhere }, select: organizationFields });
  await reproject(db, "ORGANIZATION", id, read, organizationDocument);
}

/** Re-projects one community (also after its needs change: open need sectors are a facet). */
export async function reindexCommunity(db: Db, id: string): Promise<void> {
  const read = () => db.community.findFirst({ where: { id, ...publicCommunityWhere }, select: communityFields });
  await reproject(db, "COMMUNITY", id, read, toCommunityDocument);
}
