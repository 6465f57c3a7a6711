// What the pages of one public listing (/organizations/[slug], /events/[slug], …) share: one read
// for generateMetadata and the page, a "not found" title, and a 404 for what the public may not see.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import type { MessagePath } from "@/components/layout/page";
import { perRequest } from "@/lib/cache/shared-render";
import { requireLocale } from "@/lib/i18n/locale-param";

export type SlugParams = Promise<{ locale: string; slug: string }>;

/**
 * The listing's public read, run once per request however many callers ask (React's cache),
 * rendered per request. The read answers null for a missing slug and for a listing the public
 * may not see (pending, hidden), so both look the same from outside.
 */
export function publicRead<T>(read: (slug: string) => Promise<T | null>) {
  return cache(async (slug: string) => {
    await perRequest(); // except the shared copy of a public page (lib/cache/shared-render.ts)
    return read(slug);
  });
}

/** generateMetadata of a listing's page: the `notFound` title when the read finds nothing, else `describe`. */
export function detailMetadata<T>(
  load: (slug: string) => Promise<T | null>,
  notFoundTitle: MessagePath,
  describe: (item: T, locale: Locale, slug: string) => Metadata | Promise<Metadata>,
) {
  return async function generateMetadata({ params }: { params: SlugParams }): Promise<Metadata> {
    const { locale: localeParam, slug } = await params;
    const locale = requireLocale(localeParam);
    const item = await load(slug);
    if (!item) return { title: (await getTranslations({ locale }))(notFoundTitle) };
    return describe(item, locale, slug);
  };
}

/**
 * The page's locale, slug and listing; 404 when the read finds nothing. `whenMissing` runs first,
 * for pages that can still send the visitor somewhere (it redirects or returns).
 */
export async function openDetail<T>(
  params: SlugParams,
  load: (slug: string) => Promise<T | null>,
  whenMissing?: (slug: string, locale: Locale) => Promise<void>,
) {
  const { locale: localeParam, slug } = await params;
  const locale = requireLocale(localeParam);
  setRequestLocale(locale);
  const item = await load(slug);
  if (!item) {
    await whenMissing?.(slug, locale);
    notFound();
  }
  return { locale, slug, item };
}

/** The canonical address of a listing's page and its other-language twin, for search engines. */
/** Open Graph's locale: language and main country of use. */
const openGraphLocale: Record<Locale, string> = { uk: "uk_UA", en: "en_GB", de: "de_DE", fr: "fr_FR", pl: "pl_PL", it: "it_IT" };

export function listingAlternates(locale: Locale, path: string): NonNullable<Metadata["alternates"]> {
  // The language versions are in every page's head already (components/layout/hreflang-links.tsx).
  return { canonical: `/${locale}${path}` };
}

/** A profile's title, description, addresses and link preview (Open Graph). */
export function profileMetadata(
  locale: Locale,
  path: string,
  type: "website" | "profile",
  title: string | undefined,
  description: string | undefined,
): Metadata {
  return {
    title,
    description,
    alternates: listingAlternates(locale, path),
    openGraph: { type, title, description, locale: openGraphLocale[locale], siteName: "Diaspora Atlas" },
  };
}
