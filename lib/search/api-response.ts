// The JSON shape of the read API's directory endpoints: the same search the pages run, with
// rows kept raw (LocalizedText objects, enum codes, ISO dates) for machines to format.
import type { CommunityHit, OrganizationHit } from "./queries";

interface Page<Item> {
  items: Item[];
  total: number;
  page: number;
  pageCount: number;
  facets: Record<string, { value: string; count: number }[]>;
  query: { corrections: Record<string, string[]> };
}

function envelope<Item, Out>(result: Page<Item>, map: (item: Item) => Out, self: URL) {
  const link = (page: number) => {
    const url = new URL(self);
    url.searchParams.set("page", String(page));
    return url.toString();
  };
  return {
    data: result.items.map(map),
    meta: { total: result.total, page: result.page, pageCount: result.pageCount, corrections: result.query.corrections },
    facets: result.facets,
    links: {
      self: self.toString(),
      next: result.page < result.pageCount ? link(result.page + 1) : null,
      prev: result.page > 1 ? link(result.page - 1) : null,
    },
  };
}

export function organizationsResponse(result: Page<OrganizationHit>, self: URL) {
  return envelope(
    result,
    ({ id, slug, name, kind, country, city, sectors, languages, isVerified, isDemo, listingUpdatedAt }) => ({
      id,
      slug,
      name,
      kind,
      country,
      city,
      sectors,
      languages,
      isVerified,
      isDemo,
      updatedAt: new Date(listingUpdatedAt).toISOString(),
      url: new URL(`/en/organizations/${slug}`, self).toString(),
    }),
    self,
  );
}

export function communitiesResponse(result: Page<CommunityHit>, self: URL) {
  return envelope(
    result,
    ({ id, slug, name, oblastCode, communityType, populationBand, needSectors, isVerified, isDemo, listingUpdatedAt }) => ({
      id,
      slug,
      name,
      oblastCode,
      type: communityType,
      populationBand,
      openNeedSectors: needSectors,
      isVerified,
      isDemo,
      updatedAt: new Date(listingUpdatedAt).toISOString(),
      url: new URL(`/en/communities/${slug}`, self).toString(),
    }),
    self,
  );
}
