// The directory's read API (/api/v1/organizations, /api/v1/communities) and its downloads (.csv,
// .geojson): the same filters as /{locale}/organizations and /{locale}/communities (the page's
// parser, so a URL's filters mean the same everywhere), a locale from ?locale=, rate-limited.
import type { NextRequest } from "next/server";
import { parseCommunityFilters } from "@/lib/community/filters";
import { exportCommunities, exportOrganizations } from "@/lib/export/queries";
import { communityColumns, organizationColumns } from "@/lib/export/records";
import { exportResponse, type ExportFormat } from "@/lib/export/response";
import { withRateLimit } from "@/lib/http/with-rate-limit";
import { parseOrganizationFilters } from "@/lib/organization/filters";
import { communitiesResponse, organizationsResponse } from "@/lib/search/api-response";
import { searchCommunities, searchOrganizations } from "@/lib/search/queries";
import { onSite, siteOrigin } from "@/lib/site/origin";

export type Directory = "organizations" | "communities";

/** ?locale=en|uk; otherwise the directory's own: organisations in English, communities in Ukrainian. */
function localeOf(directory: Directory, params: URLSearchParams): "en" | "uk" {
  const asked = params.get("locale");
  return asked === "en" || asked === "uk" ? asked : directory === "organizations" ? "en" : "uk";
}

/** GET handler of the JSON read API (one page of results, with facets). */
export function directoryApi(directory: Directory) {
  return withRateLimit("api", async (request: NextRequest) => {
    const params = request.nextUrl.searchParams;
    const locale = localeOf(directory, params);
    const self = onSite(request.nextUrl);
    const body =
      directory === "organizations"
        ? organizationsResponse(await searchOrganizations(parseOrganizationFilters(params), locale), self)
        : communitiesResponse(await searchCommunities(parseCommunityFilters(params), locale), self);
    return Response.json(body, { headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" } });
  });
}

/** GET handler of a streamed download: every listing matching the filters (`page` is ignored). */
export function directoryExport(directory: Directory, format: ExportFormat) {
  return withRateLimit("export", async (request: NextRequest) => {
    const params = request.nextUrl.searchParams;
    const locale = localeOf(directory, params);
    const origin = siteOrigin().origin;
    return directory === "organizations"
      ? exportResponse(directory, format, organizationColumns, await exportOrganizations(parseOrganizationFilters(params), locale, origin))
      : exportResponse(directory, format, communityColumns, await exportCommunities(parseCommunityFilters(params), locale, origin));
  });
}
