import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { AccountLinks } from "./account-links";
import { LanguageSwitch } from "./language-switch";
import { MobileMenu } from "./mobile-menu";
import { PrimaryNav } from "./primary-nav";

export function SiteHeader() {
  const t = useTranslations();
  return (
    <header className="relative border-b border-line bg-surface print:hidden">
      <div aria-hidden="true" className="flex h-1">
        <div className="flex-1 bg-brand" />
        <div className="flex-1 bg-accent" />
      </div>
      {/* One row at every width: below lg the sections are in the menu; from lg the row holds the
          main sections, "More" (the rest) and the account links, with the languages as codes, which
          fits 976 px (1024 minus padding) in Ukrainian for a moderator. The site name shows beside
          the globe from xl. tests/e2e/phone-fit.spec.ts measures it. */}
      <div className="mx-auto flex max-w-6xl flex-nowrap items-center justify-between gap-3 px-4 py-2 sm:px-6 xl:max-w-7xl">
        <Link
          href="/"
          className="flex min-h-11 min-w-0 items-center gap-2 rounded-md font-bold text-ink no-underline hover:text-brand-strong"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="h-7 w-7 shrink-0 text-brand"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
          >
            <circle cx="12" cy="12" r="9.5" />
            <path d="M2.5 12h19M12 2.5c2.6 2.8 3.9 6 3.9 9.5s-1.3 6.7-3.9 9.5c-2.6-2.8-3.9-6-3.9-9.5S9.4 5.3 12 2.5z" />
          </svg>
          <span className="text-lg leading-tight lg:sr-only xl:not-sr-only xl:whitespace-nowrap">{t("metadata.siteName")}</span>
        </Link>
        <PrimaryNav layout="row" className="hidden lg:block" />
        <div className="flex shrink-0 items-center gap-1 sm:gap-2">
          <div className="hidden lg:block">
            <AccountLinks layout="row" />
          </div>
          <LanguageSwitch />
          <MobileMenu label={t("nav.menu")} className="lg:hidden">
            <PrimaryNav layout="column" />
            <AccountLinks layout="column" />
          </MobileMenu>
        </div>
      </div>
    </header>
  );
}
