// The announcements list's filters, parsed once from the URL for the page and the news feed.
// Forgiving (lib/query-string/parsers.ts): unknown values are dropped.
import { Sector } from "@/generated/prisma/enums";
import { enumList, oneOf, PAGE_SIZE, pageNumber, queryString, type RawParams } from "@/lib/query-string/parsers";

export const ANNOUNCEMENTS_PAGE_SIZE = PAGE_SIZE;

const url = queryString({
  sector: enumList(Sector),
  /** Posted by organisations, by communities, or both (null). */
  organiser: oneOf(["organization", "community"] as const),
  page: pageNumber(),
});

export interface AnnouncementFilters {
  sector: Sector[];
  organiser: "organization" | "community" | null;
  page: number;
}

export function parseAnnouncementFilters(params: RawParams): AnnouncementFilters {
  return url.read(params);
}

/** The filters back as URL query values (empty ones and the page left out), for paging. */
export function announcementFiltersToQuery(filters: AnnouncementFilters): Record<string, string[]> {
  return url.query({ ...filters, page: null });
}
