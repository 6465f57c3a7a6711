-- CreateTable
CREATE TABLE "SearchFacetCount" (
    "targetType" "SearchTarget" NOT NULL,
    "filterFacet" TEXT NOT NULL,
    "filterValue" TEXT NOT NULL,
    "facet" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "SearchFacetCount_pkey" PRIMARY KEY ("targetType","filterFacet","filterValue","facet","value")
);

-- Facet counts of the whole directory for browsing without words (lib/search/facet-counts.ts),
-- kept current by lib/search/indexer.ts from here on: filled once from the projection as it is
-- (same pairs as facetCountDelta there; an empty projection gives an empty table).
INSERT INTO "SearchFacetCount" ("targetType", "filterFacet", "filterValue", "facet", "value", "n")
WITH e AS (
  SELECT DISTINCT r."targetType", r."targetId", v.facet, v.value
  FROM "SearchFacet" r
  CROSS JOIN LATERAL (
    SELECT * FROM (VALUES ('_all', ''), ('country', r.country), ('city', r.city), ('kind', r.kind::text),
                          ('verified', r."isVerified"::text), ('oblast', r."oblastCode"),
                          ('type', r."communityType"::text), ('population', r."populationBand"::text)) AS p(facet, value)
    UNION ALL SELECT 'sector', s::text FROM unnest(r.sectors) AS s
    UNION ALL SELECT 'language', l FROM unnest(r.languages) AS l
    UNION ALL SELECT 'needSector', x::text FROM unnest(r."needSectors") AS x
  ) AS v(facet, value)
  WHERE v.value IS NOT NULL)
SELECT a."targetType", a.facet, a.value, b.facet, b.value, count(*)::int
FROM e AS a JOIN e AS b ON a."targetType" = b."targetType" AND a."targetId" = b."targetId"
GROUP BY a."targetType", a.facet, a.value, b.facet, b.value;
