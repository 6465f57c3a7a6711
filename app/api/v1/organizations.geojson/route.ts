// GET /api/v1/organizations.geojson — every public organisation matching the directory's filters
// (the same query parameters as /{locale}/organizations and /api/v1/organizations; `page` is
// ignored), as a streamed GeoJSON download. Columns: lib/export/records.ts.
import { siteOrigin } from "@/lib/site/origin";
import type { NextRequest } from "next/server";
import { exportOrganizations } from "@/lib/export/queries";
import { organizationColumns } from "@/lib/export/records";
import { exportResponse } from "@/lib/export/response";
import { parseOrganizationFilters } from "@/lib/search/filters";
import { withRateLimit } from "@/lib/http/with-rate-limit";

export const dynamic = "force-dynamic";

export const GET = withRateLimit("export", async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  const locale = params.get("locale") === "uk" ? "uk" : "en";
  const chunks = await exportOrganizations(parseOrganizationFilters(params), locale, siteOrigin().origin);
  return exportResponse("organizations", "geojson", organizationColumns, chunks);
});
