-- CreateTable
CREATE TABLE "SearchFacet" (
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

    CONSTRAINT "SearchFacet_pkey" PRIMARY KEY ("targetType","targetId")
);

-- CreateIndex
CREATE INDEX "SearchFacet_targetType_country_idx" ON "SearchFacet"("targetType", "country");

-- CreateIndex
CREATE INDEX "SearchFacet_targetType_kind_idx" ON "SearchFacet"("targetType", "kind");

-- CreateIndex
CREATE INDEX "SearchFacet_targetType_oblastCode_idx" ON "SearchFacet"("targetType", "oblastCode");

-- CreateIndex
CREATE INDEX "SearchFacet_sectors_idx" ON "SearchFacet" USING GIN ("sectors");

-- CreateIndex
CREATE INDEX "SearchFacet_needSectors_idx" ON "SearchFacet" USING GIN ("needSectors");

-- CreateIndex
CREATE INDEX "SearchFacet_languages_idx" ON "SearchFacet" USING GIN ("languages");
