// The directory's downloads (/api/v1/organizations.csv, .geojson, and the communities', events' and needs'; the JSON
// read API is lib/api/routes.ts): the same filters as /{locale}/organizations and /{locale}/communities (the page's
// parser, so a URL's filters mean the same everywhere; events and needs: their lists'), a locale from ?locale=, rate-limited;
// ?excel=1 on a .csv gives the spreadsheet variant.
import type { NextRequest } from "next/server";
import { parseCommunityFilters } from "@/lib/community/filters";
import { parseEventFilters } from "@/lib/event/filters";
import { exportCommunities, exportEvents, exportNeeds, exportOrganizations } from "@/lib/export/queries";
import { communityColumns, eventColumns, needColumns, organizationColumns, type ExportRecord } from "@/lib/export/records";
import { exportResponse, type ExportFormat } from "@/lib/export/response";
import { withRateLimit } from "@/lib/http/with-rate-limit";
import { parseNeedFilters } from "@/lib/need/filters";
import { parseOrganizationFilters } from "@/lib/organization/filters";
import { siteOrigin } from "@/lib/site/origin";

export type Directory = "organizations" | "communities" | "events" | "needs";

/** ?locale=en|uk; otherwise the directory's own: organisations in English, communities in Ukrainian (only the directories' search uses it). */
function localeOf(directory: Directory, params: URLSearchParams): "en" | "uk" {
  const asked = params.get("locale");
  return asked === "en" || asked === "uk" ? asked : directory === "organizations" ? "en" : "uk";
}

/** GET handler of a streamed download: every listing matching the filters (`page` is ignored). */
export function directoryExport(directory: Directory, format: ExportFormat) {
  return withRateLimit("export", async (request: NextRequest) => {
    const params = request.nextUrl.searchParams;
    const locale = localeOf(directory, params);
    const origin = siteOrigin().origin;
    // ?excel=1: the CSV for spreadsheets (byte-order mark, words instead of codes, in `locale`).
    const spreadsheet = format === "csv" && params.get("excel") === "1" ? { locale } : undefined;
    const [columns, records] = await exportOf(directory, params, locale, origin);
    return exportResponse(directory, format, columns, records, spreadsheet);
  });
}

/** The columns of a directory's download and its records for the filters in `params`. */
async function exportOf(
  directory: Directory,
  params: URLSearchParams,
  locale: "en" | "uk",
  origin: string,
): Promise<[readonly string[], AsyncIterable<ExportRecord[]>]> {
  switch (directory) {
    case "organizations":
      return [organizationColumns, await exportOrganizations(parseOrganizationFilters(params), locale, origin)];
    case "communities":
      return [communityColumns, await exportCommunities(parseCommunityFilters(params), locale, origin)];
    case "events":
      return [eventColumns, await exportEvents(parseEventFilters(params), origin)];
    case "needs":
      return [needColumns, await exportNeeds(parseNeedFilters(params), origin)];
  }
}
