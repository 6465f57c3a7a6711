// URL slugs for new listings: Latin (Ukrainian text romanised by the official 2010 system, as
// search does), lower case, hyphens. Slugs are stable: they are made once and never follow a rename.
import { transliterate } from "@/lib/search/transliterate";

export function slugFrom(text: string, maxLength = 60): string {
  const slug = latinSlug(transliterate(text)).slice(0, maxLength).replace(/-+$/g, "");
  return slug || "listing";
}

/** Latin text as a slug: accents and apostrophes dropped, anything else between words a hyphen.
 *  Other scripts are dropped too: slugFrom romanises Ukrainian first. */
export function latinSlug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[łŁ]/g, "l")
    .replace(/[ßẞ]/g, "ss")
    .replace(/[’'ʼ`]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Whether a slug from a URL can be looked up at all. PostgreSQL text cannot hold NUL, so
 * "/events/a%00b" would fail the query (a 500) instead of finding nothing (a 404).
 */
export function lookableSlug(slug: string): boolean {
  return slug.length > 0 && slug.length <= 300 && !slug.includes("\u0000");
}
