// Which directory requests the proxy may answer from the page cache, and under which key
// (docs/decisions/0014-cached-directory-pages.md). The key is the canonical query of the
// parsed filters, so "?sector=A&q=x", "?q=x&sector=A&_rsc=…" and "?q=x&sector=A&bogus=1" share
// one entry, plus the version of the directory's tags (lib/cache/tags.ts), so a change written
// here (moderation, an edit) is never answered from an older copy, and a change to events or
// polls leaves the directory's pages cached. Isomorphic: the proxy (through
// lib/cache/page-cache.ts, which decides for every cached page) and the cached pages use it.
import { tagsVersion } from "@/lib/cache/tags";
import { communityFiltersToSearchParams, parseCommunityFilters } from "@/lib/community/filters";
import { organizationFiltersToSearchParams, parseOrganizationFilters } from "@/lib/organization/filters";

export type Directory = "organizations" | "communities";

/** What a directory page shows: a community's card lists the sectors of its open needs. */
export const DIRECTORY_TAGS: Record<Directory, readonly string[]> = {
  organizations: ["organizations"],
  communities: ["communities", "needs"],
};

/** How long a cached directory page is served before it is rendered again in the background. */
export const DIRECTORY_CACHE_SECONDS = 60;

/** Longer canonical queries are rare (many facets ticked) and rendered per request. */
const MAX_KEY_QUERY_LENGTH = 400;

function canonicalQuery(directory: Directory, params: URLSearchParams): string {
  const query =
    directory === "organizations"
      ? organizationFiltersToSearchParams(parseOrganizationFilters(params))
      : communityFiltersToSearchParams(parseCommunityFilters(params));
  return query.toString();
}

/** The cache key of a directory request, or null when it should be rendered per request. */
export function directoryCacheKey(
  directory: Directory,
  params: URLSearchParams,
  version = tagsVersion(DIRECTORY_TAGS[directory]),
): string | null {
  const query = canonicalQuery(directory, params);
  if (query.length > MAX_KEY_QUERY_LENGTH) return null;
  return `${version}.${Buffer.from(query, "utf8").toString("base64url")}`;
}

/** The query a cache key stands for; null for a key no proxy made (someone typed the path). */
export function queryOfDirectoryCacheKey(key: string): URLSearchParams | null {
  const match = /^\d+\.([A-Za-z0-9_-]*)$/.exec(key);
  if (!match) return null;
  return new URLSearchParams(Buffer.from(match[1]!, "base64url").toString("utf8"));
}
