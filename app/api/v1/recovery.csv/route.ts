// GET /api/v1/recovery.csv — every public transaction of the recovery tracker as one CSV row
// (issue 18), under the same filters as /api/v1/recovery; amounts in units of their own currency.
import type { NextRequest } from "next/server";
import { problemResponse } from "@/lib/api/respond";
import { csvPieces, textStream } from "@/lib/export/formats";
import { exportHeaders } from "@/lib/export/response";
import { withRateLimit } from "@/lib/http/with-rate-limit";
import { parseRecoveryFilters } from "@/lib/recovery/filters";
import { communityIdOf, RECOVERY_CSV_COLUMNS, recoveryCsvRows } from "@/lib/recovery/open-data";

export const dynamic = "force-dynamic";

export const GET = withRateLimit("export", async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  const communityId = await communityIdOf(params.get("community"));
  if (communityId === null) return problemResponse(404, "Not found", "No public community has this slug.");
  const rows = await recoveryCsvRows(parseRecoveryFilters(params), communityId);
  async function* one() {
    yield rows;
  }
  return new Response(textStream(csvPieces(one(), RECOVERY_CSV_COLUMNS)), { headers: exportHeaders("recovery", "csv") });
});
