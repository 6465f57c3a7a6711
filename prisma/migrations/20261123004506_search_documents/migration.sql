-- CreateEnum
CREATE TYPE "SearchTarget" AS ENUM ('ORGANIZATION', 'COMMUNITY');

-- CreateTable
CREATE TABLE "SearchDocument" (
    "targetType" "SearchTarget" NOT NULL,
    "targetId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "sortUk" TEXT NOT NULL,
    "sortEn" TEXT NOT NULL,
    "nameWords" TEXT NOT NULL,
    "bodyWords" TEXT NOT NULL,
    "document" tsvector,
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
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "listingUpdatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("targetType","targetId")
);

-- CreateTable
CREATE TABLE "SearchTerm" (
    "word" TEXT NOT NULL,
    "documents" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchDocument_targetType_country_idx" ON "SearchDocument"("targetType", "country");

-- CreateIndex
CREATE INDEX "SearchDocument_targetType_kind_idx" ON "SearchDocument"("targetType", "kind");

-- CreateIndex
CREATE INDEX "SearchDocument_targetType_oblastCode_idx" ON "SearchDocument"("targetType", "oblastCode");

-- CreateIndex
CREATE INDEX "SearchDocument_sectors_idx" ON "SearchDocument" USING GIN ("sectors");

-- CreateIndex
CREATE INDEX "SearchDocument_needSectors_idx" ON "SearchDocument" USING GIN ("needSectors");

-- CreateIndex
CREATE INDEX "SearchDocument_languages_idx" ON "SearchDocument" USING GIN ("languages");

-- CreateIndex
CREATE INDEX "SearchDocument_document_idx" ON "SearchDocument" USING GIN ("document");

-- CreateIndex
CREATE INDEX "SearchDocument_targetType_listingUpdatedAt_idx" ON "SearchDocument"("targetType", "listingUpdatedAt");

-- CreateIndex
CREATE INDEX "SearchTerm_word_idx" ON "SearchTerm" USING GIN ("word" gin_trgm_ops);

-- The weighted full-text vector, built by the database from the already-folded words, so
-- every writer (app, seed, bulk generator) produces the same document. Name words weigh more.
CREATE OR REPLACE FUNCTION search_document_vector() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW."document" :=
    setweight(to_tsvector('simple', coalesce(NEW."nameWords", '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(NEW."bodyWords", '')), 'B');
  RETURN NEW;
END $$;

CREATE TRIGGER search_document_vector
  BEFORE INSERT OR UPDATE OF "nameWords", "bodyWords" ON "SearchDocument"
  FOR EACH ROW EXECUTE FUNCTION search_document_vector();


-- CreateIndex
CREATE INDEX "SearchDocument_targetType_sortUk_idx" ON "SearchDocument"("targetType", "sortUk");

-- CreateIndex
CREATE INDEX "SearchDocument_targetType_sortEn_idx" ON "SearchDocument"("targetType", "sortEn");
