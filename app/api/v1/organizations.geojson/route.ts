// GET /api/v1/organizations.geojson — every public organisation matching the directory's filters
// (the same query parameters as /{locale}/organizations and /api/v1/organizations; `page` is
// ignored), as a streamed GeoJSON download. Columns: lib/export/records.ts.
import type { NextRequest } from "next/server";
import { exportOrganizations } from "@/lib/export/queries";
import { organizationColumns } from "@/lib/export/records";
import { exportResponse } from "@/lib/export/response";
import { parseOrganizationFilters } from "@/lib/search/filters";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const locale = params.get("locale") === "uk" ? "uk" : "en";
  const chunks = await exportOrganizations(parseOrganizationFilters(params), locale, request.nextUrl.origin);
  return exportResponse("organizations", "geojson", organizationColumns, chunks);
}
