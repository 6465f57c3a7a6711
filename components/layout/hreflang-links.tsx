"use client";
import { usePathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";

/**
 * Every page's versions in the six languages (and x-default: "/" picks one by the browser's
 * language), for search engines. In the layout rather than each page's metadata, so no page
 * can forget them; a client component because only the router knows the page's path here.
 * The origin is the configured one (lib/site/origin.ts), never the request's Host.
 */
export function HreflangLinks({ origin }: { origin: string }) {
  const pathname = usePathname();
  const path = pathname === "/" ? "" : pathname;
  return (
    <>
      {routing.locales.map((locale) => (
        <link key={locale} rel="alternate" hrefLang={locale} href={`${origin}/${locale}${path}`} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={`${origin}${path || "/"}`} />
    </>
  );
}
