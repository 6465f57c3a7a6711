// The registry of the read API: every collection under /api/v1 with the zod schemas of its query
// and its item. The routes read their queries through it (lib/api/routes.ts), the OpenAPI
// document (lib/api/openapi.ts) and the API page are generated from it: what is served and what
// is documented come from one table.
import type { z } from "zod";
import * as schemas from "./schemas";

export interface Collection {
  summary: string;
  query: z.ZodObject;
  item: z.ZodObject;
  /** Streamed downloads of every matching row (lib/export/), where the kind has a point to map. */
  downloads: readonly ("csv" | "geojson")[];
}

export const collections = {
  organizations: {
    summary: "Organisations abroad, as the directory searches them",
    query: schemas.organizationsQuery,
    item: schemas.organizationItem,
    downloads: ["csv", "geojson"],
  },
  communities: {
    summary: "Ukraine's territorial communities (hromadas)",
    query: schemas.communitiesQuery,
    item: schemas.communityItem,
    downloads: ["csv", "geojson"],
  },
  needs: {
    summary: "Open needs that communities registered",
    query: schemas.needsQuery,
    item: schemas.needItem,
    downloads: ["csv", "geojson"],
  },
  partnerships: {
    summary: "Agreed partnerships between communities and organisations",
    query: schemas.partnershipsQuery,
    item: schemas.partnershipItem,
    downloads: [],
  },
  events: {
    summary: "Events of organisations and communities",
    query: schemas.eventsQuery,
    item: schemas.eventItem,
    downloads: ["csv", "geojson"],
  },
  announcements: {
    summary: "Announcements of organisations and communities",
    query: schemas.announcementsQuery,
    item: schemas.announcementItem,
    downloads: [],
  },
  polls: { summary: "Results of closed polls", query: schemas.pollsQuery, item: schemas.pollItem, downloads: [] },
} as const satisfies Record<string, Collection>;

export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];

export interface Resource {
  summary: string;
  /** The few that answer a typed text (the place search). */
  query?: z.ZodObject;
  response: z.ZodObject;
}

/** Single documents beside the collections: one JSON body, most without a query. */
export const resources = {
  stats: { summary: "The observatory's charts: counts per group, small groups suppressed", response: schemas.statsResponse },
  codebook: {
    summary: "The data dictionary: every column of every download and every code, in Ukrainian and English",
    response: schemas.codebookResponse,
  },
  recovery: {
    summary:
      "Where the help went: public milestones of partnerships, and their money as IATI transactions (pledged, paid out, spent), with totals per currency. Also as CSV at /api/v1/recovery.csv",
    query: schemas.recoveryQuery,
    response: schemas.recoveryResponse,
  },
  places: {
    summary: "Towns of the gazetteer whose names fit a typed text, at most 10, for place pickers",
    query: schemas.placesQuery,
    response: schemas.placesResponse,
  },
} as const satisfies Record<string, Resource>;

export type ResourceName = keyof typeof resources;
export const resourceNames = Object.keys(resources) as ResourceName[];

export const API_BASE = "/api/v1";
export const listPath = (name: CollectionName) => `${API_BASE}/${name}`;
export const itemPath = (name: CollectionName, slug = "{slug}") => `${API_BASE}/${name}/${slug}`;
export const downloadPath = (name: CollectionName, format: "csv" | "geojson") => `${API_BASE}/${name}.${format}`;
export const resourcePath = (name: ResourceName) => `${API_BASE}/${name}`;
export const OPENAPI_PATH = `${API_BASE}/openapi.json`;
