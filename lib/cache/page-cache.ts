// Which public pages a visitor without a session gets from Next's page cache, and under which
// key (docs/decisions/0019-page-cache-with-tags.md, generalising 0014's directory pages). A key
// holds the version of every tag the page shows (lib/cache/tags.ts) and, for pages that read
// their query, the query itself, sorted: a write to what the page shows moves the key, so the
// next request renders it anew; a write to anything else leaves it served from the cache.
// Isomorphic: the proxy decides with it, the cached route reads its keys back.
import { localeAlternation } from "@/lib/i18n/localized-text";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie";
import { directoryCacheKey, type Directory } from "@/lib/search/directory-cache";
import { SECTION_TAGS, tagsVersion } from "./tags";

/** The pages the cached route knows how to render (app/[locale]/cached/page/…). */
export type CachedPageId = "home" | "list" | "map" | "post" | "profile";

interface Route {
  id: CachedPageId;
  pattern: RegExp;
  /** The tags of what the page shows, given the pattern's match. */
  tags: (match: RegExpExecArray) => readonly string[];
  /** Whether the page reads its query string (lists, the map). */
  query: boolean;
}

// Posts and lists name their organiser (an organisation or a community): edits to those count.
const owners = ["organizations", "communities"];
const routes: Route[] = [
  { id: "home", pattern: /^$/, tags: () => SECTION_TAGS, query: false },
  {
    id: "list",
    pattern: /^(events|needs|partnerships|announcements|polls)$/,
    tags: (m) => [m[1]!, ...owners, ...(m[1] === "partnerships" ? ["needs"] : [])],
    query: true,
  },
  { id: "map", pattern: /^map$/, tags: () => owners, query: true },
  {
    id: "post",
    // The segments beside [slug] (events/new, partnerships/proposals) are forms and queues.
    pattern: /^(events|partnerships|announcements|polls)\/(?!new$|proposals$)([^/]+)$/,
    // An event's page links the dialogue of its session (issue 19).
    tags: (m) => [m[1]!, ...owners, ...(m[1] === "partnerships" ? ["needs"] : []), ...(m[1] === "events" ? ["dialogues"] : [])],
    query: false,
  },
  // A profile shows its partnerships, events, announcements, needs and polls: every section.
  { id: "profile", pattern: /^(organizations|communities)\/(?!new$)([^/]+)$/, tags: () => SECTION_TAGS, query: false },
];

/** Longer queries are rare (many facets ticked) and rendered per request. */
const MAX_KEY_QUERY_LENGTH = 400;

/** A query with Next's own parameter dropped and the rest sorted, so equal queries share a key. */
export function sortedQuery(params: URLSearchParams): string {
  const pairs = [...params].filter(([name]) => name !== "_rsc");
  pairs.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return new URLSearchParams(pairs).toString();
}

function routeOf(path: string): { route: Route; match: RegExpExecArray } | null {
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (match) return { route, match };
  }
  return null;
}

/** The tags of the page at `path` (after the locale, no slashes around: "events/my-event"); null if not cached. */
export function tagsOfPage(path: string): readonly string[] | null {
  const found = routeOf(path);
  return found ? found.route.tags(found.match) : null;
}

/**
 * Where the proxy sends a visitor's request for /{locale}/{path}?{params}: the path of its
 * cached copy, or null when it is rendered per request (a page we do not cache, a long query).
 */
export function cachedPagePath(locale: string, path: string, params: URLSearchParams): string | null {
  const clean = path.replace(/^\/+|\/+$/g, "");
  if (clean === "organizations" || clean === "communities") {
    const key = directoryCacheKey(clean as Directory, params);
    return key ? `/${locale}/cached/${clean}/${key}` : null;
  }
  const found = routeOf(clean);
  if (!found) return null;
  const query = found.route.query ? sortedQuery(params) : "";
  if (query.length > MAX_KEY_QUERY_LENGTH) return null;
  const key = `${tagsVersion(found.route.tags(found.match))}.${Buffer.from(query, "utf8").toString("base64url")}`;
  return `/${locale}/cached/page/${key}${clean ? `/${clean}` : ""}`;
}

/** What a cached route's key and path stand for; null for a key no proxy made or a page not cached. */
export function readCachedPage(
  key: string,
  segments: readonly string[],
): { id: CachedPageId; path: string[]; searchParams: Record<string, string | string[]> } | null {
  const match = /^\d+\.([A-Za-z0-9_-]*)$/.exec(key);
  if (!match) return null;
  // As Next gives them, like the [slug] of the page rendered per request.
  const path = [...segments];
  const found = routeOf(path.join("/"));
  if (!found) return null;
  const searchParams: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(Buffer.from(match[1]!, "base64url").toString("utf8"))) {
    const before = searchParams[name];
    searchParams[name] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
  }
  return { id: found.route.id, path, searchParams };
}

const localePath = new RegExp(`^/(${localeAlternation})(?:/(.*))?$`);

/** The proxy's decision for one request: the path of its cached copy, or null to render it per request. */
export function visitorCachedPath(request: {
  method: string;
  pathname: string;
  searchParams: URLSearchParams;
  hasCookie: (name: string) => boolean;
}): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const match = localePath.exec(request.pathname);
  if (!match) return null;
  // Signed-in people get the page rendered for them (edit links, their vote, their memberships,
  // and their edits must show at once); so does anyone whose request carries a session cookie.
  if (SESSION_COOKIE_NAMES.some((name) => request.hasCookie(name))) return null;
  return cachedPagePath(match[1]!, match[2] ?? "", request.searchParams);
}
