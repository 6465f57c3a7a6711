// GET /api/v1/recovery — where the help went (issue 18): public milestones and their money as
// IATI-style transactions, with totals per flow and currency and a labelled EUR equivalent.
// Filters as on /{locale}/recovery: oblast, sector, country, status; `community` for one community.
import type { NextRequest } from "next/server";
import { apiGet, jsonResponse, problemResponse } from "@/lib/api/respond";
import { parseRecoveryFilters } from "@/lib/recovery/filters";
import { communityIdOf, recoveryBody } from "@/lib/recovery/open-data";

export { OPTIONS } from "@/lib/api/respond";
export const dynamic = "force-dynamic";

export const GET = apiGet(async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  const communityId = await communityIdOf(params.get("community"));
  if (communityId === null) return problemResponse(404, "Not found", "No public community has this slug.");
  return jsonResponse(request, await recoveryBody(parseRecoveryFilters(params), communityId));
});
