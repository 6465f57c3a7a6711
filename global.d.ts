// Types next-intl's keys and locales from the English messages, so a key missing from
// en.json, or a typo in one, fails `tsc`. (That uk.json has the same keys is asserted in
// lib/i18n/request.ts: errors inside a .d.ts are skipped under skipLibCheck.)
import type { routing } from "@/lib/i18n/routing";
import type en from "./messages/en.json";

declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof en;
  }
}
