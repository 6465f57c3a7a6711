import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./localized-text";

export const routing = defineRouting({
  locales,
  defaultLocale,
  // Every URL names its language, so a shared link opens in the language it was shared in.
  localePrefix: "always",
  localeDetection: true,
});

/** One zone for server and browser, so a date never renders differently after hydration. */
export const timeZone = "Europe/Kyiv";
