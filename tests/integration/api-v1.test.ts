// The read API under /api/v1 on real PostgreSQL with the demo seed: every endpoint the OpenAPI
// document lists is called through its route handler and its body checked against the document's
// own JSON Schema; the document validates as OpenAPI 3.1; `limit` up to 500, cursor pages that
// never overlap and cover every row, nothing unpublished or hidden, 304 on a current ETag, CORS.
import { validate as validateOpenApi } from "@readme/openapi-parser";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";
import * as organizationsCsv from "@/app/api/v1/organizations.csv/route";
import * as organizationsGeojson from "@/app/api/v1/organizations.geojson/route";
import * as communitiesCsv from "@/app/api/v1/communities.csv/route";
import * as communitiesGeojson from "@/app/api/v1/communities.geojson/route";
import * as eventsCsv from "@/app/api/v1/events.csv/route";
import * as eventsGeojson from "@/app/api/v1/events.geojson/route";
import * as needsCsv from "@/app/api/v1/needs.csv/route";
import * as needsGeojson from "@/app/api/v1/needs.geojson/route";
import * as organizationsList from "@/app/api/v1/organizations/route";
import * as organizationsItem from "@/app/api/v1/organizations/[slug]/route";
import * as communitiesList from "@/app/api/v1/communities/route";
import * as communitiesItem from "@/app/api/v1/communities/[slug]/route";
import * as needsList from "@/app/api/v1/needs/route";
import * as needsItem from "@/app/api/v1/needs/[slug]/route";
import * as partnershipsList from "@/app/api/v1/partnerships/route";
import * as partnershipsItem from "@/app/api/v1/partnerships/[slug]/route";
import * as eventsList from "@/app/api/v1/events/route";
import * as eventsItem from "@/app/api/v1/events/[slug]/route";
import * as announcementsList from "@/app/api/v1/announcements/route";
import * as announcementsItem from "@/app/api/v1/announcements/[slug]/route";
import * as pollsList from "@/app/api/v1/polls/route";
import * as pollsItem from "@/app/api/v1/polls/[slug]/route";
import * as statsRoute from "@/app/api/v1/stats/route";
import * as codebookRoute from "@/app/api/v1/codebook/route";
import * as placesRoute from "@/app/api/v1/places/route";
import * as recoveryRoute from "@/app/api/v1/recovery/route";
import { collectionNames, downloadPath, itemPath, listPath, resourceNames, resourcePath, type CollectionName } from "@/lib/api/endpoints";
import { itemSchemaName, listSchemaName, resourceSchemaName } from "@/lib/api/openapi";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/internal-headers";
import { publicEventWhere, publicPollWhere } from "@/lib/listing/public-where";
import { fileDatabase, fileEnv } from "./support/file-database";

fileEnv({ AUTH_URL: "http://atlas.test" });
const { prisma } = fileDatabase({ demo: true });

type Handler = (request: NextRequest, context: { params: Promise<{ slug: string }> }) => Promise<Response>;
interface Route {
  GET: Handler;
  OPTIONS?: () => Response;
}
const routes: Record<CollectionName, { list: Route; item: Route; csv?: Route; geojson?: Route }> = {
  organizations: { list: organizationsList, item: organizationsItem, csv: organizationsCsv, geojson: organizationsGeojson },
  communities: { list: communitiesList, item: communitiesItem, csv: communitiesCsv, geojson: communitiesGeojson },
  needs: { list: needsList, item: needsItem, csv: needsCsv, geojson: needsGeojson },
  partnerships: { list: partnershipsList, item: partnershipsItem },
  events: { list: eventsList, item: eventsItem, csv: eventsCsv, geojson: eventsGeojson },
  announcements: { list: announcementsList, item: announcementsItem },
  polls: { list: pollsList, item: pollsItem },
};

let caller = 0;
// Each call from its own address, unless the test is about the budget.
async function call(route: Route, path: string, { headers = {}, slug = "", address = "" } = {}) {
  const request = new NextRequest(`http://atlas.test${path}`, {
    headers: { [SOCKET_ADDRESS_HEADER]: address || `198.51.100.${++caller % 250}`, ...headers },
  });
  return route.GET(request, { params: Promise.resolve({ slug }) });
}

interface ListBody {
  data: { slug: string; id: string }[];
  meta: { total: number; limit: number; nextCursor: string | null };
  links: { next: string | null };
}
const list = async (name: CollectionName, query = "") =>
  (await (await call(routes[name].list, `${listPath(name)}?${query}`)).json()) as ListBody;

/** Every row of a list, following `links.next` from page to page. */
async function everyRow(name: CollectionName, query: string) {
  const pages: string[][] = [];
  let next: string | null = `${listPath(name)}?${query}`;
  while (next) {
    const url = new URL(next, "http://atlas.test");
    const body = (await (await call(routes[name].list, url.pathname + url.search)).json()) as ListBody;
    pages.push(body.data.map((row) => row.slug));
    next = body.links.next;
  }
  return pages;
}

