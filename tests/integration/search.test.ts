// Directory search on real PostgreSQL with the seeded data: Cyrillic and Latin are one search,
// typos still find the community, facets count, and hostile input gives a normal answer.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { reindexOrganization } from "@/lib/search/indexer";
import { parseCommunityFilters } from "@/lib/community/filters";
import { parseOrganizationFilters } from "@/lib/organization/filters";
import { searchCommunities, searchOrganizations } from "@/lib/search/queries";
import { GET as communitiesGet } from "@/app/api/v1/communities/route";
import { GET as organizationsGet } from "@/app/api/v1/organizations/route";
import { fileDatabase } from "./support/file-database";

const database = fileDatabase({ demo: true });

const organizations = (params: Record<string, string | string[]>) => searchOrganizations(parseOrganizationFilters(params), "en");
const communities = (params: Record<string, string | string[]>) => searchCommunities(parseCommunityFilters(params), "uk");
const slugs = (result: { items: { slug: string }[] }) => result.items.map((item) => item.slug).sort();

describe("organisation search", () => {
  it("gives the same organisations for Київ, Kyiv and Kiev", async () => {
    const [cyrillic, latin, old] = await Promise.all(["Київ", "Kyiv", "Kiev"].map((q) => organizations({ q })));
    expect(cyrillic!.total).toBeGreaterThan(0);
    expect(slugs(latin!)).toEqual(slugs(cyrillic!));
    expect(slugs(old!)).toEqual(slugs(cyrillic!));
    expect(slugs(cyrillic!)).toContain("friends-of-kyiv-toronto");
  });

  it("counts facets over the matches and narrows by them", async () => {
    const all = await organizations({});
    const germany = all.facets.country?.find((facet) => facet.value === "DE");
    expect(germany?.count).toBeGreaterThan(0);
    const inGermany = await organizations({ country: "DE" });
    expect(inGermany.total).toBe(germany!.count);
    expect(inGermany.items.every((item) => item.country === "DE")).toBe(true);
    // Disjunctive: the country facet still lists other countries while Germany is chosen.
    expect(inGermany.facets.country!.length).toBe(all.facets.country!.length);
    const education = await organizations({ country: "DE", sector: "EDUCATION_YOUTH" });
    expect(education.total).toBeGreaterThan(0);
    expect(education.total).toBeLessThanOrEqual(inGermany.total);
    // Enum arrays come back as arrays (a raw query would otherwise return the literal "{A,B}").
    expect(education.items.every((item) => Array.isArray(item.sectors) && item.sectors.includes("EDUCATION_YOUTH"))).toBe(true);
  });

  it("counts each facet value as the search with that value would find, with and without words", async () => {
    // Disjunctive counts: a facet's count for a value is the total of the same search with that
    // facet set to the value. Two and three filters exercise the narrowed set of usable rows
    // (lib/search/queries.ts, failingAtMostOne); no words exercises the SearchFacet branches.
    for (const base of [
      { q: "ukrain", country: "DE", sector: "EDUCATION_YOUTH" },
      { q: "ukrain", country: "PL", sector: "HUMANITARIAN_AID", kind: "CIVIL_SOCIETY" },
      { country: "DE", sector: "EDUCATION_YOUTH" },
      { q: "ukrain", language: "de" },
    ] as Record<string, string>[]) {
      const result = await organizations(base);
      expect(result.total).toBeGreaterThan(0);
      for (const facet of ["country", "sector", "kind", "language"]) {
        for (const { value, count } of result.facets[facet]!.slice(0, 3)) {
          const alone = await organizations({ ...base, [facet]: value });
          expect({ base, facet, value, count }).toEqual({ base, facet, value, count: alone.total });
        }
      }
    }
  });

  it("sorts by name in the alphabet of the interface language", async () => {
    const names = (await organizations({ sort: "name" })).items.map((item) => item.name.en ?? "");
    expect(names.length).toBeGreaterThan(5);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base", ignorePunctuation: true })));
    const uk = await searchOrganizations(parseOrganizationFilters({ sort: "name" }), "uk");
    const ukNames = uk.items.map((item) => item.name.uk ?? item.name.en ?? "");
    expect(ukNames).toEqual([...ukNames].sort((a, b) => a.localeCompare(b, "uk", { sensitivity: "base", ignorePunctuation: true })));
  });

  it("answers hostile or odd input with a normal result", async () => {
    for (const q of ['\'; DROP TABLE "Organization"; --', "a".repeat(5000), "😀🇺🇦\u202e\u0000", "&|!:*()", "   "]) {
      const result = await organizations({ q, country: ["XX", "de"], kind: "NOPE", page: "-3" });
      expect(result.page).toBe(1);
      expect(Array.isArray(result.items)).toBe(true);
    }
    expect(await database.prisma.organization.count()).toBeGreaterThan(0);
  });
});

