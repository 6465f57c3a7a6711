// The needs list's filters, parsed from the URL once for the page and its links. Forgiving
// (lib/query-string/parsers.ts): unknown values are dropped, numbers clamped.
import { createParser } from "nuqs/server";
import { AidType, Sector, Urgency } from "@/generated/prisma/enums";
import { enumList, oblastCodes, PAGE_SIZE, pageNumber, queryString, type RawParams } from "@/lib/query-string/parsers";

export const NEEDS_PAGE_SIZE = PAGE_SIZE;

/** Whole euros, "50 000" and "50,000" alike; negative or unreadable is no bound. */
const euros = createParser({
  parse: (value) => {
    const number = Number(value.replace(/[\s,_]/g, ""));
    return value.trim() && Number.isFinite(number) && number >= 0 ? Math.min(Math.round(number), 1_000_000_000) : null;
  },
  serialize: String,
});

const url = queryString({
  sector: enumList(Sector),
  aidType: enumList(AidType),
  oblast: oblastCodes(),
  urgency: enumList(Urgency),
  minEur: euros,
  maxEur: euros,
  page: pageNumber(),
});

export interface NeedFilters {
  sector: Sector[];
  aidType: AidType[];
  oblast: string[];
  urgency: Urgency[];
  /** Approximate cost range in whole euros (other currencies converted at lib/money/eur.ts rates). */
  minEur: number | null;
  maxEur: number | null;
  page: number;
}

export function parseNeedFilters(params: RawParams): NeedFilters {
  return url.read(params);
}

/** The filters back as URL query values (empty ones and the page left out), for paging. */
export function needFiltersToQuery(filters: NeedFilters): Record<string, string[]> {
  return url.query({ ...filters, page: null });
}
