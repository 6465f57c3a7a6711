// The organisation directory's filters, parsed once from the URL for the page, its cached copy,
// the JSON API, the exports and the map (lib/map/filters.ts reuses the facets). Forgiving, with
// the rules of lib/query-string/parsers.ts.
import { OrganizationKind, Sector } from "@/generated/prisma/enums";
import {
  countryCodes,
  enumList,
  flag,
  languageCodes,
  listOf,
  oneOf,
  pageNumber,
  queryString,
  textQuery,
  type RawParams,
} from "@/lib/query-string/parsers";
import { defaultSortOrder, sortInUrl, sortOrders, type SortOrder } from "@/lib/search/sort-order";

/** A city facet value as the directory stores it; at most MAX_CITIES are applied. */
const MAX_CITY_LENGTH = 80;
const MAX_CITIES = 10;

export const organizationFilterParsers = {
  q: textQuery(),
  country: countryCodes(),
  city: listOf((city) => city.slice(0, MAX_CITY_LENGTH)),
  kind: enumList(OrganizationKind),
  sector: enumList(Sector),
  language: languageCodes(),
  verified: flag(),
  sort: oneOf(sortOrders),
  page: pageNumber(),
};

const url = queryString(organizationFilterParsers);

export interface OrganizationFilters {
  q: string;
  country: string[];
  city: string[];
  kind: OrganizationKind[];
  sector: Sector[];
  language: string[];
  verified: boolean;
  sort: SortOrder;
  page: number;
}

export function parseOrganizationFilters(params: RawParams): OrganizationFilters {
  const { q, country, city, kind, sector, language, verified, sort, page } = url.read(params);
  return { q, country, city: city.slice(0, MAX_CITIES), kind, sector, language, verified, sort: sort ?? defaultSortOrder(q), page };
}

/** The canonical URL query of the filters (defaults left out; `page: null` leaves the page out too). */
export function organizationFiltersToSearchParams(
  filters: OrganizationFilters,
  { page = filters.page as number | null } = {},
): URLSearchParams {
  return url.write({ ...filters, sort: sortInUrl(filters), page });
}

/** The search without its page, as a link's query: for paging and downloads. */
export function organizationFiltersToQuery(filters: OrganizationFilters): Record<string, string[]> {
  return url.query({ ...filters, sort: sortInUrl(filters), page: null });
}
