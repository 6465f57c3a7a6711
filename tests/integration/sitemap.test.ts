// sitemap.xml and robots.txt on real PostgreSQL with the seeded data: every public listing in
// both languages with its hreflang alternates, nothing pending or hidden, absolute URLs on the
// configured origin; robots.txt names the sitemap and keeps crawlers off private paths.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import robots from "@/app/robots";
import * as sitemapIndex from "@/app/sitemap.xml/route";
import * as sitemapFile from "@/app/sitemaps/[file]/route";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/internal-headers";
import { publicCommunityWhere, publicOrganizationWhere } from "@/lib/listing/public-where";
import { sitemapFileCount, sitemapPages } from "@/lib/stats/queries";
import { organizationsByVisibility } from "./support/factories";
import { fileDatabase, fileEnv } from "./support/file-database";

fileEnv({ AUTH_URL: "https://atlas.test" });
const { prisma } = fileDatabase({ demo: true, searchIndex: false });

beforeAll(async () => {
  await prisma.organization.createMany({ data: organizationsByVisibility("sitemap-org") });
});

let caller = 0;
const request = (path: string) =>
  new NextRequest(`https://atlas.test${path}`, { headers: { [SOCKET_ADDRESS_HEADER]: `198.51.100.${++caller}` } });

describe("sitemap.xml", () => {
  it("lists a published organisation in both languages, and no pending or hidden one", async () => {
    const response = await sitemapIndex.GET(request("/sitemap.xml"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const xml = await response.text();
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">');
    for (const locale of ["en", "uk"]) expect(xml).toContain(`<loc>https://atlas.test/${locale}/organizations/sitemap-org-published</loc>`);
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="uk" href="https://atlas.test/uk/organizations/sitemap-org-published"/>');
    expect(xml).not.toContain("sitemap-org-pending");
    expect(xml).not.toContain("sitemap-org-hidden");
  });

  it("has every public organisation, community and partnership, each once per locale, and the list pages", async () => {
    const xml = await (await sitemapIndex.GET(request("/sitemap.xml"))).text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(new Set(locs).size).toBe(locs.length);
    const count = (prefix: string) => locs.filter((loc) => loc?.startsWith(`https://atlas.test/en/${prefix}/`)).length;
    expect(count("organizations")).toBe(await prisma.organization.count({ where: publicOrganizationWhere }));
    expect(count("communities")).toBe(await prisma.community.count({ where: publicCommunityWhere }));
    expect(count("partnerships")).toBeGreaterThan(0);
    for (const page of ["", "/stats", "/data", "/needs"]) expect(locs).toContain(`https://atlas.test/uk${page}`);
  });

  it("serves its one file as /sitemaps/0.xml too, and no file past it", async () => {
    const file = await sitemapFile.GET(request("/sitemaps/0.xml"), { params: Promise.resolve({ file: "0.xml" }) });
    expect(file.status).toBe(200);
    expect(await file.text()).toContain("sitemap-org-published");
    const missing = await sitemapFile.GET(request("/sitemaps/1.xml"), { params: Promise.resolve({ file: "1.xml" }) });
    expect(missing.status).toBe(404);
  });
});

describe("the split into files", () => {
  it("covers every page exactly once whatever the file size, across the kinds of listing", async () => {
    const whole = await sitemapPages(0, 1_000_000);
    const perFile = 700; // files that break inside the organisations and the communities
    const files = await sitemapFileCount(perFile);
    expect(files).toBe(Math.ceil(whole.length / perFile));
    const pieces = await Promise.all(Array.from({ length: files }, (_, index) => sitemapPages(index, perFile)));
    expect(pieces.flat().map((page) => page.path)).toEqual(whole.map((page) => page.path));
    expect(pieces.at(-1)?.length).toBeGreaterThan(0);
  });
});

describe("robots.txt", () => {
  it("names the sitemap on the configured origin and disallows the private paths", () => {
    const rules = robots();
    expect(rules.sitemap).toBe("https://atlas.test/sitemap.xml");
    const disallow = [rules.rules].flat().flatMap((rule) => [rule.disallow ?? []].flat());
    for (const path of ["/api/auth", "/admin", "/account", "/outbox", "/en/admin", "/uk/account"]) expect(disallow).toContain(path);
  });
});
