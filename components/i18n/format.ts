// Dates and numbers in the page's language. next-intl formats with the route locale, and
// plain "en" means American conventions ("November 23, 2026"); the English copy is British,
// so formatting uses en-GB ("23 November 2026"). Use these instead of useFormatter/getFormatter.
import { createFormatter, useLocale, type Locale } from "next-intl";
import { formattingLocale } from "@/lib/i18n/dates";
import { timeZone } from "@/lib/i18n/routing";

export type AppFormatter = ReturnType<typeof createFormatter>;

const formatters = new Map<Locale, AppFormatter>();

export function formatterFor(locale: Locale): AppFormatter {
  let formatter = formatters.get(locale);
  if (!formatter) {
    // next-intl types `locale` as a route locale; the formatter accepts any BCP 47 tag.
    formatter = createFormatter({ locale: formattingLocale(locale) as Locale, timeZone });
    formatters.set(locale, formatter);
  }
  return formatter;
}

/** In components that are not async (server or client). */
export function useAppFormatter(): AppFormatter {
  return formatterFor(useLocale());
}
