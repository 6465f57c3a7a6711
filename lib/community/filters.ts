// The community directory's filters, parsed once from the URL for the page, its cached copy, the
// JSON API, the exports and the map (lib/map/filters.ts reuses the oblast facet). Forgiving, with
// the rules of lib/query-string/parsers.ts.
import { CommunityType, Sector } from "@/generated/prisma/enums";
import { enumList, listOf, oblastCodes, oneOf, pageNumber, queryString, textQuery, type RawParams } from "@/lib/query-string/parsers";
import { defaultSortOrder, sortInUrl, sortOrders, type SortOrder } from "@/lib/search/sort-order";
import { populationBands } from "./population-band";

const bandNumber = (value: string): number | null => {
  const band = Number(value);
  return Number.isInteger(band) && band >= 0 && band <= populationBands.length ? band : null;
};

export const communityFilterParsers = {
  q: textQuery(),
  oblast: oblastCodes(),
  type: enumList(CommunityType),
  needSector: enumList(Sector),
  population: listOf(bandNumber),
  sort: oneOf(sortOrders),
  page: pageNumber(),
};

const url = queryString(communityFilterParsers);

export interface CommunityFilters {
  q: string;
  oblast: string[];
  type: CommunityType[];
  needSector: Sector[];
  population: number[];
  sort: SortOrder;
  page: number;
}

export function parseCommunityFilters(params: RawParams): CommunityFilters {
  const { q, oblast, type, needSector, population, sort, page } = url.read(params);
  return { q, oblast, type, needSector, population, sort: sort ?? defaultSortOrder(q), page };
}

/** The canonical URL query of the filters (defaults left out; `page: null` leaves the page out too). */
export function communityFiltersToSearchParams(filters: CommunityFilters, { page = filters.page as number | null } = {}): URLSearchParams {
  return url.write({ ...filters, sort: sortInUrl(filters), page });
}

/** The search without its page, as a link's query: for paging and downloads. */
export function communityFiltersToQuery(filters: CommunityFilters): Record<string, string[]> {
  return url.query({ ...filters, sort: sortInUrl(filters), page: null });
}
