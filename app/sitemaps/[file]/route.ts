// GET /sitemaps/<n>.xml — one file of a split sitemap (named by /sitemap.xml's index).
import type { NextRequest } from "next/server";
import { withRateLimit } from "@/lib/http/with-rate-limit";
import { locales } from "@/lib/i18n/localized-text";
import { siteOrigin } from "@/lib/site/origin";
import { sitemapFileCount, sitemapPages } from "@/lib/stats/queries";
import { urlsetXml, XML_HEADERS } from "@/lib/stats/sitemap-xml";

export const dynamic = "force-dynamic";

export const GET = withRateLimit("feed", async (_request: NextRequest, { params }: { params: Promise<{ file: string }> }) => {
  const index = /^\d{1,6}\.xml$/.test((await params).file) ? Number.parseInt((await params).file, 10) : -1;
  if (index < 0 || index >= (await sitemapFileCount()))
    return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain" } });
  return new Response(urlsetXml(await sitemapPages(index), siteOrigin().origin, locales), { headers: XML_HEADERS });
});
