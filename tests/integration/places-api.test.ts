// GET /api/v1/places: the place search of the registration and event forms. The gazetteer is in
// memory; the database holds only the per-address budget the route spends like every API read.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/places/route";
import type { PlaceHit } from "@/lib/geo/place-search";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/internal-headers";
import { fileDatabase } from "./support/file-database";

const database = fileDatabase();

let caller = 0;
const get = (query: string, address = `198.51.100.${++caller % 250}`) =>
  GET(new NextRequest(`http://atlas.test/api/v1/places?${query}`, { headers: { [SOCKET_ADDRESS_HEADER]: address } }));
const hits = async (query: string) => ((await (await get(query)).json()) as { data: PlaceHit[] }).data;

describe("GET /api/v1/places", () => {
  it("answers the towns that fit, named in the asked language, with their point", async () => {
    const response = await get("q=leip&locale=uk");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const first = ((await response.json()) as { data: PlaceHit[] }).data[0]!;
    expect(first).toMatchObject({ id: "de-leipzig", name: "Лейпциг", country: "DE", countryName: "Німеччина" });
    expect(typeof first.lat).toBe("number");
  });

  it("keeps to a known country, ignores an unknown one, and bounds the answer", async () => {
    expect((await hits("q=b&country=de")).every((hit) => hit.country === "DE")).toBe(true);
    expect((await hits("q=berlin&country=Germany")).map((hit) => hit.id)).toContain("de-berlin");
    expect((await hits("q=a")).length).toBeLessThanOrEqual(10);
    expect(await hits("q=")).toEqual([]);
    expect(await hits(`q=${"x".repeat(5000)}`)).toEqual([]);
  });

  it("is under the API's per-address budget", async () => {
    const { budgets, createLimiters } = await import("@/lib/http/rate-limit");
    await createLimiters({ prisma: database.prisma }).api.address.consume("203.0.113.90", budgets.api.address.points);
    const refused = await get("q=leip", "203.0.113.90");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBeTruthy();
  });
});
