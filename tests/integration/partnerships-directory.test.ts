// The public partnerships directory on real PostgreSQL, with a few rows seeded directly: only
// agreed (active or completed), published, not hidden partnerships of public sides show;
// filters narrow; facet counts are disjunctive and agree with the list they describe.
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnershipForm, PartnershipStatus, Sector } from "@/generated/prisma/enums";
import { parsePartnershipFilters, PARTNERSHIP_FACETS, type PartnershipFilters } from "@/lib/partnership/filters";
import { getPublicPartnership, listPartnerships, partnershipFacetCounts } from "@/lib/partnership/queries";
import { communityRow, organizationRow } from "./support/factories";
import { fileDatabase } from "./support/file-database";

const { prisma } = fileDatabase();

const TERNOPIL = "UA61000000000060328";
const LVIV = "UA46000000000026241";

function community(id: string, oblastCode: string, status: "PUBLISHED" | "PENDING" = "PUBLISHED") {
  return communityRow({
    id,
    slug: id,
    katottg: `${oblastCode.slice(0, 4)}${id === "c-lviv" ? "1" : id === "c-ternopil" ? "2" : "3"}${"0".repeat(14)}`,
    name: { uk: `Громада ${id}`, en: `Hromada ${id}` },
    oblastCode,
    raionCode: oblastCode,
    centerCode: oblastCode,
    lat: 49.5,
    lng: 25,
    status,
  });
}

function organization(
  id: string,
  country: string,
  sectors: Sector[],
  status: "PUBLISHED" | "PENDING" = "PUBLISHED",
  hiddenAt: Date | null = null,
) {
  return organizationRow({
    id,
    slug: id,
    name: { en: `Org ${id}`, uk: `Організація ${id}` },
    country,
    city: "City",
    lat: 50,
    lng: 10,
    publicLat: 50,
    publicLng: 10,
    sectors,
    status,
    hiddenAt,
  });
}

let sequence = 0;
async function partnership(
  slug: string,
  sides: { organizationId: string; communityId?: string; partnerOrganizationId?: string },
  form: PartnershipForm,
  partnershipStatus: PartnershipStatus,
  options: { status?: "PUBLISHED" | "PENDING"; hiddenAt?: Date; needIds?: string[] } = {},
) {
  sequence += 1;
  await prisma.partnership.create({
    data: {
      slug,
      ...sides,
      form,
      partnershipStatus,
      title: { en: `Partnership ${slug}` },
      description: { en: `About ${slug}` },
      message: `Private note ${slug}`,
      // Later slugs started later, so the newest-first order is the reverse of creation.
      startDate: new Date(Date.UTC(2026, 0, sequence)),
      status: options.status ?? "PUBLISHED",
      hiddenAt: options.hiddenAt ?? null,
      needs: { create: (options.needIds ?? []).map((needId) => ({ needId })) },
    },
  });
}

