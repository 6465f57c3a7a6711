// sitemap.xml documents (sitemaps.org 0.9 with xhtml:link hreflang alternates, as Google reads
// them). Pure: lib/stats/sitemap.ts gives the pages, this writes each once per locale, every
// <url> naming all of the page's language versions.

/** The protocol's limit per file; past it /sitemap.xml becomes an index of files. */
export const MAX_URLS_PER_FILE = 50_000;

export interface SitemapPage {
  /** Path without locale: "/" or "/organizations/some-slug". */
  path: string;
  lastModified?: Date;
}

const escapeXml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[char] ?? char);

const localized = (origin: string, locale: string, path: string) =>
  escapeXml(new URL(`/${locale}${path === "/" ? "" : path}`, origin).toString());

export function urlsetXml(pages: SitemapPage[], origin: string, locales: readonly string[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  for (const page of pages) {
    const alternates = locales
      .map((locale) => `<xhtml:link rel="alternate" hreflang="${locale}" href="${localized(origin, locale, page.path)}"/>`)
      .join("");
    const lastmod = page.lastModified ? `<lastmod>${page.lastModified.toISOString()}</lastmod>` : "";
    for (const locale of locales) lines.push(`<url><loc>${localized(origin, locale, page.path)}</loc>${lastmod}${alternates}</url>`);
  }
  lines.push("</urlset>", "");
  return lines.join("\n");
}

export function sitemapIndexXml(files: string[]): string {
  const entries = files.map((file) => `<sitemap><loc>${escapeXml(file)}</loc></sitemap>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    "</sitemapindex>",
    "",
  ].join("\n");
}

export const XML_HEADERS = { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" };
