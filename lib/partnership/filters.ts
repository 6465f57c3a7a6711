// The partnerships directory's filters, parsed from the URL once for the list, its counts and
// its links. Forgiving (lib/query-string/parsers.ts): an unknown value is dropped, never an
// error, so a shared link with a stale value still opens.
import { PartnershipForm, Sector } from "@/generated/prisma/enums";
import { PUBLIC_PARTNERSHIP_STATUSES } from "@/lib/listing/public-where";
import { countryCodes, enumList, oblastCodes, PAGE_SIZE, pageNumber, queryString, type RawParams } from "@/lib/query-string/parsers";

export const PARTNERSHIPS_PAGE_SIZE = PAGE_SIZE;

/**
 * The statuses the public sees: agreed by both sides and under way or done. Proposals and
 * refusals stay between the parties (lib/listing/public-where.ts `publicPartnershipWhere`).
 */
export { PUBLIC_PARTNERSHIP_STATUSES };
export type PublicPartnershipStatus = (typeof PUBLIC_PARTNERSHIP_STATUSES)[number];

/** In PARTNERSHIP_FACETS order, the order links write them. */
const url = queryString({
  form: enumList(PartnershipForm),
  /** Only the public statuses: asking for proposals or refusals asks for nothing. */
  status: enumList(PUBLIC_PARTNERSHIP_STATUSES),
  sector: enumList(Sector),
  /** ISO 3166-1 alpha-2 of the organisation side (either organisation of an organisation pair). */
  country: countryCodes(),
  /** KATOTTG code of the community side's oblast. */
  oblast: oblastCodes(),
  page: pageNumber(),
});

export interface PartnershipFilters {
  country: string[];
  oblast: string[];
  form: PartnershipForm[];
  status: PublicPartnershipStatus[];
  sector: Sector[];
  page: number;
}

/** The facets the directory counts, in the order the page shows them. */
export const PARTNERSHIP_FACETS = ["form", "status", "sector", "country", "oblast"] as const;
export type PartnershipFacet = (typeof PARTNERSHIP_FACETS)[number];

export function parsePartnershipFilters(params: RawParams): PartnershipFilters {
  return url.read(params);
}

/** The filters back as URL query values (empty ones and the page left out), for links and paging. */
export function partnershipFiltersToQuery(filters: PartnershipFilters): Record<string, string[]> {
  return url.query({ ...filters, page: null });
}
