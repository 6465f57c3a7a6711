// The partnerships directory's filters, parsed from the URL once for the list, its counts and
// its links. Forgiving like lib/need/filters.ts and lib/event/filters.ts: an unknown value is
// dropped, never an error, so a shared link with a stale value still opens.
import { z } from "zod";
import { PartnershipForm, Sector } from "@/generated/prisma/enums";
import { PUBLIC_PARTNERSHIP_STATUSES } from "@/lib/listing/public-where";

export const PARTNERSHIPS_PAGE_SIZE = 20;

/**
 * The statuses the public sees: agreed by both sides and under way or done. Proposals and
 * refusals stay between the parties (lib/listing/public-where.ts `publicPartnershipWhere`).
 */
export { PUBLIC_PARTNERSHIP_STATUSES };
export type PublicPartnershipStatus = (typeof PUBLIC_PARTNERSHIP_STATUSES)[number];

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function values(params: RawParams, key: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(key) : params[key];
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return list.flatMap((value) => value.split(",")).map((value) => value.trim()).filter(Boolean).slice(0, 40);
}

/** A list of allowed values: invalid entries dropped one by one, duplicates removed. */
const listOf = <T extends z.ZodType<string>>(item: T) =>
  z.array(z.string()).transform((list) => [...new Set(list.flatMap((value) => {
    const parsed = item.safeParse(value);
    return parsed.success ? [parsed.data as z.output<T>] : [];
  }))]);

const countryCode = z.string().transform((value) => value.toUpperCase()).pipe(z.string().regex(/^[A-Z]{2}$/));
/** A KATOTTG oblast code (the community side's oblast), as in lib/need/filters.ts. */
const oblastCode = z.string().transform((value) => value.toUpperCase()).pipe(z.string().regex(/^UA\d{17}$/));

export const partnershipFiltersSchema = z.object({
  /** ISO 3166-1 alpha-2 of the organisation side (either organisation of an organisation pair). */
  country: listOf(countryCode),
  /** KATOTTG code of the community side's oblast. */
  oblast: listOf(oblastCode),
  form: listOf(z.enum(PartnershipForm)),
  /** Only the public statuses: asking for proposals or refusals asks for nothing. */
  status: listOf(z.enum(PUBLIC_PARTNERSHIP_STATUSES)),
  sector: listOf(z.enum(Sector)),
  page: z.coerce.number().int().min(1).max(500).catch(1),
});

export type PartnershipFilters = z.output<typeof partnershipFiltersSchema>;

/** The facets the directory counts, in the order the page shows them. */
export const PARTNERSHIP_FACETS = ["form", "status", "sector", "country", "oblast"] as const;
export type PartnershipFacet = (typeof PARTNERSHIP_FACETS)[number];

export function parsePartnershipFilters(params: RawParams): PartnershipFilters {
  return partnershipFiltersSchema.parse({
    country: values(params, "country"),
    oblast: values(params, "oblast"),
    form: values(params, "form"),
    status: values(params, "status"),
    sector: values(params, "sector"),
    page: values(params, "page")[0] ?? 1,
  });
}

/** The filters back as URL query values (empty ones and the page left out), for links and paging. */
export function partnershipFiltersToQuery(filters: PartnershipFilters): Record<string, string[]> {
  const query: Record<string, string[]> = {};
  for (const facet of PARTNERSHIP_FACETS) if (filters[facet].length) query[facet] = [...filters[facet]];
  return query;
}
