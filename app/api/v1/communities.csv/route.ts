// GET /api/v1/communities.csv — every public community matching the directory's filters (the
// same query parameters as /{locale}/communities and /api/v1/communities; `page` is ignored),
// as a streamed CSV download. Columns: lib/export/records.ts.
import { siteOrigin } from "@/lib/site/origin";
import type { NextRequest } from "next/server";
import { exportCommunities } from "@/lib/export/queries";
import { communityColumns } from "@/lib/export/records";
import { exportResponse } from "@/lib/export/response";
import { parseCommunityFilters } from "@/lib/search/filters";
import { withRateLimit } from "@/lib/http/with-rate-limit";

export const dynamic = "force-dynamic";

export const GET = withRateLimit("export", async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  const locale = params.get("locale") === "en" ? "en" : "uk";
  const chunks = await exportCommunities(parseCommunityFilters(params), locale, siteOrigin().origin);
  return exportResponse("communities", "csv", communityColumns, chunks);
});
