// Feeds live outside /[locale] (a calendar app subscribes to one fixed URL), so they take the
// language from ?locale=, falling back to the site's default.
import { hasLocale, type Locale } from "next-intl";
import { routing } from "@/lib/i18n/routing";

export function feedLocale(params: URLSearchParams): Locale {
  const wanted = params.get("locale");
  return wanted && hasLocale(routing.locales, wanted) ? wanted : routing.defaultLocale;
}
