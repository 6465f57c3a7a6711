// The read API's contract in zod: the query each endpoint accepts and the item it answers with.
// The routes validate queries with these schemas and lib/api/openapi.ts documents them with
// `z.toJSONSchema`, so a parameter cannot be accepted without being documented or the reverse.
// Filter keys mirror the pages' parsers (lib/<noun>/filters.ts), which stay the ones that read
// the values: they are forgiving there (an unknown value is dropped, never a 400), so here each
// filter is `.catch`-wrapped and only the API's own keys (limit, cursor) can refuse a request.
import { z } from "zod";
import {
  AidType,
  CommunityType,
  EventType,
  LocationPrecision,
  MilestoneStatus,
  NeedStatus,
  OrganizationKind,
  PartnershipForm,
  Sector,
  Urgency,
} from "@/generated/prisma/enums";
import { PUBLIC_PARTNERSHIP_STATUSES } from "@/lib/listing/public-where";
import { COUNTRY_CODE, LANGUAGE_CODE, MAX_QUERY_LENGTH, OBLAST_CODE } from "@/lib/query-string/parsers";
import { sortOrders } from "@/lib/search/sort-order";

export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 20;

// ── Query parameters ──

/** A filter the page's parser reads forgivingly: documented by its type, never a reason for a 400. */
const filter = <T extends z.ZodType>(schema: T, description: string) => schema.optional().catch(undefined).describe(description);
const list = <T extends z.ZodType>(item: T, description: string) =>
  filter(z.array(item), `${description} Repeat the key or separate values with commas.`);

const sectors = (description = "Sectors.") => list(z.enum(Sector), description);
const countries = list(z.string().regex(COUNTRY_CODE), "ISO 3166-1 alpha-2 country codes.");
const oblasts = list(z.string().regex(OBLAST_CODE), "KATOTTG codes of oblasts.");
const textQuery = filter(z.string().max(MAX_QUERY_LENGTH), "Full-text search (typo-tolerant, Latin or Cyrillic).");
const page = filter(z.coerce.number().int().min(1), "Page of `limit` rows (kept for older clients; prefer `cursor`).");
const sort = filter(z.enum(sortOrders), "Order: relevance (default with q), name (default without), updated.");

/** The API's own keys: strict, a bad value is a 400 that says which. */
export const pagingQuery = {
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT).describe(`Rows per page, 1–${MAX_LIMIT}.`),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/)
    .optional()
    .describe("Opaque position from the previous page's `links.next` / `meta.nextCursor`; absent for the first page."),
};
const locale = filter(z.enum(["en", "uk"]), "Language of the `url` links (en or uk).");

export const organizationsQuery = z.object({
  q: textQuery,
  country: countries,
  city: list(z.string().max(80), "City names as the directory stores them."),
  kind: list(z.enum(OrganizationKind), "Kinds of organisation."),
  sector: sectors(),
  language: list(z.string().regex(LANGUAGE_CODE), "ISO 639-1 language codes."),
  verified: filter(z.enum(["1", "true", "yes", "on"]), "Only verified listings."),
  sort,
  page,
  locale,
  ...pagingQuery,
});

export const communitiesQuery = z.object({
  q: textQuery,
  oblast: oblasts,
  type: list(z.enum(CommunityType), "Kinds of community."),
  needSector: sectors("Sectors of the community's open needs."),
  population: list(z.coerce.number().int().min(0).max(5), "Population bands: 0 under 5,000 … 5 over 100,000."),
  sort,
  page,
  locale,
  ...pagingQuery,
});

const euros = (description: string) => filter(z.coerce.number().min(0), description);
export const needsQuery = z.object({
  sector: sectors(),
  aidType: list(z.enum(AidType), "Kinds of aid."),
  oblast: oblasts,
  urgency: list(z.enum(Urgency), "Urgency levels."),
  minEur: euros("Smallest approximate cost, whole euros."),
  maxEur: euros("Largest approximate cost, whole euros."),
  locale,
  ...pagingQuery,
});

export const partnershipsQuery = z.object({
  form: list(z.enum(PartnershipForm), "Forms of partnership."),
  status: list(z.enum(PUBLIC_PARTNERSHIP_STATUSES), "Statuses (only agreed partnerships are public)."),
  sector: sectors(),
  country: list(z.string().regex(COUNTRY_CODE), "Country of either organisation side (ISO 3166-1 alpha-2)."),
  oblast: list(z.string().regex(OBLAST_CODE), "KATOTTG code of the community side's oblast."),
  locale,
  ...pagingQuery,
});

export const eventsQuery = z.object({
  country: countries,
  type: list(z.enum(EventType), "Kinds of event."),
  sector: sectors(),
  language: list(z.string().regex(LANGUAGE_CODE), "ISO 639-1 language codes."),
  month: filter(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), "A month (YYYY-MM) in the event's own time zone."),
  format: filter(z.enum(["online", "in-person"]), "Online or in-person only."),
  when: filter(z.enum(["upcoming", "past"]), "Upcoming (default, including those under way) or past events."),
  locale,
  ...pagingQuery,
});

