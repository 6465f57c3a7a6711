// GET /api/v1/organizations — the public read API of the organisation directory. The same
// parser and search as /{locale}/organizations, so a URL's filters mean the same in both.
import { onSite } from "@/lib/site/origin";
import type { NextRequest } from "next/server";
import { parseOrganizationFilters } from "@/lib/search/filters";
import { organizationsResponse } from "@/lib/search/api-response";
import { searchOrganizations } from "@/lib/search/queries";
import { withRateLimit } from "@/lib/http/with-rate-limit";

export const dynamic = "force-dynamic";

export const GET = withRateLimit("api", async (request: NextRequest) => {
  const filters = parseOrganizationFilters(request.nextUrl.searchParams);
  const result = await searchOrganizations(filters, request.nextUrl.searchParams.get("locale") === "uk" ? "uk" : "en");
  return Response.json(organizationsResponse(result, onSite(request.nextUrl)), {
    headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" },
  });
});
