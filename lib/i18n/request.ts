import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import type en from "../../messages/en.json";
import type uk from "../../messages/uk.json";
import { routing, timeZone } from "./routing";

// Both languages carry exactly the same keys: a key added to one file only fails `tsc`.
type AssertTrue<T extends true> = T;
export type UkHasEveryEnglishKey = AssertTrue<typeof uk extends typeof en ? true : false>;
export type EnHasEveryUkrainianKey = AssertTrue<typeof en extends typeof uk ? true : false>;

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