export const announcementsQuery = z.object({
  sector: sectors(),
  organiser: filter(z.enum(["organization", "community"]), "Only announcements of organisations, or of communities."),
  locale,
  ...pagingQuery,
});

export const pollsQuery = z.object({ locale, ...pagingQuery });

export const itemQuery = z.object({ locale });

// ── Response items ──

const localized = z.record(z.string(), z.string()).describe("Text per language code (uk, en).");
const instant = z.iso.datetime();
const common = {
  id: z.string(),
  slug: z.string(),
  isDemo: z.boolean().describe("Invented demo content."),
  updatedAt: instant,
  url: z.url().describe("The listing's page on the site."),
};
const organiser = z
  .object({ kind: z.enum(["organization", "community"]), slug: z.string(), name: localized })
  .nullable()
  .describe("Who published it.");

export const organizationItem = z.object({
  ...common,
  name: localized,
  kind: z.enum(OrganizationKind),
  country: z.string().nullable(),
  city: z.string().nullable(),
  sectors: z.array(z.enum(Sector)),
  languages: z.array(z.string()),
  isVerified: z.boolean(),
});

export const communityItem = z.object({
  ...common,
  name: localized,
  oblastCode: z.string(),
  type: z.enum(CommunityType),
  populationBand: z.number().int().nullable(),
  openNeedSectors: z.array(z.enum(Sector)),
  isVerified: z.boolean(),
});

export const needItem = z.object({
  ...common,
  title: localized,
  description: localized,
  sector: z.enum(Sector),
  aidTypes: z.array(z.enum(AidType)),
  urgency: z.enum(Urgency),
  status: z.enum(NeedStatus),
  deadline: instant.nullable(),
  cost: z.object({ amount: z.number(), currency: z.string() }).nullable().describe("Approximate cost in the currency's units."),
  community: z.object({ slug: z.string(), name: localized, oblastCode: z.string() }),
});

const organizationSide = z.object({ slug: z.string(), name: localized, country: z.string().nullable() });
export const partnershipItem = z.object({
  ...common,
  title: localized,
  form: z.enum(PartnershipForm),
  status: z.enum(PUBLIC_PARTNERSHIP_STATUSES),
  startDate: instant.nullable(),
  endDate: instant.nullable(),
  organization: organizationSide,
  partnerOrganization: organizationSide.nullable(),
  community: z.object({ slug: z.string(), name: localized, oblastCode: z.string() }).nullable(),
  needs: z.array(z.object({ slug: z.string(), title: localized, sector: z.enum(Sector) })),
});

export const eventItem = z.object({
  ...common,
  title: localized,
  description: localized,
  type: z.enum(EventType),
  startsAt: instant,
  endsAt: instant,
  timeZone: z.string().describe("IANA zone of the organiser."),
  isOnline: z.boolean(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  location: z
    .object({ lat: z.number(), lng: z.number(), precision: z.enum(LocationPrecision) })
    .nullable()
    .describe("The public point (coarsened where the organiser asked)."),
  languages: z.array(z.string()),
  sectors: z.array(z.enum(Sector)),
  organiser,
});

export const announcementItem = z.object({
  ...common,
  title: localized,
  body: localized,
  sectors: z.array(z.enum(Sector)),
  publishedAt: instant,
  organiser,
});

export const pollItem = z.object({
  ...common,
  question: localized,
  description: localized,
  opensAt: instant,
  closesAt: instant,
  timeZone: z.string().describe("IANA zone the organiser chose; the poll's pages show its times in it."),
  isAnonymous: z.boolean(),
  participants: z.number().int(),
  results: z
    .object({
      total: z.number().int(),
      options: z.array(z.object({ label: localized, votes: z.number().int(), percent: z.number() })),
    })
    .describe("Votes per option; who voted for what is never published."),
  organiser,
});

// ── Envelopes ──

export const listEnvelope = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    meta: z.looseObject({
      total: z.number().int().describe("Rows matching the filters."),
      limit: z.number().int(),
      nextCursor: z.string().nullable(),
    }),
    facets: z
      .record(z.string(), z.array(z.object({ value: z.string(), count: z.number().int() })))
      .optional()
      .describe("The directories' counts per filter value, for the matching rows."),
    links: z.looseObject({ self: z.url(), next: z.url().nullable().describe("The next page, or null on the last.") }),
  });

export const problem = z.looseObject({ title: z.string(), status: z.number().int(), detail: z.string() });

// ── The two documents beside the collections (lib/api/endpoints.ts `resources`) ──

const count = z.number().int().nullable().describe("Null when the group is under the minimum size (suppressed).");

