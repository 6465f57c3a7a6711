import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import type de from "../../messages/de.json";
import type en from "../../messages/en.json";
import type fr from "../../messages/fr.json";
import type it from "../../messages/it.json";
import type pl from "../../messages/pl.json";
import type uk from "../../messages/uk.json";
import { routing, timeZone } from "./routing";

// Every language carries exactly the English keys: a key added to one file only fails `tsc`
// (and lib/i18n/messages.test.ts, which also checks placeholders, plurals and leftovers).
type AssertTrue<T extends true> = T;
type SameKeys<A, B> = A extends B ? (B extends A ? true : false) : false;
export type UkHasEnglishKeys = AssertTrue<SameKeys<typeof uk, typeof en>>;
export type DeHasEnglishKeys = AssertTrue<SameKeys<typeof de, typeof en>>;
export type FrHasEnglishKeys = AssertTrue<SameKeys<typeof fr, typeof en>>;
export type PlHasEnglishKeys = AssertTrue<SameKeys<typeof pl, typeof en>>;
export type ItHasEnglishKeys = AssertTrue<SameKeys<typeof it, typeof en>>;

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    // Event times will carry their own zone; this is for dates such as "last updated".
    timeZone,
  };
});
