// The map's filters, view and zoom limits, in the URL so a view can be shared. The facets are
// the directories' own parsers (lib/organization/filters.ts, lib/community/filters.ts), so a
// filter means the same on the map as in the directory. Isomorphic: the map page, its client
// component and /api/v1/map all parse with it.
import type { OrganizationKind, Sector } from "@/generated/prisma/enums";
import { communityFilterParsers } from "@/lib/community/filters";
import { organizationFilterParsers } from "@/lib/organization/filters";
import { decimalIn, enumList, flag, queryString, type RawParams } from "@/lib/query-string/parsers";

/** What the map shows; both when the URL names neither. */
export const mapLayers = ["organizations", "communities"] as const;
export type MapLayer = (typeof mapLayers)[number];

/** The map's view in the URL (`lat`, `lng`, `z`), so a view can be shared. */
export interface MapView {
  lat: number;
  lng: number;
  zoom: number;
}

export const MAP_MIN_ZOOM = 2;
export const MAP_MAX_ZOOM = 18;
/** Europe with Ukraine and the Atlantic coast: where most listings are. */
export const DEFAULT_MAP_VIEW: MapView = { lat: 50, lng: 15, zoom: 4 };

/** Everything the map page keeps in its URL, in the order links write it. */
const url = queryString({
  layer: enumList(mapLayers),
  kind: organizationFilterParsers.kind,
  sector: organizationFilterParsers.sector,
  country: organizationFilterParsers.country,
  language: organizationFilterParsers.language,
  oblast: communityFilterParsers.oblast,
  /** Partnerships drawn as lines. */
  lines: flag(),
  lat: decimalIn(-85, 85),
  lng: decimalIn(-180, 180),
  z: decimalIn(MAP_MIN_ZOOM, MAP_MAX_ZOOM),
});

/**
 * The map's filters: the directory's facets over both kinds of listing. Each filter narrows by
 * the listing's own facet column, as in the directory: `kind` and `country` are the
 * organisation's (communities count as country UA), `oblast` the community's, `sector` an
 * organisation's sectors or a community's open-need sectors, `language` either's languages.
 */
export interface MapFilters {
  layer: MapLayer[];
  kind: OrganizationKind[];
  sector: Sector[];
  country: string[];
  language: string[];
  oblast: string[];
}

/** Values are sorted, so the same filters in any order share one cache key (mapFiltersKey). */
export function parseMapFilters(params: RawParams): MapFilters {
  const { layer, kind, sector, country, language, oblast } = url.read(params);
  return {
    layer: layer.length === mapLayers.length ? [] : layer,
    kind: kind.sort(),
    sector: sector.sort(),
    country: country.sort(),
    language: language.sort(),
    oblast: oblast.sort(),
  };
}

/** A stable key of the filters (values sorted by the parser), for caches. */
export function mapFiltersKey(filters: MapFilters): string {
  return (["layer", "kind", "sector", "country", "language", "oblast"] as const).map((key) => `${key}=${filters[key].join(",")}`).join("&");
}

export function parseMapView(params: RawParams): MapView {
  const { lat, lng, z } = url.read(params);
  const zoom = z === null ? DEFAULT_MAP_VIEW.zoom : Math.round(z);
  return lat === null || lng === null ? { ...DEFAULT_MAP_VIEW, zoom } : { lat, lng, zoom };
}

/** Whether partnerships are drawn as lines. */
export const parseMapLines = (params: RawParams): boolean => url.read(params).lines;

/** The map URL's query: filters, then the view (coordinates at 4 decimals keep links short). */
export function mapSearchParams(filters: MapFilters, view?: MapView, extra: { lines?: boolean } = {}): URLSearchParams {
  const round = (degrees: number) => Math.round(degrees * 1e4) / 1e4;
  return url.write({
    ...filters,
    lines: extra.lines ?? false,
    ...(view ? { lat: round(view.lat), lng: round(view.lng), z: view.zoom } : {}),
  });
}
