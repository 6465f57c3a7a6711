// GET /sitemap.xml — every public page in both languages with hreflang alternates; past 50,000
// URLs a sitemap index of /sitemaps/<n>.xml. Route handlers rather than app/sitemap.ts: Next's
// generateSitemaps writes the split files but no index naming them, which robots.txt needs.
import { withRateLimit } from "@/lib/http/with-rate-limit";
import { locales } from "@/lib/i18n/localized-text";
import { siteOrigin } from "@/lib/site/origin";
import { sitemapFileCount, sitemapPages } from "@/lib/stats/queries";
import { sitemapIndexXml, urlsetXml, XML_HEADERS } from "@/lib/stats/sitemap-xml";

export const dynamic = "force-dynamic";

export const GET = withRateLimit("feed", async () => {
  const origin = siteOrigin().origin;
  const files = await sitemapFileCount();
  const body =
    files === 1
      ? urlsetXml(await sitemapPages(0), origin, locales)
      : sitemapIndexXml(Array.from({ length: files }, (_, index) => new URL(`/sitemaps/${index}.xml`, origin).toString()));
  return new Response(body, { headers: XML_HEADERS });
});
