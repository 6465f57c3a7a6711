// Filters that narrow a matches list, parsed once from the URL (the pages' GET forms write the
// same names). Forgiving (lib/query-string/parsers.ts): unknown values are dropped, so a stale
// link still works.
import { OrganizationKind, Sector } from "@/generated/prisma/enums";
import { countryCodes, enumList, flag, languageCodes, pageNumber, queryString, type RawParams } from "@/lib/query-string/parsers";

/** Matches on one page: each card carries its reasons, so fewer than a directory page. */
export const MATCHES_PAGE_SIZE = 10;

const url = queryString({
  sector: enumList(Sector),
  kind: enumList(OrganizationKind),
  country: countryCodes(),
  language: languageCodes(),
  verified: flag(),
  page: pageNumber(),
});

export interface MatchFilters {
  sector: Sector[];
  kind: OrganizationKind[];
  country: string[];
  language: string[];
  verified: boolean;
  page: number;
}

export function parseMatchFilters(params: RawParams): MatchFilters {
  return url.read(params);
}

/** The filters back as URL query values (empty ones and the page left out), for paging. */
export function matchFiltersToQuery(filters: MatchFilters): Record<string, string[]> {
  return url.query({ ...filters, page: null });
}
