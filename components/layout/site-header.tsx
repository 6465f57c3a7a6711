import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { AccountLinks } from "./account-links";
import { LanguageSwitch } from "./language-switch";
import { MobileMenu } from "./mobile-menu";
import { PrimaryNav } from "./primary-nav";

export function SiteHeader() {
  const t = useTranslations();
  return (
    <header className="relative border-b border-line bg-surface">
      <div aria-hidden="true" className="flex h-1">
        <div className="flex-1 bg-brand" />
        <div className="flex-1 bg-accent" />
      </div>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-2 sm:px-6 xl:max-w-7xl">
        <Link href="/" className="flex min-h-11 items-center gap-2 rounded-md font-bold text-ink no-underline hover:text-brand-strong">
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
          <span className="text-lg leading-tight">{t("metadata.siteName")}</span>
        </Link>
        <PrimaryNav layout="row" className="hidden xl:block" />
        <div className="flex items-center gap-1 sm:gap-2">
          <div className="hidden xl:block">
            <AccountLinks layout="row" />
          </div>
          <LanguageSwitch />
          <MobileMenu label={t("nav.menu")} className="xl:hidden">
            <PrimaryNav layout="column" />
            <AccountLinks layout="column" />
          </MobileMenu>
        </div>
      </div>
    </header>
  );
}
