import "server-only";
// What the map API and the map page read: viewports of clusters, a stack's listings, the
// nearest organisations, and partnership lines. All from public points only.
import { db } from "@/lib/db/client";
import { asLocalizedText } from "@/lib/i18n/localized-text";
import { publicPartnershipWhere } from "@/lib/listing/public-where";
import { parseMapFilters, type MapFilters } from "./filters";
import { clusterLeaves, nearestOrganizations, viewportFeatures, type MapFeatureCollection, type NearbyListing } from "./cluster-index";
import { mapIndex as cachedMapIndex, type MapSource } from "./index-cache";
import { loadPublicMapPoints } from "./points";
import type { PartnershipLine } from "./types";
import { parseBbox, parsePoint, parseZoom } from "./viewport";

type Params = URLSearchParams;

const source: MapSource = {
  points: async () => loadPublicMapPoints(await db()),
  /**
   * What changes when any public listing does: their number and the latest change (publishing,
   * editing or hiding a listing rewrites or removes its SearchDocument row). One aggregate over
   * the narrow index, a few milliseconds, run in the background at most every 30 seconds.
   */
  fingerprint: async () => {
    const prisma = await db();
    const [row] = await prisma.$queryRaw<{ n: number; latest: Date | null }[]>`
      SELECT count(*)::int AS n, max("listingUpdatedAt") AS latest FROM "SearchDocument"`;
    return `${row?.n}|${row?.latest?.toISOString()}`;
  },
};

/** The cluster index for these filters (kept in memory; lib/map/index-cache.ts). */
export const mapIndex = (filters: MapFilters) => cachedMapIndex(source, filters);
const localeOf = (params: Params) => (params.get("locale") === "uk" ? "uk" : "en");

/** `bbox` + `zoom` + filters → clusters and points in view; null when the bbox is missing or odd. */
export async function mapViewport(params: Params): Promise<MapFeatureCollection | null> {
  const zoom = parseZoom(params.get("zoom"));
  const bbox = parseBbox(params.get("bbox"), zoom);
  if (!bbox) return null;
  const index = await mapIndex(parseMapFilters(params));
  return viewportFeatures(index, bbox, zoom, localeOf(params));
}

/** `cluster` (+ `offset`) + the same filters → that cluster's listings, 50 at a time. */
export async function mapClusterLeaves(params: Params) {
  const id = Number(params.get("cluster"));
  if (!Number.isSafeInteger(id) || id < 0) return null;
  const offset = Math.max(0, Math.min(Number.parseInt(params.get("offset") ?? "0", 10) || 0, 1_000_000));
  const index = await mapIndex(parseMapFilters(params));
  return clusterLeaves(index, id, offset, localeOf(params));
}

/** `near=lat,lng` + filters → the ten nearest organisations with distances in km. */
export async function mapNearby(params: Params): Promise<NearbyListing[] | null> {
  const point = parsePoint(params.get("near"));
  if (!point) return null;
  const index = await mapIndex(parseMapFilters(params));
  return nearestOrganizations(index, point.lat, point.lng, 10, localeOf(params));
}

const name = (value: unknown, locale: string) => {
  const text = asLocalizedText(value);
  return (locale === "uk" ? (text.uk ?? text.en) : (text.en ?? text.uk)) ?? "";
};

/**
 * Community ↔ organisation partnerships as lines between their public points: only public
 * partnerships (lib/listing/public-where.ts) that have a community side.
 */
export async function partnershipLines(locale: string): Promise<{ type: "FeatureCollection"; features: PartnershipLine[] }> {
  const prisma = await db();
  const rows = await prisma.partnership.findMany({
    where: { ...publicPartnershipWhere, communityId: { not: null } },
    select: {
      form: true,
      partnershipStatus: true,
      community: { select: { slug: true, name: true, publicLat: true, publicLng: true } },
      organization: { select: { slug: true, name: true, publicLat: true, publicLng: true } },
    },
    orderBy: { slug: "asc" },
    take: 5000,
  });
  return {
    type: "FeatureCollection",
    features: rows.flatMap(({ community, organization, form, partnershipStatus }) =>
      community
        ? [
            {
              type: "Feature" as const,
              geometry: {
                type: "LineString" as const,
                coordinates: [
                  [community.publicLng, community.publicLat],
                  [organization.publicLng, organization.publicLat],
                ] as [[number, number], [number, number]],
              },
              properties: {
                status: partnershipStatus,
                form,
                community: name(community.name, locale),
                communitySlug: community.slug,
                organization: name(organization.name, locale),
                organizationSlug: organization.slug,
              },
            },
          ]
        : [],
    ),
  };
}

/** Countries and languages that occur among the public listings, for the filter menus. */
export async function mapFilterValues(): Promise<{ countries: string[]; languages: string[] }> {
  const index = await mapIndex(parseMapFilters({}));
  const countries = new Set<string>();
  const languages = new Set<string>();
  for (const point of index.points) {
    if (point.country) countries.add(point.country);
    for (const language of point.languages) languages.add(language);
  }
  return { countries: [...countries], languages: [...languages] };
}