beforeAll(async () => {
  await prisma.community.createMany({
    data: [community("c-ternopil", TERNOPIL), community("c-lviv", LVIV), community("c-pending", LVIV, "PENDING")],
  });
  await prisma.organization.createMany({
    data: [
      organization("o-de", "DE", ["EDUCATION_YOUTH", "SPECIAL_VEHICLES", "HEATING"]),
      organization("o-pl", "PL", ["HEATING"]),
      organization("o-at", "AT", ["ADVOCACY"]),
      organization("o-pending", "DE", ["HEATING"], "PENDING"),
      organization("o-hidden", "DE", ["HEATING"], "PUBLISHED", new Date()),
    ],
  });
  const need = (id: string, communityId: string, sector: Sector, status: "PUBLISHED" | "PENDING" = "PUBLISHED") => ({
    id,
    slug: id,
    communityId,
    sector,
    title: { en: `Need ${id}` },
    status,
    needStatus: "IN_PROGRESS" as const,
  });
  await prisma.need.createMany({
    data: [
      need("n-bus", "c-ternopil", "SPECIAL_VEHICLES"),
      need("n-camp", "c-ternopil", "EDUCATION_YOUTH"),
      need("n-boiler", "c-lviv", "HEATING"),
      need("n-draft", "c-lviv", "HOUSING", "PENDING"),
    ],
  });

  // Public: two with a community, one organisation pair.
  await partnership("de-ternopil", { organizationId: "o-de", communityId: "c-ternopil" }, "MEMORANDUM", "ACTIVE", {
    needIds: ["n-bus", "n-camp"],
  });
  await partnership("pl-lviv", { organizationId: "o-pl", communityId: "c-lviv" }, "AGREEMENT", "COMPLETED", {
    needIds: ["n-boiler", "n-draft"],
  });
  await partnership("de-lviv", { organizationId: "o-de", communityId: "c-lviv" }, "MEMORANDUM", "COMPLETED", { needIds: ["n-boiler"] });
  await partnership("at-pl", { organizationId: "o-at", partnerOrganizationId: "o-pl" }, "JOINT_PROJECT", "ACTIVE");
  // Not public, each for one reason.
  await partnership("proposed", { organizationId: "o-pl", communityId: "c-ternopil" }, "MEMORANDUM", "PROPOSED");
  await partnership("declined", { organizationId: "o-at", communityId: "c-ternopil" }, "MEMORANDUM", "DECLINED");
  await partnership("unpublished", { organizationId: "o-at", communityId: "c-lviv" }, "MEMORANDUM", "ACTIVE", { status: "PENDING" });
  await partnership("hidden", { organizationId: "o-pl", communityId: "c-lviv" }, "MEMORANDUM", "ACTIVE", { hiddenAt: new Date() });
  await partnership("of-pending-org", { organizationId: "o-pending", communityId: "c-lviv" }, "MEMORANDUM", "ACTIVE");
  await partnership("of-hidden-org", { organizationId: "o-hidden", communityId: "c-lviv" }, "MEMORANDUM", "ACTIVE");
  await partnership("of-pending-community", { organizationId: "o-de", communityId: "c-pending" }, "MEMORANDUM", "ACTIVE");
  await partnership("with-pending-partner", { organizationId: "o-at", partnerOrganizationId: "o-pending" }, "MEMORANDUM", "ACTIVE");
});

const slugs = async (params: Record<string, string | string[]> = {}) =>
  (await listPartnerships(parsePartnershipFilters(params))).items.map((item) => item.slug);

describe("what is public", () => {
  it("lists only agreed, published, not hidden partnerships of public sides, newest first", async () => {
    const result = await listPartnerships(parsePartnershipFilters({}));
    expect(result.items.map((item) => item.slug)).toEqual(["at-pl", "de-lviv", "pl-lviv", "de-ternopil"]);
    expect(result.total).toBe(4);
  });

  it("opens a public partnership's page, and nothing else", async () => {
    const page = await getPublicPartnership("pl-lviv");
    expect(page).toMatchObject({
      slug: "pl-lviv",
      form: "AGREEMENT",
      partnershipStatus: "COMPLETED",
      organization: { slug: "o-pl" },
      community: { slug: "c-lviv" },
    });
    // The unpublished need stays out; the private message is never read.
    expect(page?.needs.map((link) => link.need.slug)).toEqual(["n-boiler"]);
    expect(page).not.toHaveProperty("message");
    for (const slug of [
      "proposed",
      "declined",
      "unpublished",
      "hidden",
      "of-pending-org",
      "of-hidden-org",
      "of-pending-community",
      "with-pending-partner",
      "no-such-slug",
    ])
      expect(await getPublicPartnership(slug), slug).toBeNull();
  });

  it("carries both sides, the addressed needs and the sectors in each row", async () => {
    const { items } = await listPartnerships(parsePartnershipFilters({}));
    const ternopil = items.find((item) => item.slug === "de-ternopil")!;
    expect(ternopil).toMatchObject({
      organization: { slug: "o-de", country: "DE" },
      community: { slug: "c-ternopil", oblastCode: TERNOPIL },
      partnerOrganization: null,
    });
    expect(ternopil.needs.map((link) => link.need.slug).sort()).toEqual(["n-bus", "n-camp"]);
    // The needs' sectors, not every sector the organisation works in.
    expect(ternopil.sectors.sort()).toEqual(["EDUCATION_YOUTH", "SPECIAL_VEHICLES"]);
    const pair = items.find((item) => item.slug === "at-pl")!;
    expect(pair).toMatchObject({ community: null, partnerOrganization: { slug: "o-pl", country: "PL" } });
    // No needs: the organisations' sectors.
    expect(pair.sectors.sort()).toEqual(["ADVOCACY", "HEATING"]);
  });
});

