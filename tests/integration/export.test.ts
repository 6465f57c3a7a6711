// The open-data downloads on real PostgreSQL with the seeded data: CSV and GeoJSON hold every
// public listing matching the same filters as the JSON API (not one page), only the public
// point of a location (docs/decisions/0003-location-privacy.md), no contacts, no unpublished
// or hidden listing.
import { parse } from "csv-parse/sync";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { LocationPrecision } from "@/generated/prisma/enums";
import { publicPoint } from "@/lib/geo/precision";
import { communityColumns, organizationColumns } from "@/lib/export/records";
import { organizationDocument } from "@/lib/search/documents";
import { reindexOrganization } from "@/lib/search/indexer";
import { clearFacetCache } from "@/lib/search/queries";
import * as organizationsCsv from "@/app/api/v1/organizations.csv/route";
import * as organizationsGeojson from "@/app/api/v1/organizations.geojson/route";
import * as organizationsJson from "@/app/api/v1/organizations/route";
import * as communitiesCsv from "@/app/api/v1/communities.csv/route";
import * as communitiesGeojson from "@/app/api/v1/communities.geojson/route";
import * as communitiesJson from "@/app/api/v1/communities/route";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/internal-headers";
import { organizationRow } from "./support/factories";
import { fileDatabase, fileEnv } from "./support/file-database";

fileEnv({ AUTH_URL: "http://atlas.test" }); // the site's origin: every `url` column is on it
const { prisma } = fileDatabase({ demo: true });

// An organisation that chose CITY precision: its exact point has digits found nowhere else.
const privateOrg = {
  slug: "export-private-berlin",
  lat: 52.531379,
  lng: 13.387913,
  email: "hidden-contact@export.example",
  phone: "+49 30 5550199",
};

async function createOrganization(
  slug: string,
  data: { status?: "PUBLISHED" | "PENDING"; hiddenAt?: Date; lat?: number; lng?: number; email?: string; phone?: string } = {},
) {
  const lat = data.lat ?? 52.5;
  const lng = data.lng ?? 13.4;
  const shown = publicPoint({ lat, lng, precision: LocationPrecision.CITY, country: "DE", city: "Berlin" });
  const org = await prisma.organization.create({
    data: organizationRow({
      slug,
      name: { uk: `Тест ${slug}`, en: `Test ${slug}` },
      lat,
      lng,
      locationPrecision: LocationPrecision.CITY,
      publicLat: shown.lat,
      publicLng: shown.lng,
      sectors: ["EDUCATION_YOUTH"],
      languages: ["uk", "de"],
      email: data.email,
      phone: data.phone,
      status: data.status ?? "PUBLISHED",
      hiddenAt: data.hiddenAt ?? null,
      publishedAt: new Date(),
    }),
  });
  await reindexOrganization(prisma, org.id);
  return org;
}

beforeAll(async () => {
  await createOrganization(privateOrg.slug, privateOrg);
  await createOrganization("export-pending-org", { status: "PENDING" });
  await createOrganization("export-hidden-org", { hiddenAt: new Date() });
});

type Handler = (request: NextRequest) => Promise<Response>;
let caller = 0;
// Each call from its own address: the export budget per address is not what this file tests.
const call = (route: { GET: Handler }, query = "") =>
  route.GET(
    new NextRequest(`http://atlas.test/api/v1/x${query ? `?${query}` : ""}`, {
      headers: { [SOCKET_ADDRESS_HEADER]: `192.0.2.${++caller % 250}` },
    }),
  );
const csvRows = async (response: Response) => parse(await response.text(), { columns: true }) as Record<string, string>[];
interface Feature {
  type: string;
  id: string;
  geometry: { type: string; coordinates: [number, number] };
  properties: Record<string, unknown>;
}
const geojson = async (response: Response) => (await response.json()) as { type: string; features: Feature[] };
const jsonApi = async (route: { GET: Handler }, query = "") =>
  (await (await call(route, query)).json()) as { data: { slug: string }[]; meta: { total: number } };

