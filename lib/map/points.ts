import "server-only";
// Reads the public map points: the search projection's facet columns (so a filter means on
// the map what it means in the directory) joined to the listing's *public* point. The exact
// lat/lng columns are never selected (docs/decisions/0003-location-privacy.md).
import type { PrismaClient } from "@/generated/prisma/client";
import { cityName, countryName } from "@/lib/i18n/display-names";
import { findCity, getOblast, placeKey } from "@/lib/geo/places";
import { shownSql } from "@/lib/listing/public-where";
import { asLocalizedText } from "@/lib/i18n/localized-text";
import type { AreaName, MapArea, MapPoint } from "./cluster-index";

interface Row {
  type: "o" | "c";
  slug: string;
  lat: number;
  lng: number;
  name: unknown;
  kind: string;
  country: string | null;
  city: string | null;
  center: unknown;
  oblast: string | null;
  sectors: string[];
  languages: string[];
}

const both = (value: unknown) => {
  const text = asLocalizedText(value);
  return { uk: text.uk ?? text.en ?? "", en: text.en ?? text.uk ?? "" };
};

// Many listings share a place: one string per place, not one per listing (110k points in memory).
const places = new Map<string, string>();
function place(row: Row, locale: "uk" | "en"): string {
  const key = row.type === "o" ? `${locale}|o|${row.country}|${row.city}` : null;
  if (key) {
    let found = places.get(key);
    if (found === undefined) places.set(key, (found = placeOf(row, locale)));
    return found;
  }
  return placeOf(row, locale);
}

function placeOf(row: Row, locale: "uk" | "en"): string {
  if (row.type === "o")
    return [row.city ? cityName(row.country ?? "", row.city, locale) : "", row.country ? countryName(row.country, locale) : ""]
      .filter(Boolean)
      .join(", ");
  const oblast = getOblast(row.oblast);
  return [both(row.center)[locale], oblast ? oblast[locale] : ""].filter(Boolean).join(", ");
}

// One area object per distinct (country, city or centre, oblast): shared by the listings there.
const areas = new Map<string, MapArea>();
function areaName(key: string, uk: string, en: string): AreaName | null {
  return uk || en ? { key, name: { uk: uk || en, en: en || uk } } : null;
}
function area(row: Row): MapArea {
  // Ukraine's communities carry their oblast; the country is Ukraine when a row does not say.
  const country = row.country ?? (row.type === "c" ? "UA" : null);
  const locality = row.type === "o" ? row.city : both(row.center).en || both(row.center).uk || null;
  const key = `${country}|${row.oblast}|${locality}`;
  let found = areas.get(key);
  if (found) return found;
  const oblast = getOblast(row.oblast);
  // A gazetteer city is one place whatever the spelling, and whether an organisation or a
  // community's centre; other names are told apart within their country (and oblast).
  const known = findCity(country, locality);
  const city = !locality
    ? null
    : known
      ? areaName(known.id, known.uk, known.en)
      : row.type === "o"
        ? areaName(`${country}|${placeKey(locality)}`, locality, locality)
        : areaName(`${country}|${row.oblast}|${placeKey(locality)}`, both(row.center).uk, both(row.center).en);
  found = {
    city,
    region: oblast ? areaName(oblast.code, oblast.uk, oblast.en) : null,
    country: country ? areaName(country, countryName(country, "uk"), countryName(country, "en")) : null,
  };
  areas.set(key, found);
  return found;
}

export async function loadPublicMapPoints(prisma: PrismaClient): Promise<MapPoint[]> {
  // Only constants are spliced in: the public rule's SQL from lib/listing/public-where.ts.
  const rows = await prisma.$queryRawUnsafe<Row[]>(`
    SELECT 'o' AS type, d.slug, o."publicLat" AS lat, o."publicLng" AS lng, d.name, d.kind::text AS kind,
           d.country, d.city, NULL::jsonb AS center, NULL AS oblast, d.sectors::text[] AS sectors, d.languages
    FROM "SearchDocument" d JOIN "Organization" o ON o.id = d."targetId"
    WHERE d."targetType" = 'ORGANIZATION' AND ${shownSql("o")}
    UNION ALL
    SELECT 'c', d.slug, c."publicLat", c."publicLng", d.name, d."communityType"::text,
           d.country, NULL, c."centerName", d."oblastCode", d."needSectors"::text[], d.languages
    FROM "SearchDocument" d JOIN "Community" c ON c.id = d."targetId"
    WHERE d."targetType" = 'COMMUNITY' AND ${shownSql("c")}`);
  return rows.map((row) => ({
    type: row.type,
    slug: row.slug,
    lat: row.lat,
    lng: row.lng,
    name: both(row.name),
    kind: row.kind,
    place: { uk: place(row, "uk"), en: place(row, "en") },
    country: row.country,
    oblast: row.oblast,
    sectors: row.sectors,
    languages: row.languages,
    area: area(row),
  }));
}