describe("filters", () => {
  it("narrow by form, status, country, oblast and sector, and combine", async () => {
    expect(await slugs({ form: "MEMORANDUM" })).toEqual(["de-lviv", "de-ternopil"]);
    expect(await slugs({ form: ["MEMORANDUM", "JOINT_PROJECT"] })).toEqual(["at-pl", "de-lviv", "de-ternopil"]);
    expect(await slugs({ status: "COMPLETED" })).toEqual(["de-lviv", "pl-lviv"]);
    // Either organisation of a pair counts for its country.
    expect(await slugs({ country: "PL" })).toEqual(["at-pl", "pl-lviv"]);
    expect(await slugs({ country: "at" })).toEqual(["at-pl"]);
    expect(await slugs({ oblast: LVIV })).toEqual(["de-lviv", "pl-lviv"]);
    expect(await slugs({ sector: "HEATING" })).toEqual(["at-pl", "de-lviv", "pl-lviv"]);
    expect(await slugs({ sector: "SPECIAL_VEHICLES" })).toEqual(["de-ternopil"]);
    expect(await slugs({ form: "MEMORANDUM", oblast: LVIV, status: "COMPLETED", country: "DE" })).toEqual(["de-lviv"]);
    expect(await slugs({ form: "ORAL_AGREEMENT" })).toEqual([]);
  });

  it("ignore unknown values instead of failing, and never reveal proposals", async () => {
    expect(await slugs({ form: "NOPE", country: "Germany", oblast: "UA0", sector: "%00", page: "-1" })).toHaveLength(4);
    expect(await slugs({ status: "PROPOSED" })).toHaveLength(4);
    expect(await slugs({ status: ["DECLINED", "COMPLETED"] })).toEqual(["de-lviv", "pl-lviv"]);
  });

  it("page past the end: no rows, the total still right", async () => {
    const result = await listPartnerships(parsePartnershipFilters({ page: "3" }));
    expect(result).toMatchObject({ items: [], total: 4, page: 3, pageCount: 1 });
  });
});

describe("facet counts", () => {
  it("count each facet under the other filters (disjunctive)", async () => {
    const counts = await partnershipFacetCounts(parsePartnershipFilters({ form: "MEMORANDUM", country: "PL" }));
    // Forms under country=PL only: pl-lviv (AGREEMENT), at-pl (JOINT_PROJECT); the ticked form has none.
    expect(counts.form).toEqual([
      { value: "AGREEMENT", count: 1 },
      { value: "JOINT_PROJECT", count: 1 },
    ]);
    // Countries under form=MEMORANDUM only: de-lviv, de-ternopil.
    expect(counts.country).toEqual([{ value: "DE", count: 2 }]);
    // Every other facet under both filters: nothing.
    expect(counts.status).toEqual([]);
    expect(counts.oblast).toEqual([]);
  });

  it("agree with the list: ticking a value gives as many rows as its count said", async () => {
    const base = parsePartnershipFilters({ status: "COMPLETED", sector: "HEATING" });
    const counts = await partnershipFacetCounts(base);
    let checked = 0;
    for (const facet of PARTNERSHIP_FACETS) {
      for (const { value, count } of counts[facet]) {
        const narrowed = { ...base, [facet]: [value] } as PartnershipFilters;
        expect((await listPartnerships(narrowed)).total, `${facet}=${value}`).toBe(count);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(5);
    // With no filter: a partnership has one form and one status, and may count for two countries.
    const all = await partnershipFacetCounts(parsePartnershipFilters({}));
    expect(all.form.reduce((sum, f) => sum + f.count, 0)).toBe(4);
    expect(all.status).toEqual([
      { value: "ACTIVE", count: 2 },
      { value: "COMPLETED", count: 2 },
    ]);
    expect(all.country).toEqual([
      { value: "DE", count: 2 },
      { value: "PL", count: 2 },
      { value: "AT", count: 1 },
    ]);
  });
});
