// The directory's filters, parsed once from the URL for the page, the JSON API and the map.
// Isomorphic and forgiving: unknown facet values are dropped, long or odd queries are trimmed,
// so a hand-edited or hostile URL gives a normal page, never an error.
import { CommunityType, OrganizationKind, Sector } from "@/generated/prisma/enums";
import { populationBands } from "./documents";

export const PAGE_SIZE = 20;
export const MAX_PAGE = 500;
export const MAX_QUERY_LENGTH = 200;

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function values(params: RawParams, key: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(key) : params[key];
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  // "a,b" and repeated keys both work; cap the count so a URL cannot ask for 10,000 values.
  return list.flatMap((value) => value.split(",")).map((value) => value.trim()).filter(Boolean).slice(0, 40);
}

function first(params: RawParams, key: string): string | undefined {
  return values(params, key)[0];
}

const oneOf = <T extends string>(allowed: readonly T[]) => (list: string[]) =>
  [...new Set(list.filter((value): value is T => (allowed as readonly string[]).includes(value)))];

const cleanQuery = (value: string | undefined) =>
  (value ?? "")
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]/g, " ") // control and bidi characters
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_LENGTH);

const pageNumber = (value: string | undefined) => {
  const page = Number.parseInt(value ?? "1", 10);
  return Number.isFinite(page) ? Math.min(Math.max(page, 1), MAX_PAGE) : 1;
};

export const sortOrders = ["relevance", "name", "updated"] as const;
export type SortOrder = (typeof sortOrders)[number];
const sortOrder = (value: string | undefined, hasQuery: boolean): SortOrder =>
  (sortOrders as readonly string[]).includes(value ?? "") ? (value as SortOrder) : hasQuery ? "relevance" : "name";

const countryCode = /^[A-Z]{2}$/;
const languageCode = /^[a-z]{2,3}$/;
const oblastCode = /^UA\d{17}$/;

export interface OrganizationFilters {
  q: string;
  country: string[];
  city: string[];
  kind: OrganizationKind[];
  sector: Sector[];
  language: string[];
  verified: boolean;
  sort: SortOrder;
  page: number;
}

export function parseOrganizationFilters(params: RawParams): OrganizationFilters {
  const q = cleanQuery(first(params, "q"));
  return {
    q,
    country: [...new Set(values(params, "country").map((c) => c.toUpperCase()).filter((c) => countryCode.test(c)))],
    city: [...new Set(values(params, "city").map((c) => c.slice(0, 80)))].slice(0, 10),
    kind: oneOf(Object.values(OrganizationKind))(values(params, "kind")),
    sector: oneOf(Object.values(Sector))(values(params, "sector")),
    language: [...new Set(values(params, "language").map((l) => l.toLowerCase()).filter((l) => languageCode.test(l)))],
    verified: ["1", "true", "yes", "on"].includes(first(params, "verified") ?? ""),
    sort: sortOrder(first(params, "sort"), q !== ""),
    page: pageNumber(first(params, "page")),
  };
}

export interface CommunityFilters {
  q: string;
  oblast: string[];
  type: CommunityType[];
  needSector: Sector[];
  population: number[];
  sort: SortOrder;
  page: number;
}

export function parseCommunityFilters(params: RawParams): CommunityFilters {
  const q = cleanQuery(first(params, "q"));
  const bands = populationBands.length;
  return {
    q,
    oblast: [...new Set(values(params, "oblast").filter((code) => oblastCode.test(code)))],
    type: oneOf(Object.values(CommunityType))(values(params, "type")),
    needSector: oneOf(Object.values(Sector))(values(params, "needSector")),
    population: [...new Set(values(params, "population").map(Number).filter((b) => Number.isInteger(b) && b >= 0 && b <= bands))],
    sort: sortOrder(first(params, "sort"), q !== ""),
    page: pageNumber(first(params, "page")),
  };
}

/** The URL query for filters (defaults left out, so links stay short and canonical). */
export function filtersToSearchParams(filters: Partial<Record<string, unknown>>, defaults: { sort: SortOrder }): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === "" || value === false) continue;
    if (key === "page" && value === 1) continue;
    if (key === "sort" && value === defaults.sort) continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.set(key, value === true ? "1" : String(value));
  }
  return params;
}


/** What the map shows; both when the URL names neither. */
export const mapLayers = ["organizations", "communities"] as const;
export type MapLayer = (typeof mapLayers)[number];

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

export function parseMapFilters(params: RawParams): MapFilters {
  const organization = parseOrganizationFilters(params);
  const community = parseCommunityFilters(params);
  const layer = oneOf(mapLayers)(values(params, "layer"));
  return {
    layer: layer.length === mapLayers.length ? [] : layer,
    kind: organization.kind.sort(),
    sector: organization.sector.sort(),
    country: organization.country.sort(),
    language: organization.language.sort(),
    oblast: community.oblast.sort(),
  };
}

/** A stable key of the filters (values sorted by the parser), for caches. */
export function mapFiltersKey(filters: MapFilters): string {
  return (["layer", "kind", "sector", "country", "language", "oblast"] as const)
    .map((key) => `${key}=${filters[key].join(",")}`)
    .join("&");
}

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

function finiteIn(value: string | undefined, min: number, max: number): number | null {
  if (value === undefined || !/^-?\d{1,3}(\.\d{1,8})?$/.test(value)) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}

export function parseMapView(params: RawParams): MapView {
  const lat = finiteIn(first(params, "lat"), -85, 85);
  const lng = finiteIn(first(params, "lng"), -180, 180);
  const zoom = finiteIn(first(params, "z"), MAP_MIN_ZOOM, MAP_MAX_ZOOM);
  if (lat === null || lng === null) return { ...DEFAULT_MAP_VIEW, zoom: zoom === null ? DEFAULT_MAP_VIEW.zoom : Math.round(zoom) };
  return { lat, lng, zoom: zoom === null ? DEFAULT_MAP_VIEW.zoom : Math.round(zoom) };
}

/** The map URL's query: filters, then the view (coordinates at 4 decimals keep links short). */
export function mapSearchParams(filters: MapFilters, view?: MapView, extra: { lines?: boolean } = {}): URLSearchParams {
  const params = filtersToSearchParams({ ...filters }, { sort: "name" });
  if (extra.lines) params.set("lines", "1");
  if (view) {
    params.set("lat", String(Math.round(view.lat * 1e4) / 1e4));
    params.set("lng", String(Math.round(view.lng * 1e4) / 1e4));
    params.set("z", String(view.zoom));
  }
  return params;
}