/** GET /api/v1/stats (app/api/v1/stats/route.ts). */
export const statsResponse = z.object({
  minimumGroupSize: z.number().int(),
  openNeeds: z.object({ count, costEur: z.number().nullable() }),
  codebook: z.string().describe("Where the codes are explained."),
  charts: z.array(
    z.object({
      id: z.string(),
      csv: z.string(),
      groups: z.array(z.object({ key: z.string(), count, suppressed: z.boolean(), costEur: z.number().nullable().optional() })),
    }),
  ),
});

const bilingual = z.object({ uk: z.string(), en: z.string() });

/** GET /api/v1/codebook (lib/export/dictionary.ts). */
export const codebookResponse = z.object({
  datasets: z.array(
    z.object({
      id: z.string(),
      description: bilingual,
      downloads: z.array(z.string()),
      columns: z.array(
        z.object({
          name: z.string(),
          type: z.enum(["string", "integer", "number", "boolean", "list", "date-time", "url"]),
          description: bilingual,
          codes: z.string().optional(),
        }),
      ),
    }),
  ),
  codeLists: z.array(
    z.object({ id: z.string(), description: bilingual, codes: z.array(z.object({ code: z.string(), label: bilingual })) }),
  ),
});

/** GET /api/v1/places (app/api/v1/places/route.ts): the place search of the registration and event forms. */
export const placesQuery = z.object({
  q: z.string().max(100).optional().describe("What the person typed: a town's name in Ukrainian, English or a native spelling."),
  country: z.string().length(2).optional().describe("ISO 3166-1 alpha-2 code: only towns of this country."),
  locale: z.enum(["uk", "en"]).optional().describe("Language of the names (English by default)."),
});

export const placesResponse = z.object({
  data: z
    .array(
      z.object({
        id: z.string().describe("The gazetteer's id, e.g. de-leipzig."),
        name: z.string(),
        country: z.string(),
        countryName: z.string(),
        lat: z.number().describe("The town's centre (WGS 84)."),
        lng: z.number(),
      }),
    )
    .max(10),
});

// ── Recovery tracker (issue 18) ──

export const recoveryQuery = z.object({
  oblast: oblasts,
  sector: sectors("Sectors of the needs a milestone addresses."),
  country: list(z.string().regex(COUNTRY_CODE), "Country of the organisation side (ISO 3166-1 alpha-2)."),
  status: list(z.enum(MilestoneStatus), "Milestone statuses."),
  community: filter(z.string().max(120), "Slug of one community: only its partnerships."),
});

const money = z.object({ currency: z.string().length(3), amount: z.number().describe("In units of the currency, two decimals at most.") });
const flowTotal = z.object({
  byCurrency: z.array(money),
  eurEquivalent: z.number().nullable().describe("Estimated in euros from the moderators' dated rates; null when a currency has no rate."),
});

export const recoveryResponse = z.object({
  totals: z.object({
    COMMITMENT: flowTotal.describe("Pledged (IATI transaction type 2)."),
    DISBURSEMENT: flowTotal.describe("Paid out to the other side (IATI type 3)."),
    EXPENDITURE: flowTotal.describe("Spent (IATI type 4)."),
    ratesAsOf: z.string().nullable().describe("The newest exchange-rate date used for the EUR equivalents."),
    transactions: z.number().int(),
  }),
  milestones: z.array(
    z.object({
      id: z.string(),
      title: z.record(z.string(), z.string()),
      status: z.enum(MilestoneStatus),
      plannedDate: z.string().nullable(),
      deliveredAt: z.string().nullable(),
      confirmedAt: z.string().nullable(),
      partnership: z.object({ slug: z.string(), url: z.string(), iati: z.string() }),
      community: z.object({ slug: z.string(), oblast: z.string() }).nullable(),
      needs: z.array(z.object({ slug: z.string(), sector: z.enum(Sector) })),
      registryProjectId: z.string().nullable(),
      tenderId: z.string().nullable(),
      evidence: z.array(z.object({ url: z.string(), kind: z.enum(["IMAGE", "DOCUMENT"]) })),
    }),
  ),
  milestonesTotal: z.number().int().describe("Milestones matching; `milestones` holds the newest 200."),
  transactions: z.array(
    z.object({
      id: z.string(),
      milestoneId: z.string().nullable(),
      partnership: z.string().describe("The partnership's slug."),
      flow: z.enum(["COMMITMENT", "DISBURSEMENT", "EXPENDITURE"]),
      amount: z.number(),
      currency: z.string().length(3),
      date: z.string(),
      provider: z.enum(["ORGANIZATION", "COMMUNITY", "PARTNER_ORGANIZATION"]),
      receiver: z.enum(["ORGANIZATION", "COMMUNITY", "PARTNER_ORGANIZATION"]),
      inKind: z.boolean(),
      quantity: z.number().int().nullable(),
      item: z.string().nullable(),
    }),
  ),
});
