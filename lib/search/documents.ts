// Builds the search projection of a listing (SearchDocument rows). Pure: the indexer, the seed
// and the bulk generator share it, so every path folds text the same way.
import type { CommunityType, OrganizationKind, Sector } from "@/generated/prisma/enums";
import { asLocalizedText, locales } from "@/lib/i18n/localized-text";
import { populationBand } from "@/lib/community/population-band";
import { findCity, getCountry } from "@/lib/geo/places";
import { normalizeForSearch } from "./normalize";
import { sortKeyBytes } from "./sort-key";

export interface SearchDocumentRow {
  targetType: "ORGANIZATION" | "COMMUNITY";
  targetId: string;
  slug: string;
  name: Record<string, string>;
  sortUk: Uint8Array<ArrayBuffer>;
  sortEn: Uint8Array<ArrayBuffer>;
  nameWords: string;
  bodyWords: string;
  country: string | null;
  city: string | null;
  kind: OrganizationKind | null;
  sectors: Sector[];
  languages: string[];
  isVerified: boolean;
  oblastCode: string | null;
  communityType: CommunityType | null;
  populationBand: number | null;
  needSectors: Sector[];
  isDemo: boolean;
  listingUpdatedAt: Date;
}

const allTexts = (...values: unknown[]) =>
  values.flatMap((value) => (typeof value === "string" ? [value] : Object.values(asLocalizedText(value)))).filter(Boolean);

/**
 * A country's name in every UI language, so "Deutschland", "Allemagne", "Niemcy" and
 * "Germania" find the organisations in Germany: the gazetteer's Ukrainian and English forms,
 * the others from the runtime's CLDR names.
 */
function countryNames(code: string, known: { uk: string; en: string } | undefined): string[] {
  const fromCldr = locales.filter((locale) => locale !== "uk" && locale !== "en").map((locale) => regionName(code, locale));
  return [known?.en, known?.uk, ...fromCldr].filter((name): name is string => Boolean(name));
}

const regionNames = new Map<string, Intl.DisplayNames>();
function regionName(code: string, locale: string): string | undefined {
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" })));
  try {
    return names.of(code.toUpperCase());
  } catch {
    return undefined;
  }
}

function names(value: unknown) {
  const text = asLocalizedText(value) as Record<string, string>;
  return { name: text, sortUk: sortKeyBytes(text.uk ?? text.en ?? ""), sortEn: sortKeyBytes(text.en ?? text.uk ?? "") };
}

export interface OrganizationForSearch {
  id: string;
  slug: string;
  kind: OrganizationKind;
  name: unknown;
  mission: unknown;
  description: unknown;
  activities: unknown;
  country: string;
  city: string;
  sectors: Sector[];
  languages: string[];
  isVerified: boolean;
  isDemo: boolean;
  updatedAt: Date;
}

export function organizationDocument(org: OrganizationForSearch): SearchDocumentRow {
  const city = findCity(org.country, org.city);
  const country = getCountry(org.country);
  return {
    targetType: "ORGANIZATION",
    targetId: org.id,
    slug: org.slug,
    ...names(org.name),
    nameWords: normalizeForSearch(allTexts(org.name).join(" ")),
    bodyWords: normalizeForSearch(
      allTexts(
        org.mission,
        org.description,
        org.activities,
        org.city,
        city?.en,
        city?.uk,
        ...(city?.aliases ?? []),
        ...countryNames(org.country, country),
      ).join(" "),
    ),
    country: org.country,
    city: city?.en ?? org.city,
    kind: org.kind,
    sectors: org.sectors,
    languages: org.languages,
    isVerified: org.isVerified,
    oblastCode: null,
    communityType: null,
    populationBand: null,
    needSectors: [],
    isDemo: org.isDemo,
    listingUpdatedAt: org.updatedAt,
  };
}

export interface CommunityForSearch {
  id: string;
  slug: string;
  type: CommunityType;
  name: unknown;
  shortName: unknown;
  altShortName: unknown;
  centerName: unknown;
  oblastCode: string;
  oblastName: unknown;
  raionName: unknown;
  description: unknown;
  challenges: unknown;
  assetIndustry: unknown;
  assetHeritage: unknown;
  assetInfrastructure: unknown;
  offer: unknown;
  population: number | null;
  languages: string[];
  isVerified: boolean;
  isDemo: boolean;
  updatedAt: Date;
  /** Sectors of the community's open, public needs. */
  openNeedSectors: Sector[];
}

export function communityDocument(community: CommunityForSearch): SearchDocumentRow {
  return {
    targetType: "COMMUNITY",
    targetId: community.id,
    slug: community.slug,
    ...names(community.name),
    nameWords: normalizeForSearch(allTexts(community.name, community.shortName, community.altShortName, community.centerName).join(" ")),
    bodyWords: normalizeForSearch(
      allTexts(
        community.oblastName,
        community.raionName,
        community.description,
        community.challenges,
        community.assetIndustry,
        community.assetHeritage,
        community.assetInfrastructure,
        community.offer,
      ).join(" "),
    ),
    country: "UA",
    city: null,
    kind: null,
    sectors: [],
    languages: community.languages,
    isVerified: community.isVerified,
    oblastCode: community.oblastCode,
    communityType: community.type,
    populationBand: populationBand(community.population),
    needSectors: [...new Set(community.openNeedSectors)].sort(),
    isDemo: community.isDemo,
    listingUpdatedAt: community.updatedAt,
  };
}
