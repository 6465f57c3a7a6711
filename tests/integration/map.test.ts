// The map API on real PostgreSQL with the seeded data: clusters answer any viewport, filters
// narrow, stacks list their listings, and — location privacy (docs/decisions/0003) — the exact
// point of a CITY-precision organisation appears in no public response: map viewports at every
// zoom, a stack's list, near me, partnership lines, and the directory API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { reindexOrganization } from "@/lib/search/indexer";
import { publicPoint } from "@/lib/geo/precision";
import { findCity } from "@/lib/geo/places";
import { fileDatabase } from "./support/file-database";
import { GET as mapGet } from "@/app/api/v1/map/route";
import { GET as linesGet } from "@/app/api/v1/map/partnerships/route";
import { GET as organizationsGet } from "@/app/api/v1/organizations/route";
import { viewportAround } from "@/lib/map/viewport";

const database = fileDatabase({ demo: true });
// An exact point inside Kraków, well away from the gazetteer's city centre.
const exact = { lat: 50.0812345, lng: 19.9987654 };
const slug = "map-privacy-test-krakow";

beforeAll(async () => {
  const shown = publicPoint({ ...exact, precision: "CITY", country: "PL", city: "Kraków" });
  const org = await database.prisma.organization.create({
    data: {
      slug,
      kind: "DIASPORA_ASSOCIATION",
      name: { uk: "Тестове товариство", en: "Privacy Test Society" },
      country: "PL",
      city: "Kraków",
      lat: exact.lat,
      lng: exact.lng,
      locationPrecision: "CITY",
      publicLat: shown.lat,
      publicLng: shown.lng,
      sectors: ["CULTURE_IDENTITY"],
      languages: ["uk", "pl"],
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
  await reindexOrganization(database.prisma, org.id);
  delete (globalThis as { __atlasMapIndex?: unknown }).__atlasMapIndex;
});
afterAll(() => {
  delete (globalThis as { __atlasMapIndex?: unknown }).__atlasMapIndex;
});

const call = async (handler: (request: NextRequest) => Promise<Response>, path: string) => {
  const response = await handler(new NextRequest(new URL(path, "http://localhost")));
  return { status: response.status, text: await response.text() };
};
const view = (lat: number, lng: number, zoom: number, extra = "") =>
  `/api/v1/map?zoom=${zoom}&bbox=${viewportAround(lat, lng, zoom, 1280, 800).join(",")}${extra}`;

/** Every way the exact coordinates could be written: full, and rounded to 3–7 decimals. */
function exactForms(): string[] {
  const forms = new Set<string>();
  for (const value of [exact.lat, exact.lng]) {
    forms.add(String(value));
    for (let d = 3; d <= 7; d++) forms.add(value.toFixed(d));
  }
  return [...forms];
}

describe("map viewport API", () => {
  it("answers clusters for the world and points when zoomed in, within budget", async () => {
    const world = JSON.parse((await call(mapGet, view(48, 15, 2))).text);
    expect(world.type).toBe("FeatureCollection");
    expect(world.meta.total).toBeGreaterThan(1000); // every official community plus the demo organisations
    expect(world.features.some((f: { id?: number }) => typeof f.id === "number")).toBe(true);
    const close = JSON.parse((await call(mapGet, view(52.52, 13.405, 14))).text);
    expect(close.features.length).toBeGreaterThan(0);
    expect(close.meta.total).toBeLessThan(world.meta.total);
  });

  it("narrows by the directory's filters", async () => {
    const all = JSON.parse((await call(mapGet, view(50, 15, 3))).text);
    const germany = JSON.parse((await call(mapGet, view(50, 15, 3, "&country=DE"))).text);
    const communities = JSON.parse((await call(mapGet, view(50, 15, 3, "&layer=communities"))).text);
    expect(germany.meta.total).toBeGreaterThan(0);
    expect(germany.meta.total).toBe(germany.meta.organizations); // communities are in UA
    expect(germany.meta.total).toBeLessThan(all.meta.total);
    expect(communities.meta.organizations).toBe(0);
  });

  it("rejects a missing bbox and answers hostile values with a bounded answer", async () => {
    expect((await call(mapGet, "/api/v1/map?zoom=3")).status).toBe(400);
    const huge = await call(mapGet, "/api/v1/map?zoom=18&bbox=-999,-90,999,90&kind=NOPE&country=';--");
    expect(huge.status).toBe(200);
    expect(huge.text.length).toBeLessThan(50_000);
    expect((await call(mapGet, "/api/v1/map?cluster=999999999")).status).toBe(404);
  });
});

describe("location privacy", () => {
  it("places the CITY-precision organisation at Kraków's centre", async () => {
    const krakow = findCity("PL", "Kraków")!;
    const near = JSON.parse((await call(mapGet, `/api/v1/map?near=${exact.lat},${exact.lng}&kind=DIASPORA_ASSOCIATION`)).text);
    const hit = near.data.find((item: { properties: { s: string } }) => item.properties.s === slug);
    expect(hit.coordinates).toEqual([krakow.lng, krakow.lat]);
  });

  it("never sends the exact point in any public response", async () => {
    const responses: string[] = [];
    for (let zoom = 0; zoom <= 18; zoom++) responses.push((await call(mapGet, view(exact.lat, exact.lng, zoom))).text);
    for (let zoom = 0; zoom <= 18; zoom++)
      responses.push((await call(mapGet, view(exact.lat, exact.lng, zoom, "&country=PL&locale=uk"))).text);
    // Stacks at the city centre: list every cluster's listings at the last zoom.
    const last = JSON.parse(responses[18]!);
    for (const feature of last.features)
      if (typeof feature.id === "number") responses.push((await call(mapGet, `/api/v1/map?cluster=${feature.id}`)).text);
    responses.push((await call(mapGet, `/api/v1/map?near=${exact.lat},${exact.lng}`)).text);
    responses.push((await call(linesGet, "/api/v1/map/partnerships")).text);
    responses.push((await call(organizationsGet, "/api/v1/organizations?country=PL")).text);
    responses.push((await call(organizationsGet, "/api/v1/organizations?q=Privacy%20Test")).text);
    const all = responses.join("\n");
    expect(all).toContain(slug); // the listing is there…
    for (const form of exactForms()) expect(all, `exact coordinate ${form} leaked`).not.toContain(form); // …but not where it is
  });
});
