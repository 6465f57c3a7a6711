import { notFound } from "next/navigation";
import { hasLocale, type Locale } from "next-intl";
import { routing } from "./routing";

/**
 * The `[locale]` route parameter as a known locale. The layout already answers 404 for any
 * other value; pages and generateMetadata call this to get the narrowed type (and the same 404).
 */
export function requireLocale(value: string): Locale {
  if (!hasLocale(routing.locales, value)) notFound();
  return value;
}
