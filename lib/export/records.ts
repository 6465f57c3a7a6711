// One exported row per listing, shared by the CSV and GeoJSON downloads (lib/export/formats.ts)
// so both carry the same columns. Pure: the query module loads the rows, this shapes them.
//
// Location privacy (docs/decisions/0003-location-privacy.md): the input types have only the
// public point, so the exact `lat`/`lng` cannot be exported by mistake. Email and phone are
// left out on purpose: the pages guard contacts against scraping, and a bulk file would undo it.
import type { AidType, CommunityType, EventType, OrganizationKind, Sector, Urgency } from "@/generated/prisma/enums";
import { codifierIdentityColumns } from "@/lib/community/codifier-columns";
import { asLocalizedText } from "@/lib/i18n/localized-text";

/** A cell: arrays become `a;b` in CSV and stay arrays in GeoJSON. */
export type ExportValue = string | number | boolean | null | string[];
export type ExportRecord = Record<string, ExportValue> & { latitude: number; longitude: number };

export interface OrganizationExportRow {
  slug: string;
  name: unknown;
  kind: OrganizationKind;
  country: string;
  city: string;
  sectors: Sector[];
  languages: string[];
  website: string | null;
  foundedYear: number | null;
  isVerified: boolean;
  isDemo: boolean;
  updatedAt: Date;
  publicLat: number;
  publicLng: number;
}

export interface CommunityExportRow {
  slug: string;
  katottg: string;
  name: unknown;
  type: CommunityType;
  oblastName: unknown;
  raionName: unknown;
  population: number | null;
  isOccupied: boolean;
  isPartlyOccupied: boolean;
  /** Sectors of the community's open, public needs. */
  openNeedSectors: Sector[];
  isDemo: boolean;
  publicLat: number;
  publicLng: number;
}

export const organizationColumns = [
  "slug",
  "url",
  "name_uk",
  "name_en",
  "kind",
  "country",
  "city",
  "sectors",
  "languages",
  "website",
  "founded_year",
  "verified",
  "updated_at",
  "latitude",
  "longitude",
  "is_demo",
] as const;

export const communityColumns = [
  "slug",
  "url",
  ...codifierIdentityColumns,
  "population",
  "occupied",
  "partly_occupied",
  "open_need_sectors",
  "latitude",
  "longitude",
  "is_demo",
] as const;

export interface EventExportRow {
  slug: string;
  title: unknown;
  type: EventType;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  country: string | null;
  city: string | null;
  sectors: Sector[];
  languages: string[];
  isDemo: boolean;
  publicLat: number;
  publicLng: number;
}

/** A need is placed at its community's centre (the community's public point). */
export interface NeedExportRow {
  slug: string;
  title: unknown;
  sector: Sector;
  aidTypes: AidType[];
  urgency: Urgency;
  deadline: Date | null;
  isDemo: boolean;
  community: { slug: string; katottg: string; publicLat: number; publicLng: number };
}

export const eventColumns = [
  "slug",
  "url",
  "title_uk",
  "title_en",
  "event_type",
  "starts_at",
  "ends_at",
  "time_zone",
  "country",
  "city",
  "sectors",
  "languages",
  "latitude",
  "longitude",
  "is_demo",
] as const;

export const needColumns = [
  "slug",
  "url",
  "title_uk",
  "title_en",
  "sector",
  "aid_types",
  "urgency",
  "deadline",
  "community_slug",
  "katottg",
  "latitude",
  "longitude",
  "is_demo",
] as const;

type OrganizationRecord = Record<(typeof organizationColumns)[number], ExportValue> & ExportRecord;
type CommunityRecord = Record<(typeof communityColumns)[number], ExportValue> & ExportRecord;
type EventRecord = Record<(typeof eventColumns)[number], ExportValue> & ExportRecord;
type NeedRecord = Record<(typeof needColumns)[number], ExportValue> & ExportRecord;

const text = (value: unknown, locale: "uk" | "en") => asLocalizedText(value)[locale] ?? null;

/** The English profile page: the same link the JSON API gives (lib/search/api-response.ts). */
const profileUrl = (origin: string, noun: "organizations" | "communities" | "events", slug: string) =>
  new URL(`/en/${noun}/${slug}`, origin).toString();

/** Where a listing is and what it is about: the same four columns for organisations and events. */
const placeAndScope = (row: { country: string | null; city: string | null; sectors: Sector[]; languages: string[] }) => ({
  country: row.country,
  city: row.city,
  sectors: [...row.sectors],
  languages: [...row.languages],
});

export function organizationRecord(row: OrganizationExportRow, origin: string): OrganizationRecord {
  return {
    slug: row.slug,
    url: profileUrl(origin, "organizations", row.slug),
    name_uk: text(row.name, "uk"),
    name_en: text(row.name, "en"),
    kind: row.kind,
    ...placeAndScope(row),
    website: row.website,
    founded_year: row.foundedYear,
    verified: row.isVerified,
    updated_at: row.updatedAt.toISOString(),
    latitude: row.publicLat,
    longitude: row.publicLng,
    is_demo: row.isDemo,
  };
}

export function communityRecord(row: CommunityExportRow, origin: string): CommunityRecord {
  return {
    slug: row.slug,
    url: profileUrl(origin, "communities", row.slug),
    katottg: row.katottg,
    name_uk: text(row.name, "uk"),
    name_en: text(row.name, "en"),
    type: row.type,
    oblast_uk: text(row.oblastName, "uk"),
    oblast_en: text(row.oblastName, "en"),
    raion_uk: text(row.raionName, "uk"),
    raion_en: text(row.raionName, "en"),
    population: row.population,
    occupied: row.isOccupied,
    partly_occupied: row.isPartlyOccupied,
    open_need_sectors: [...new Set(row.openNeedSectors)].sort(),
    latitude: row.publicLat,
    longitude: row.publicLng,
    is_demo: row.isDemo,
  };
}

export function eventRecord(row: EventExportRow, origin: string): EventRecord {
  return {
    slug: row.slug,
    url: profileUrl(origin, "events", row.slug),
    title_uk: text(row.title, "uk"),
    title_en: text(row.title, "en"),
    event_type: row.type,
    starts_at: row.startsAt.toISOString(),
    ends_at: row.endsAt.toISOString(),
    time_zone: row.timeZone,
    ...placeAndScope(row),
    latitude: row.publicLat,
    longitude: row.publicLng,
    is_demo: row.isDemo,
  };
}

/** A need has no page of its own: its url is its community's profile, which lists it. */
export function needRecord(row: NeedExportRow, origin: string): NeedRecord {
  return {
    slug: row.slug,
    url: profileUrl(origin, "communities", row.community.slug),
    title_uk: text(row.title, "uk"),
    title_en: text(row.title, "en"),
    sector: row.sector,
    aid_types: [...row.aidTypes],
    urgency: row.urgency,
    deadline: row.deadline?.toISOString() ?? null,
    community_slug: row.community.slug,
    katottg: row.community.katottg,
    latitude: row.community.publicLat,
    longitude: row.community.publicLng,
    is_demo: row.isDemo,
  };
}
