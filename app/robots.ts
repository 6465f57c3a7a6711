// /robots.txt: crawl the public pages, not the sign-in machinery, the moderators' pages, people's
// accounts or the demo's outbox; the sitemap lists the rest. Absolute URLs from the one origin.
import type { MetadataRoute } from "next";
import { locales } from "@/lib/i18n/localized-text";
import { absoluteUrl } from "@/lib/site/origin";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const privatePaths = ["/admin", "/account", "/outbox"];
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/api/auth", ...privatePaths, ...locales.flatMap((locale) => privatePaths.map((path) => `/${locale}${path}`))],
    },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
