// GET /api/v1/communities.geojson — every public community matching the directory's filters (the
// same query parameters as /{locale}/communities and /api/v1/communities; `page` is ignored),
// as a streamed GeoJSON download. Columns: lib/export/records.ts.
import type { NextRequest } from "next/server";
import { exportCommunities } from "@/lib/export/queries";
import { communityColumns } from "@/lib/export/records";
import { exportResponse } from "@/lib/export/response";
import { parseCommunityFilters } from "@/lib/search/filters";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const locale = params.get("locale") === "en" ? "en" : "uk";
  const chunks = await exportCommunities(parseCommunityFilters(params), locale, request.nextUrl.origin);
  return exportResponse("communities", "geojson", communityColumns, chunks);
}
