// The read API's directory items (/api/v1/organizations, /communities and one by slug): the
// search's rows kept raw (LocalizedText objects, enum codes, ISO dates) for machines to format.
// Their schemas are organizationItem and communityItem in lib/api/schemas.ts.
import { absoluteUrl } from "@/lib/site/origin";
import type { CommunityHit, OrganizationHit } from "./queries";

type Hit<T> = Omit<T, "rank">;
const listingUrl = (locale: string, noun: "organizations" | "communities", slug: string) => absoluteUrl(`/${locale}/${noun}/${slug}`);

export function organizationItem(hit: Hit<OrganizationHit>, locale: "en" | "uk") {
  const { id, slug, name, kind, country, city, sectors, languages, isVerified, isDemo, listingUpdatedAt } = hit;
  return {
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
    url: listingUrl(locale, "organizations", slug),
  };
}

export function communityItem(hit: Hit<CommunityHit>, locale: "en" | "uk") {
  const { id, slug, name, oblastCode, communityType, populationBand, needSectors, isVerified, isDemo, listingUpdatedAt } = hit;
  return {
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
    url: listingUrl(locale, "communities", slug),
  };
}
