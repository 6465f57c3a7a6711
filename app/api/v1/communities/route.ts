// GET /api/v1/communities — the public read API of the community directory (same parser and
// search as /{locale}/communities).
import { onSite } from "@/lib/site/origin";
import type { NextRequest } from "next/server";
import { parseCommunityFilters } from "@/lib/search/filters";
import { communitiesResponse } from "@/lib/search/api-response";
import { searchCommunities } from "@/lib/search/queries";
import { withRateLimit } from "@/lib/http/with-rate-limit";

export const dynamic = "force-dynamic";

export const GET = withRateLimit("api", async (request: NextRequest) => {
  const filters = parseCommunityFilters(request.nextUrl.searchParams);
  const result = await searchCommunities(filters, request.nextUrl.searchParams.get("locale") === "en" ? "en" : "uk");
  return Response.json(communitiesResponse(result, onSite(request.nextUrl)), {
    headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" },
  });
});
