// GET /api/v1/map — what the map shows in a viewport, as GeoJSON (docs/decisions/0008).
//   ?bbox=w,s,e,n&zoom=z&<filters>&locale=en|uk   clusters and points in view
//   ?cluster=<id>&offset=n&<filters>              the listings of a cluster (a stack's list)
//   ?near=lat,lng&<filters>                       the ten nearest organisations with km
// Filters are the directory's (kind, sector, country, language, oblast) plus layer.
// Coordinates are public points only: exact locations never leave the server.
import type { NextRequest } from "next/server";
import { mapClusterLeaves, mapNearby, mapViewport } from "@/lib/map/queries";
import { withRateLimit } from "@/lib/http/with-rate-limit";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "public, max-age=30", "Access-Control-Allow-Origin": "*" };
const geojson = { ...headers, "Content-Type": "application/geo+json; charset=utf-8" };
const problem = (status: number, detail: string) =>
  Response.json(
    { title: status === 404 ? "Not found" : "Bad request", status, detail },
    { status, headers: { ...headers, "Content-Type": "application/problem+json" } },
  );

export const GET = withRateLimit("map", async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  if (params.has("cluster")) {
    const leaves = await mapClusterLeaves(params);
    return leaves
      ? new Response(JSON.stringify(leaves), { headers: geojson })
      : problem(404, "No such cluster for these filters; ask for the viewport again.");
  }
  if (params.has("near")) {
    const nearby = await mapNearby(params);
    return nearby ? Response.json({ data: nearby }, { headers }) : problem(400, "near must be lat,lng in degrees.");
  }
  const viewport = await mapViewport(params);
  if (!viewport) return problem(400, "bbox must be west,south,east,north in degrees, with zoom 0–18.");
  return new Response(JSON.stringify(viewport), { headers: geojson });
});
