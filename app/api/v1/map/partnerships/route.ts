// GET /api/v1/map/partnerships?locale=en|uk — published community ↔ organisation partnerships
// as GeoJSON lines between the two sides' public points, with status and form.
import type { NextRequest } from "next/server";
import { partnershipLines } from "@/lib/map/queries";
import { withRateLimit } from "@/lib/http/with-rate-limit";

export const dynamic = "force-dynamic";

export const GET = withRateLimit("map", async (request: NextRequest) => {
  const lines = await partnershipLines(request.nextUrl.searchParams.get("locale") === "uk" ? "uk" : "en");
  return new Response(JSON.stringify(lines), {
    headers: {
      "Content-Type": "application/geo+json; charset=utf-8",
      "Cache-Control": "public, max-age=60",
      "Access-Control-Allow-Origin": "*",
    },
  });
});
