import { describe, expect, it } from "vitest";
import { sitemapIndexXml, urlsetXml } from "./sitemap-xml";

describe("urlsetXml", () => {
  it("writes each page once per locale, every <url> naming all language versions", () => {
    const xml = urlsetXml(
      [{ path: "/" }, { path: "/events/a&b", lastModified: new Date("2026-11-22T12:00:00Z") }],
      "https://atlas.example",
      ["uk", "en"],
    );
    expect(xml).toContain(
      '<url><loc>https://atlas.example/uk</loc><xhtml:link rel="alternate" hreflang="uk" href="https://atlas.example/uk"/><xhtml:link rel="alternate" hreflang="en" href="https://atlas.example/en"/></url>',
    );
    expect(xml).toContain("<url><loc>https://atlas.example/en/events/a&amp;b</loc><lastmod>2026-11-22T12:00:00.000Z</lastmod>");
    expect(xml.match(/<url>/g)).toHaveLength(4);
  });
});

describe("sitemapIndexXml", () => {
  it("names each file", () => {
    expect(sitemapIndexXml(["https://atlas.example/sitemaps/0.xml"])).toContain(
      "<sitemap><loc>https://atlas.example/sitemaps/0.xml</loc></sitemap>",
    );
  });
});