type OpenApi = { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
let document: OpenApi;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
function expectValid(schemaName: string, body: unknown) {
  const check = ajv.getSchema(`openapi.json#/components/schemas/${schemaName}`)!;
  const valid = check(body);
  expect(check.errors ?? [], schemaName).toEqual([]);
  expect(valid).toBe(true);
}

/** A public slug of each kind, straight from the seeded rows. */
const slugs = {} as Record<CollectionName, string>;

beforeAll(async () => {
  const response = await call(openapiRoute, "/api/v1/openapi.json");
  document = (await response.json()) as OpenApi;
  ajv.addSchema({ $id: "openapi.json", components: document.components });
  for (const name of collectionNames) {
    const body = await list(name, name === "events" ? "when=past" : "");
    slugs[name] = body.data[0]!.slug;
  }
});

describe("GET /api/v1/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document, on the site's origin", async () => {
    const copy = structuredClone(document);
    const result = await validateOpenApi(copy as Parameters<typeof validateOpenApi>[0]);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect((document as unknown as { openapi: string; servers: { url: string }[] }).openapi).toBe("3.1.0");
    expect((document as unknown as { servers: { url: string }[] }).servers).toEqual([{ url: "http://atlas.test" }]);
  });

  it("documents every route there is, and nothing else", () => {
    const expected = collectionNames
      .flatMap((name) => [
        listPath(name),
        itemPath(name),
        ...(["csv", "geojson"] as const).filter((format) => routes[name][format]).map((format) => downloadPath(name, format)),
      ])
      .concat(resourceNames.map(resourcePath));
    expect(Object.keys(document.paths).sort()).toEqual(expected.sort());
  });
});

describe("every documented endpoint answers with its documented schema", () => {
  it.each(collectionNames)("%s: the list, one item by slug, and its downloads", async (name) => {
    const listResponse = await call(routes[name].list, `${listPath(name)}${name === "events" ? "?when=past" : ""}`);
    expect(listResponse.status).toBe(200);
    expect(listResponse.headers.get("access-control-allow-origin")).toBe("*");
    expect(listResponse.headers.get("cache-control")).toMatch(/^public, max-age=\d+$/);
    expect(listResponse.headers.get("etag")).toMatch(/^W\/"[\w-]+"$/);
    expect(listResponse.headers.get("last-modified")).toBeTruthy();
    const body = (await listResponse.json()) as ListBody;
    expect(body.data.length).toBeGreaterThan(0);
    expectValid(listSchemaName(name), body);

    const itemResponse = await call(routes[name].item, itemPath(name, slugs[name]), { slug: slugs[name] });
    expect(itemResponse.status).toBe(200);
    const item = (await itemResponse.json()) as { data: { slug: string } };
    expect(item.data.slug).toBe(slugs[name]);
    expectValid(itemSchemaName(name), item.data);
    const missing = await call(routes[name].item, itemPath(name, "no-such-slug"), { slug: "no-such-slug" });
    expect(missing.status).toBe(404);

    for (const format of ["csv", "geojson"] as const) {
      const route = routes[name][format];
      if (!route) continue;
      const download = await call(route, `${downloadPath(name, format)}${name === "events" ? "?when=past" : ""}`);
      expect(download.status).toBe(200);
      if (format === "geojson") expectValid("FeatureCollection", await download.json());
      else {
        const rows = (await download.text()).split("\n").filter(Boolean).length - 1;
        // The events download holds the past events with a public point (online ones have none).
        const pastWithPoint = { ...publicEventWhere, endsAt: { lt: new Date() }, publicLat: { not: null } };
        if (name === "events") expect([rows > 0, rows]).toEqual([true, await prisma.event.count({ where: pastWithPoint })]);
        else expect(rows).toBeGreaterThan(20);
      }
    }
  });
});

