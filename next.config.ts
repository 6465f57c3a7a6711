import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Our server (scripts/serve.mts) compresses, after it has put the script hashes of a cached
  // page in its Content-Security-Policy; it also sets every security header (lib/http).
  compress: false,
  // Decided explicitly (STACK.md §1): off until lists move to `'use cache'` + cacheTag.
  cacheComponents: false,
  // Cached directory pages (docs/decisions/0014) live in memory only, in the default 50 MB LRU:
  // every distinct search is a page, and written to disk they would pile up without bound.
  // Server actions take up to 21 MB: the organisations import takes files up to 20 MB
  // (lib/organization/schema.ts MAX_IMPORT_BYTES), and says so itself below that.
  experimental: { isrFlushToDisk: false, serverActions: { bodySizeLimit: "21mb" } },
  // A shared cache in front (CDN, reverse proxy) may serve a cached page stale while it fetches
  // a new one, for an hour at most (Next's default is a year).
  expireTime: 3600,
  // PGlite ships a wasm binary and data files the bundler must not touch.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  // The map's static outlines and place names (public/basemap/): Next.js sends public files with
  // max-age=0; they change only with a deploy, so a day fresh and a week served while revalidated.
  async headers() {
    return [
      { source: "/basemap/:file*", headers: [{ key: "Cache-Control", value: "public, max-age=86400, stale-while-revalidate=604800" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