describe("GET /api/v1/organizations.csv", () => {
  it("is a CSV download of every public organisation, with the documented header and headers", async () => {
    const response = await call(organizationsCsv);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="organizations-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    // No byte-order mark for programs (read the bytes: decoding text would drop one anyway).
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes[0]).not.toBe(0xef);
    const text = new TextDecoder().decode(bytes);
    expect(text.split("\n")[0]).toBe(organizationColumns.join(","));
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const published = await prisma.organization.count({ where: { status: "PUBLISHED", hiddenAt: null } });
    expect(rows.length).toBe(published);
    expect(rows.length).toBeGreaterThan(20); // more than one page of the directory
    expect(rows.length).toBe((await jsonApi(organizationsJson)).meta.total);
    const mine = rows.find((row) => row.slug === privateOrg.slug)!;
    expect(mine).toMatchObject({
      url: `http://atlas.test/en/organizations/${privateOrg.slug}`,
      name_en: `Test ${privateOrg.slug}`,
      country: "DE",
      sectors: "EDUCATION_YOUTH",
      languages: "uk;de",
      is_demo: "false",
      verified: "false",
    });
    expect(rows.find((row) => row.slug === "bridges-for-schools-berlin")?.is_demo).toBe("true");
  });

  it("?excel=1 is the same rows for spreadsheets: a byte-order mark, words instead of codes, the reader's separator", async () => {
    const response = await call(organizationsCsv, "excel=1&locale=uk");
    expect(response.headers.get("content-disposition")).toMatch(/filename="organizations-excel-uk-\d{4}-\d{2}-\d{2}\.csv"/);
    // The bytes: decoding text drops a byte-order mark, as Excel needs it not to.
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split("\n")[0]).toBe(organizationColumns.join(";"));
    const rows = parse(text, { columns: true, delimiter: ";" }) as Record<string, string>[];
    expect(rows.length).toBe((await csvRows(await call(organizationsCsv))).length);
    expect(rows.find((row) => row.slug === privateOrg.slug)).toMatchObject({
      country: "Німеччина",
      sectors: "Освіта та молодь",
      languages: "українська; німецька",
    });
  });

  it.each([
    "country=DE",
    "country=DE&sector=EDUCATION_YOUTH",
    "kind=DIASPORA_ASSOCIATION,CIVIL_SOCIETY&language=en",
    "verified=1",
    "q=Kiev",
    "q=Berlin&sort=updated",
    "country=XX&kind=NOPE&page=7",
  ])("narrows by %s exactly as the JSON API, in its order and across pages", async (query) => {
    const [rows, api] = await Promise.all([
      csvRows(await call(organizationsCsv, query)),
      jsonApi(organizationsJson, query.replace(/&?page=\d+/, "")),
    ]);
    expect(rows.length).toBe(api.meta.total);
    expect(rows.slice(0, api.data.length).map((row) => row.slug)).toEqual(api.data.map((item) => item.slug));
  });

  it("leaves out unpublished and hidden organisations", async () => {
    const slugs = (await csvRows(await call(organizationsCsv, "country=DE"))).map((row) => row.slug);
    expect(slugs).toContain(privateOrg.slug);
    expect(slugs).not.toContain("export-pending-org");
    expect(slugs).not.toContain("export-hidden-org");
    const pendingSeeded = await prisma.organization.findMany({ where: { status: { not: "PUBLISHED" } }, select: { slug: true } });
    expect(pendingSeeded.length).toBeGreaterThan(1);
    const all = new Set((await csvRows(await call(organizationsCsv))).map((row) => row.slug));
    for (const { slug } of pendingSeeded) expect(all.has(slug)).toBe(false);
  });
});

describe("GET /api/v1/organizations.geojson", () => {
  it("is a FeatureCollection of the public points as [lng, lat]", async () => {
    const response = await call(organizationsGeojson, "country=DE");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/geo+json");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="organizations-\d{4}-\d{2}-\d{2}\.geojson"$/);
    const body = await geojson(response);
    expect(body.type).toBe("FeatureCollection");
    expect(body.features.length).toBe((await jsonApi(organizationsJson, "country=DE")).meta.total);
    const points = new Map(
      (await prisma.organization.findMany({ where: { country: "DE" }, select: { slug: true, publicLat: true, publicLng: true } })).map(
        (org) => [org.slug, [org.publicLng, org.publicLat]],
      ),
    );
    for (const feature of body.features) {
      expect(feature.type).toBe("Feature");
      expect(feature.geometry.type).toBe("Point");
      expect(feature.geometry.coordinates).toEqual(points.get(feature.id));
      expect(feature.properties.country).toBe("DE");
      expect(feature.properties).not.toHaveProperty("latitude");
    }
    const mine = body.features.find((feature) => feature.id === privateOrg.slug)!;
    expect(mine.properties).toMatchObject({ sectors: ["EDUCATION_YOUTH"], verified: false, is_demo: false });
  });
});