describe("community search", () => {
  it.each(["Бережани", "Berezhany", "Berezhani", "Bereshany", "berezhanska"])("finds Бережанська громада for %s", async (q) => {
    const result = await communities({ q });
    expect(result.items.slice(0, 5).map((item) => item.slug)).toContain("berezhanska-urban");
  });

  it("filters by oblast and counts types", async () => {
    const ternopil = await communities({ oblast: "UA61000000000060328" });
    expect(ternopil.total).toBe(55);
    const typeTotal = ternopil.facets.type!.reduce((sum, facet) => sum + facet.count, 0);
    expect(typeTotal).toBe(55);
  });
});

describe("GET /api/v1/organizations and /api/v1/communities", () => {
  it("answer the same search as the pages, with paging links", async () => {
    const response = await organizationsGet(new NextRequest("http://localhost/api/v1/organizations?q=Kiev&sort=name"));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { slug: string; name: Record<string, string> }[]; meta: { total: number } };
    const direct = await organizations({ q: "Київ", sort: "name" });
    expect(body.meta.total).toBe(direct.total);
    expect(body.data.map((item) => item.slug).sort()).toEqual(slugs(direct));
    expect(JSON.stringify(body)).not.toMatch(/"lat"|"lng"|"email"/);
  });

  it("treat unknown or hostile parameters as absent", async () => {
    const response = await communitiesGet(
      new NextRequest(`http://localhost/api/v1/communities?q=${"%27".repeat(300)}&oblast=DROP&page=abc&type=URBAN`),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { meta: { total: number; page: number }; links: { next: string | null } };
    expect(body.meta.page).toBe(1);
  });
});

describe("keeping the index in step", () => {
  it("drops an organisation that is no longer public, and its facet counts follow at once", async () => {
    const before = await organizations({ q: "Bridges for Schools", country: "DE" });
    expect(before.items.map((item) => item.slug)).toContain("bridges-for-schools-berlin");
    const germanyBefore = before.facets.country!.find((facet) => facet.value === "DE")!.count;
    const org = await database.prisma.organization.update({ where: { slug: "bridges-for-schools-berlin" }, data: { status: "ARCHIVED" } });
    await reindexOrganization(database.prisma, org.id);
    const after = await organizations({ q: "Bridges for Schools", country: "DE" });
    expect(after.items.map((item) => item.slug)).not.toContain("bridges-for-schools-berlin");
    expect(after.facets.country!.find((facet) => facet.value === "DE")?.count ?? 0).toBe(germanyBefore - 1);
    expect(await database.prisma.searchFacet.count({ where: { targetId: org.id } })).toBe(0);
    expect(await database.prisma.searchText.count({ where: { targetId: org.id } })).toBe(0);
    await database.prisma.organization.update({ where: { id: org.id }, data: { status: "PUBLISHED" } });
    await reindexOrganization(database.prisma, org.id);
    expect(await database.prisma.searchFacet.count({ where: { targetId: org.id } })).toBe(1);
    expect(await database.prisma.searchText.count({ where: { targetId: org.id } })).toBe(1);
    expect((await organizations({ q: "Bridges for Schools" })).items.map((item) => item.slug)).toContain("bridges-for-schools-berlin");
  });
});