describe("the documents beside the collections", () => {
  it.each(resourceNames)("%s answers with its documented schema", async (name) => {
    // The place search answers a typed text; the others take no query.
    const path = name === "places" ? `${resourcePath(name)}?q=Leip&locale=uk` : resourcePath(name);
    const response = await call(
      { stats: statsRoute, codebook: codebookRoute, places: placesRoute, recovery: recoveryRoute }[name] as Route,
      path,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expectValid(resourceSchemaName(name), await response.json());
  });
});

describe("paging", () => {
  it("limit=500 gives up to 500 rows, not 20 (organisations and communities too)", async () => {
    for (const name of ["organizations", "communities"] as const) {
      const body = await list(name, "limit=500");
      expect(body.meta.total).toBeGreaterThan(20);
      expect(body.data.length).toBe(Math.min(500, body.meta.total));
      expect(body.meta.limit).toBe(500);
    }
    expect((await list("organizations")).data.length).toBe(20);
  });

  it("refuses a limit outside 1–500 or a cursor it did not write", async () => {
    for (const query of [
      "limit=0",
      "limit=501",
      "limit=abc",
      "cursor=not-ours",
      `cursor=${Buffer.from('{"x":1}').toString("base64url")}`,
    ]) {
      const response = await call(needsList, `/api/v1/needs?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
  });

  it.each([
    ["organizations", "limit=37"],
    ["communities", "limit=250"],
    ["needs", "limit=7"],
    ["partnerships", "limit=3"],
    ["events", "limit=4&when=past"],
    ["announcements", "limit=5"],
    ["polls", "limit=1"],
  ] as const)("%s: cursor pages are disjoint and cover every row (%s)", async (name, query) => {
    const pages = await everyRow(name, query);
    const rows = pages.flat();
    const whole = (await everyRow(name, query.replace(/limit=\d+/, "limit=500"))).flat();
    const { total } = await list(name, query).then((body) => body.meta);
    expect(pages.length).toBeGreaterThan(1);
    expect(new Set(rows).size).toBe(rows.length);
    expect(rows.length).toBe(total);
    expect([...rows].sort()).toEqual([...whole].sort());
  });

  it("applies the pages' filters", async () => {
    const critical = await list("needs", "urgency=CRITICAL&limit=500");
    const all = await list("needs", "limit=500");
    expect(critical.meta.total).toBeGreaterThan(0);
    expect(critical.meta.total).toBeLessThan(all.meta.total);
    const directly = await prisma.need.count({
      where: {
        urgency: "CRITICAL",
        needStatus: "OPEN",
        status: "PUBLISHED",
        hiddenAt: null,
        community: { status: "PUBLISHED", hiddenAt: null },
      },
    });
    expect(critical.meta.total).toBe(directly);
  });
});

describe("only public rows", () => {
  const hidden = new Date();
  beforeAll(async () => {
    const need = await prisma.need.findFirstOrThrow({ where: { slug: slugs.needs } });
    await prisma.need.create({
      data: { slug: "api-pending-need", communityId: need.communityId, title: { en: "Pending" }, sector: need.sector, status: "PENDING" },
    });
    await prisma.need.create({
      data: { slug: "api-hidden-need", communityId: need.communityId, title: { en: "Hidden" }, sector: need.sector, hiddenAt: hidden },
    });
    await prisma.announcement.update({ where: { slug: slugs.announcements }, data: { hiddenAt: hidden } });
    await prisma.event.update({ where: { slug: slugs.events }, data: { status: "PENDING" } });
  });

  it("never lists or serves an unpublished or hidden row", async () => {
    const hiddenSlugs = { needs: ["api-pending-need", "api-hidden-need"], announcements: [slugs.announcements], events: [slugs.events] };
    for (const [name, gone] of Object.entries(hiddenSlugs) as [CollectionName, string[]][]) {
      const rows = (await everyRow(name, name === "events" ? "limit=500&when=past" : "limit=500")).flat();
      for (const slug of gone) {
        expect(rows, name).not.toContain(slug);
        expect((await call(routes[name].item, itemPath(name, slug), { slug })).status).toBe(404);
      }
    }
  });

  it("publishes the results of closed polls only, never who voted", async () => {
    const now = new Date();
    const open = await prisma.poll.findFirstOrThrow({ where: { ...publicPollWhere, closesAt: { gt: now } } });
    const rows = (await everyRow("polls", "limit=500")).flat();
    expect(rows).not.toContain(open.slug);
    expect((await call(pollsItem, itemPath("polls", open.slug), { slug: open.slug })).status).toBe(404);
    const closed = await prisma.poll.count({ where: { ...publicPollWhere, closesAt: { lte: now } } });
    expect(rows.length).toBe(closed);
    const body = JSON.stringify(await list("polls", "limit=500"));
    expect(body).not.toMatch(/userId|user-|@|nominatedBy/);
  });
});

describe("HTTP", () => {
  it("answers 304 to a matching If-None-Match and 200 to a stale one", async () => {
    const first = await call(needsList, "/api/v1/needs?limit=5");
    const etag = first.headers.get("etag")!;
    const again = await call(needsList, "/api/v1/needs?limit=5", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("access-control-allow-origin")).toBe("*");
    const stale = await call(needsList, "/api/v1/needs?limit=5", { headers: { "If-None-Match": 'W/"stale"' } });
    expect(stale.status).toBe(200);
    const item = await call(pollsItem, itemPath("polls", slugs.polls), { slug: slugs.polls });
    const itemAgain = await call(pollsItem, itemPath("polls", slugs.polls), {
      slug: slugs.polls,
      headers: { "If-None-Match": item.headers.get("etag")! },
    });
    expect(itemAgain.status).toBe(304);
  });

  it("answers a CORS preflight", () => {
    const preflight = needsList.OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
  });

  it("limits each address, with 429 and Retry-After", { timeout: 120_000 }, async () => {
    let response: Response | undefined;
    for (let i = 0; i < 700; i++) {
      response = await call(needsList, "/api/v1/needs?limit=0", { address: "203.0.113.77" });
      if (response.status === 429) break;
    }
    expect(response!.status).toBe(429);
    expect(Number(response!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await call(needsList, "/api/v1/needs?limit=0", { address: "203.0.113.78" })).status).toBe(400);
  });
});
