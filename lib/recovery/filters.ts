// The recovery pages' and API's filters (issue 18), parsed from the URL once for the page, its
// totals and `/api/v1/recovery`. Forgiving like every list's (lib/query-string/parsers.ts): an
// unknown value is dropped, so a shared link with a stale value still opens.
import { MilestoneStatus, Sector } from "@/generated/prisma/enums";
import { countryCodes, enumList, oblastCodes, queryString, type RawParams } from "@/lib/query-string/parsers";

const url = queryString({
  /** KATOTTG code of the community's oblast. */
  oblast: oblastCodes(),
  /** The sector of a need a milestone addresses. */
  sector: enumList(Sector),
  /** ISO 3166-1 alpha-2 of the organisation side. */
  country: countryCodes(),
  status: enumList(MilestoneStatus),
});

export interface RecoveryFilters {
  oblast: string[];
  sector: Sector[];
  country: string[];
  status: MilestoneStatus[];
}

export function parseRecoveryFilters(params: RawParams): RecoveryFilters {
  return url.read(params);
}

export function recoveryFiltersToQuery(filters: RecoveryFilters): Record<string, string[]> {
  return url.query(filters);
}

export const noRecoveryFilters: RecoveryFilters = { oblast: [], sector: [], country: [], status: [] };
