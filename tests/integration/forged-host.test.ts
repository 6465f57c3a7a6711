// Issue 14, finding 1: whatever Host or X-Forwarded-Host a request names, every absolute URL the
// app writes — feeds, .ics files, CSV/GeoJSON exports, the JSON API's links, notice emails — is
// on the one configured origin (AUTH_URL, lib/site/origin.ts). The feed and the all-events .ics
// need Next's server runtime for their translations: tests/e2e/security.spec.ts checks them.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/internal-headers";
import { recordNotices } from "@/lib/notification/notify";
import * as oneEvent from "@/app/[locale]/events/[slug]/event.ics/route";
import * as organizationsJson from "@/app/api/v1/organizations/route";
import * as organizationsCsv from "@/app/api/v1/organizations.csv/route";
import * as organizationsGeojson from "@/app/api/v1/organizations.geojson/route";
import * as communitiesJson from "@/app/api/v1/communities/route";
import * as communitiesCsv from "@/app/api/v1/communities.csv/route";
import * as communitiesGeojson from "@/app/api/v1/communities.geojson/route";
import { fileDatabase, fileEnv } from "./support/file-database";

const ORIGIN = "https://atlas.example";
fileEnv({ AUTH_URL: ORIGIN });
const { prisma } = fileDatabase({ demo: true, now: new Date() });
let address = 0;

/** A request as an attacker would send it: their host in the URL, Host and X-Forwarded-Host. */
function forged(path: string): NextRequest {
  address += 1; // each call from its own address, so no read budget runs out
  return new NextRequest(`http://attacker.example${path}`, {
    headers: {
      host: "attacker.example",
      "x-forwarded-host": "attacker.example",
      "x-forwarded-proto": "http",
      [SOCKET_ADDRESS_HEADER]: `198.51.100.${address % 250}`,
    },
  });
}

async function bodyOf(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  return response.text();
}

describe("absolute URLs under a forged host", () => {
  const routes: [string, { GET: (request: NextRequest) => Promise<Response> }, string][] = [
    ["the organisations API", organizationsJson, "/api/v1/organizations?locale=en"],
    ["organisations as CSV", organizationsCsv, "/api/v1/organizations.csv"],
    ["organisations as GeoJSON", organizationsGeojson, "/api/v1/organizations.geojson"],
    ["the communities API", communitiesJson, "/api/v1/communities?q=Бережан"],
    ["communities as CSV", communitiesCsv, "/api/v1/communities.csv?q=Бережан"],
    ["communities as GeoJSON", communitiesGeojson, "/api/v1/communities.geojson?q=Бережан"],
  ];
  for (const [name, route, path] of routes) {
    it(`${name} links only to ${ORIGIN}`, async () => {
      const body = await bodyOf(await route.GET(forged(path)));
      expect(body).not.toContain("attacker.example");
      expect(body).toContain(`${ORIGIN}/`);
    });
  }

  it("one event's .ics links only to the origin", async () => {
    const event = await prisma.event.findFirstOrThrow({ where: { status: "PUBLISHED", hiddenAt: null }, select: { slug: true } });
    const response = await oneEvent.GET(forged(`/en/events/${event.slug}/event.ics`), {
      params: Promise.resolve({ locale: "en", slug: event.slug }),
    });
    const body = (await bodyOf(response)).replace(/\r\n[ \t]/g, ""); // unfold iCalendar lines
    expect(body).not.toContain("attacker.example");
    expect(body).toContain(`${ORIGIN}/en/events/${event.slug}`);
  });

  it("notice emails link to the listing on the origin, in the reader's language", async () => {
    const person = await prisma.user.create({ data: { email: `reader-${Date.now()}@example.org`, locale: "en" } });
    const emails = await prisma.$transaction((tx) =>
      recordNotices(tx, [{ userId: person.id, kind: "listing.approved", payload: { name: "Test", url: "/organizations/some-slug" } }]),
    );
    expect(emails).toHaveLength(1);
    expect(emails[0]!.text).toContain(`${ORIGIN}/en/organizations/some-slug`);
  });
});
