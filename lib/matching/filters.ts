// Filters that narrow a matches list, parsed once from the URL (the pages' GET forms write the
// same names). Forgiving (lib/query-string/parsers.ts): unknown values are dropped, so a stale
// link still works.
import { OrganizationKind, Sector } from "@/generated/prisma/enums";
import { countryCodes, enumList, flag, languageCodes, queryString, type RawParams } from "@/lib/query-string/parsers";

const url = queryString({
  sector: enumList(Sector),
  kind: enumList(OrganizationKind),
  country: countryCodes(),
  language: languageCodes(),
  verified: flag(),
});

export interface MatchFilters {
  sector: Sector[];
  kind: OrganizationKind[];
  country: string[];
  language: string[];
  verified: boolean;
}

export function parseMatchFilters(params: RawParams): MatchFilters {
  return url.read(params);
}
