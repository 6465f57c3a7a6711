-- Search queries run on two narrow copies of the projection (docs/decisions/0013):
-- "SearchFacet" (facet columns, sort keys, update time; ~0.25 KB a row) for browsing without
-- words, and "SearchText" (the same plus the tsvector; ~0.7 KB) for searches with words.
-- The wide "SearchDocument" (~1.3 KB) keeps what a result shows: at 100,000 listings it no
-- longer fit PostgreSQL's default shared buffers, and a broad word read thousands of its pages
-- from the operating system per query.

-- The projection is derived data: empty it here; the next start (scripts/db/prepare.ts)
-- rebuilds it from the listings, with the new sort keys.
TRUNCATE "SearchDocument", "SearchFacet", "SearchTerm";

-- Indexes no query uses any more.
DROP INDEX "SearchDocument_document_idx";
DROP INDEX "SearchDocument_targetType_country_idx";
DROP INDEX "SearchDocument_targetType_kind_idx";
DROP INDEX "SearchDocument_targetType_oblastCode_idx";
DROP INDEX "SearchDocument_sectors_idx";
DROP INDEX "SearchDocument_needSectors_idx";
DROP INDEX "SearchDocument_languages_idx";
DROP INDEX "SearchDocument_targetType_sortUk_idx";
DROP INDEX "SearchDocument_targetType_sortEn_idx";

-- Sort keys are the UTF-8 bytes of code points chosen for the Ukrainian alphabet
-- (lib/search/sort-key.ts): as bytea they compare as bytes, the same on every server and in
-- PGlite, whatever the database's collation, at half the size of the old hex text.
ALTER TABLE "SearchDocument"
  ALTER COLUMN "sortUk" SET DATA TYPE BYTEA USING convert_to("sortUk", 'UTF8'),
  ALTER COLUMN "sortEn" SET DATA TYPE BYTEA USING convert_to("sortEn", 'UTF8');

ALTER TABLE "SearchFacet"
  ADD COLUMN "sortUk" BYTEA NOT NULL,
  ADD COLUMN "sortEn" BYTEA NOT NULL,
  ADD COLUMN "listingUpdatedAt" TIMESTAMP(3) NOT NULL;

CREATE INDEX "SearchFacet_targetType_sortUk_idx" ON "SearchFacet"("targetType", "sortUk");
CREATE INDEX "SearchFacet_targetType_sortEn_idx" ON "SearchFacet"("targetType", "sortEn");
CREATE INDEX "SearchFacet_targetType_listingUpdatedAt_idx" ON "SearchFacet" ("targetType", "listingUpdatedAt");

CREATE TABLE "SearchText" (
    "targetType" "SearchTarget" NOT NULL,
    "targetId" TEXT NOT NULL,
    "country" TEXT,
    "city" TEXT,
    "kind" "OrganizationKind",
    "sectors" "Sector"[],
    "languages" TEXT[],
    "isVerified" BOOLEAN NOT NULL DEFAULT false,
    "oblastCode" TEXT,
    "communityType" "CommunityType",
    "populationBand" INTEGER,
    "needSectors" "Sector"[],
    "sortUk" BYTEA NOT NULL,
    "sortEn" BYTEA NOT NULL,
    "listingUpdatedAt" TIMESTAMP(3) NOT NULL,
    "document" tsvector,

    CONSTRAINT "SearchText_pkey" PRIMARY KEY ("targetType","targetId")
);

CREATE INDEX "SearchText_document_idx" ON "SearchText" USING GIN ("document");
CREATE INDEX "SearchText_targetType_country_idx" ON "SearchText"("targetType", "country");
CREATE INDEX "SearchText_targetType_kind_idx" ON "SearchText"("targetType", "kind");
CREATE INDEX "SearchText_targetType_oblastCode_idx" ON "SearchText"("targetType", "oblastCode");
CREATE INDEX "SearchText_sectors_idx" ON "SearchText" USING GIN ("sectors");
CREATE INDEX "SearchText_needSectors_idx" ON "SearchText" USING GIN ("needSectors");
CREATE INDEX "SearchText_languages_idx" ON "SearchText" USING GIN ("languages");
