// Search bounded for every class of query (issue 17): totals capped beyond a threshold and said
// so, one or two letters read as the beginning of a name, and the stored counts of browsing
// without words (SearchFacetCount) equal to live counts, also right after a write.
import { afterEach, describe, expect, it } from "vitest";
import { parseOrganizationFilters } from "@/lib/organization/filters";
import { reindexOrganization } from "@/lib/search/indexer";
import { clearFacetCache, searchOrganizations } from "@/lib/search/queries";
import { sortKey } from "@/lib/search/sort-key";
import { fileDatabase } from "./support/file-database";

const database = fileDatabase({ demo: true });

const organizations = (params: Record<string, string | string[]>, locale = "en") =>
  searchOrganizations(parseOrganizationFilters(params), locale);

afterEach(() => {
  delete process.env.SEARCH_TOTAL_CAP;
  clearFacetCache();
});

/** Live counts straight from the projection, as the search would count them without the stored table. */
async function liveCount(where: string): Promise<number> {
  const [row] = await database.prisma.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM "SearchFacet" WHERE "targetType" = 'ORGANIZATION' ${where}`,
  );
  return row!.n;
}

describe("a capped total", () => {
  it("says how far it counted, and the page is the first page by name of every match", async () => {
    const exact = await organizations({ q: "ukrain" });
    expect(exact.totalIsCapped).toBe(false);
    expect(exact.total).toBeGreaterThan(5);

    process.env.SEARCH_TOTAL_CAP = "5";
    clearFacetCache();
    const capped = await organizations({ q: "ukrain" });
    expect(capped.totalIsCapped).toBe(true);
    expect(capped.total).toBe(5);
    // Not ranked beyond the cap: listed by name, the same rows as the whole search sorted by name.
    delete process.env.SEARCH_TOTAL_CAP;
    clearFacetCache();
    const byName = await organizations({ q: "ukrain", sort: "name" });
    expect(capped.items.map((item) => item.slug)).toEqual(byName.items.map((item) => item.slug));
  });

  it("is not capped at or under the threshold", async () => {
    const exact = await organizations({ q: "ukrain" });
    process.env.SEARCH_TOTAL_CAP = String(exact.total);
    clearFacetCache();
    const atCap = await organizations({ q: "ukrain" });
    expect(atCap.totalIsCapped).toBe(false);
    expect(atCap.total).toBe(exact.total);
    expect(atCap.facets.country?.length).toBeGreaterThan(0);
  });

  it("tells the API's clients whether the total is exact", async () => {
    const { GET } = await import("@/app/api/v1/organizations/route");
    const { NextRequest } = await import("next/server");
    process.env.SEARCH_TOTAL_CAP = "3";
    const body = (await (await GET(new NextRequest("http://localhost/api/v1/organizations?q=ukrain"))).json()) as {
      meta: { total: number; totalIsExact: boolean };
    };
    expect(body.meta).toMatchObject({ total: 3, totalIsExact: false });
  });
});

describe("one or two letters", () => {
  it("find the names that begin with them, in the page's language", async () => {
    const all = await organizations({ sort: "name" }, "en");
    const letters = sortKey(all.items[0]!.name.en ?? "").slice(0, 2);
    const result = await organizations({ q: letters }, "en");
    expect(result.total).toBeGreaterThan(0);
    for (const item of result.items) expect(sortKey(item.name.en ?? "").startsWith(letters)).toBe(true);
    expect(result.total).toBe(
      await liveCount(
        `AND "sortEn" >= convert_to('${letters}', 'UTF8') AND "sortEn" < convert_to('${letters.slice(0, -1)}${String.fromCharCode(letters.charCodeAt(letters.length - 1) + 1)}', 'UTF8')`,
      ),
    );
  });
});

describe("stored counts for browsing without words", () => {
  it("equal live counts, with no filter and with one", async () => {
    const all = await organizations({});
    expect(all.total).toBe(await liveCount(""));
    const germany = all.facets.country!.find((facet) => facet.value === "DE")!;
    expect(germany.count).toBe(await liveCount(`AND country = 'DE'`));

    const inGermany = await organizations({ country: "DE" });
    expect(inGermany.total).toBe(germany.count);
    for (const { value, count } of inGermany.facets.sector!)
      expect({ value, count }).toEqual({ value, count: await liveCount(`AND country = 'DE' AND '${value}' = ANY(sectors)`) });
    const verified = await organizations({ verified: "1" });
    expect(verified.total).toBe(await liveCount(`AND "isVerified"`));
    for (const { value, count } of verified.facets.kind!)
      expect({ value, count }).toEqual({ value, count: await liveCount(`AND "isVerified" AND kind = '${value}'`) });
  });

  it("follow a write at once: a listing unpublished, then published again", async () => {
    const slug = "bridges-for-schools-berlin";
    const org = await database.prisma.organization.findUniqueOrThrow({ where: { slug } });
    const before = await organizations({ country: "DE" });
    const sector = org.sectors[0]!;
    const sectorBefore = before.facets.sector!.find((facet) => facet.value === sector)!.count;

    await database.prisma.$transaction(async (tx) => {
      await tx.organization.update({ where: { id: org.id }, data: { status: "ARCHIVED" } });
      await reindexOrganization(tx, org.id);
    });
    const after = await organizations({ country: "DE" });
    expect(after.total).toBe(before.total - 1);
    expect(after.facets.sector!.find((facet) => facet.value === sector)?.count ?? 0).toBe(sectorBefore - 1);
    expect((await organizations({})).total).toBe(await liveCount(""));

    await database.prisma.organization.update({ where: { id: org.id }, data: { status: "PUBLISHED" } });
    await reindexOrganization(database.prisma, org.id);
    const restored = await organizations({ country: "DE" });
    expect(restored.total).toBe(before.total);
    expect(restored.facets).toEqual(before.facets);
  });
});