describe("location privacy and contacts", () => {
  it("never shows the exact point of a CITY or REGION organisation, nor an email or phone, in either file", async () => {
    const [csv, geo] = await Promise.all(
      [call(organizationsCsv), call(organizationsGeojson)].map(async (response) => (await response).text()),
    );
    const coarse = await prisma.organization.findMany({
      where: { status: "PUBLISHED", hiddenAt: null, locationPrecision: { not: "EXACT" } },
      select: { slug: true, lat: true, lng: true, publicLat: true, publicLng: true, email: true },
    });
    expect(coarse.map((org) => org.slug)).toContain(privateOrg.slug);
    expect(coarse.filter((org) => org.lat !== org.publicLat).length).toBeGreaterThan(5);
    for (const body of [csv!, geo!]) {
      expect(body).toContain(privateOrg.slug);
      // Digits of our own exact point appear nowhere (seeded points may share one coordinate by chance).
      expect(body).not.toContain("52.531379");
      expect(body).not.toContain("13.387913");
      expect(body).not.toContain(privateOrg.email);
      expect(body).not.toContain("5550199");
      expect(body).not.toMatch(/email|phone|"lat"|"lng"/i);
      for (const org of coarse) {
        if (org.lat !== org.publicLat || org.lng !== org.publicLng) {
          expect(body).not.toContain(`${org.lat},${org.lng}`);
          expect(body).not.toContain(`[${org.lng},${org.lat}]`);
        }
        if (org.email) expect(body).not.toContain(org.email);
      }
    }
    // Row by row: each coarse organisation is exported at its public point, in both files.
    const rows = new Map((parse(csv!, { columns: true }) as Record<string, string>[]).map((row) => [row.slug, row]));
    const features = new Map((JSON.parse(geo!) as { features: Feature[] }).features.map((feature) => [feature.id, feature]));
    for (const org of coarse) {
      expect([Number(rows.get(org.slug)!.latitude), Number(rows.get(org.slug)!.longitude)]).toEqual([org.publicLat, org.publicLng]);
      expect(features.get(org.slug)!.geometry.coordinates).toEqual([org.publicLng, org.publicLat]);
    }
  });

  it("does not leak an unpublished listing even when the search projection is out of step", async () => {
    const pending = await prisma.organization.findUniqueOrThrow({ where: { slug: "export-pending-org" } });
    const stale = organizationDocument(pending);
    await prisma.searchDocument.create({ data: stale });
    clearFacetCache();
    try {
      const slugs = (await csvRows(await call(organizationsCsv, "country=DE"))).map((row) => row.slug);
      expect(slugs).not.toContain("export-pending-org");
    } finally {
      await prisma.searchDocument.delete({ where: { targetType_targetId: { targetType: "ORGANIZATION", targetId: pending.id } } });
      clearFacetCache();
    }
  });
});

describe("GET /api/v1/communities.csv and .geojson", () => {
  it.each(["oblast=UA61000000000060328", "type=URBAN&population=2", "needSector=HEALTHCARE,EDUCATION_YOUTH", "q=Бережани"])(
    "narrow by %s exactly as the JSON API",
    async (query) => {
      const [rows, features, api] = await Promise.all([
        call(communitiesCsv, query).then(csvRows),
        call(communitiesGeojson, query).then(geojson),
        jsonApi(communitiesJson, query),
      ]);
      expect(rows.length).toBe(api.meta.total);
      expect(features.features.length).toBe(api.meta.total);
      expect(rows.slice(0, api.data.length).map((row) => row.slug)).toEqual(api.data.map((item) => item.slug));
    },
  );

  it("carry the documented columns, open-need sectors and the public point", async () => {
    const response = await call(communitiesCsv, "q=berezhanska");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="communities-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = await response.text();
    expect(text.split("\n")[0]).toBe(communityColumns.join(","));
    const row = (parse(text, { columns: true }) as Record<string, string>[]).find((r) => r.slug === "berezhanska-urban")!;
    const community = await prisma.community.findUniqueOrThrow({
      where: { slug: "berezhanska-urban" },
      include: { needs: { where: { status: "PUBLISHED", hiddenAt: null, needStatus: "OPEN" }, select: { sector: true } } },
    });
    expect(row).toMatchObject({
      url: "http://atlas.test/en/communities/berezhanska-urban",
      katottg: community.katottg,
      type: community.type,
      latitude: String(community.publicLat),
      longitude: String(community.publicLng),
      occupied: "false",
    });
    expect(row.oblast_uk).toMatch(/Тернопільська/);
    expect(row.open_need_sectors!.split(";").sort()).toEqual([...new Set(community.needs.map((need) => need.sector))].sort());
    expect(row.open_need_sectors).not.toBe("");
  });

  it("list occupied communities as such", async () => {
    const occupied = await prisma.community.findFirstOrThrow({ where: { isOccupied: true }, select: { slug: true, oblastCode: true } });
    const rows = await csvRows(await call(communitiesCsv, `oblast=${occupied.oblastCode}`));
    expect(rows.find((row) => row.slug === occupied.slug)?.occupied).toBe("true");
  });
});

describe("export of everything (measured once, by hand)", () => {
  it("streams all seeded listings", async () => {
    const timed = async (label: string, route: { GET: Handler }) => {
      const start = performance.now();
      const response = await call(route);
      const bytes = (await response.arrayBuffer()).byteLength;
      const ms = performance.now() - start;
      console.info(`export ${label}: ${bytes} bytes in ${ms.toFixed(0)} ms`);
      return bytes;
    };
    for (const [label, route] of [
      ["organizations.csv", organizationsCsv],
      ["organizations.geojson", organizationsGeojson],
      ["communities.csv", communitiesCsv],
      ["communities.geojson", communitiesGeojson],
    ] as const)
      expect(await timed(label, route)).toBeGreaterThan(1000);
  });
});
