import "server-only";
// The route handlers of the read API, one pair per collection of lib/api/endpoints.ts:
//   export const GET = listRoute("needs");            app/api/v1/needs/route.ts
//   export const GET = itemRoute("needs");            app/api/v1/needs/[slug]/route.ts
// A query is checked against the collection's zod schema before any read; `loaders` must name a
// reader for every registered collection, so a documented endpoint cannot lack its handler.
import type { NextRequest } from "next/server";
import { onSite } from "@/lib/site/origin";
import { collections, type CollectionName } from "./endpoints";
import * as queries from "./queries";
import { ApiError, encodeCursor, readQuery } from "./query";
import { apiGet, jsonResponse, latestUpdate } from "./respond";
import { itemQuery } from "./schemas";

type Row = { updatedAt: string };
interface Loader {
  list: (params: URLSearchParams, paging: queries.Paging, locale: queries.Locale) => Promise<queries.Page<Row>>;
  one: (slug: string, locale: queries.Locale) => Promise<Row | null>;
}

const loaders: Record<CollectionName, Loader> = {
  organizations: { list: queries.listOrganizations, one: queries.getOrganization },
  communities: { list: queries.listCommunities, one: queries.getCommunity },
  needs: { list: queries.listNeeds, one: queries.getNeed },
  partnerships: { list: queries.listPartnerships, one: queries.getPartnership },
  events: { list: queries.listEvents, one: queries.getEvent },
  announcements: { list: queries.listAnnouncements, one: queries.getAnnouncement },
  polls: { list: queries.listPolls, one: queries.getPoll },
};

/** Links to the site's pages in ?locale= (English unless asked). */
const linkLocale = (params: URLSearchParams): queries.Locale => (params.get("locale") === "uk" ? "uk" : "en");

export function listRoute(name: CollectionName) {
  return apiGet(async (request: NextRequest) => {
    const params = request.nextUrl.searchParams;
    const paging = readQuery(collections[name].query, params);
    const { items, total, next, extra = {} } = await loaders[name].list(params, paging, linkLocale(params));
    const self = onSite(request.nextUrl);
    const nextCursor = next && encodeCursor(next);
    const nextUrl = nextCursor ? new URL(self) : null;
    nextUrl?.searchParams.set("cursor", nextCursor!);
    nextUrl?.searchParams.delete("page");
    const { facets, ...meta } = extra;
    const body = {
      data: items,
      meta: { total, limit: paging.limit, nextCursor, ...meta },
      ...(facets ? { facets } : {}),
      links: { self: self.toString(), next: nextUrl?.toString() ?? null },
    };
    return jsonResponse(request, body, latestUpdate(items));
  });
}

export function itemRoute(name: CollectionName) {
  return apiGet(async (request: NextRequest, context: { params: Promise<{ slug: string }> }) => {
    const params = request.nextUrl.searchParams;
    readQuery(itemQuery, params);
    const { slug } = await context.params;
    const item = await loaders[name].one(slug, linkLocale(params));
    if (!item) throw new ApiError(404, "Not found", `No public item of ${name} has the address "${slug}".`);
    return jsonResponse(request, { data: item }, new Date(item.updatedAt));
  });
}
