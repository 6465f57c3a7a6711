"use client";
import { Suspense } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { localeNames, type Locale } from "@/lib/i18n/localized-text";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { HeaderDisclosure } from "./mobile-menu";

/** What the closed switch shows: short, so six languages fit a 360 px header. */
const shortNames: Record<Locale, string> = { uk: "УКР", en: "EN", de: "DE", fr: "FR", pl: "PL", it: "IT" };

/**
 * The six languages behind one button in the header. Each link opens the same page in that
 * language and keeps the query (filters, page). Each name is written in its own language,
 * so a reader finds theirs whichever language the page is in.
 */
export function LanguageSwitch() {
  const t = useTranslations("languageSwitch");
  const current = useLocale();
  return (
    <HeaderDisclosure
      id="language-switch"
      className="relative"
      summary={
        <>
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8">
            <circle cx="12" cy="12" r="9.5" />
            <path d="M2.5 12h19M12 2.5c2.6 2.8 3.9 6 3.9 9.5s-1.3 6.7-3.9 9.5c-2.6-2.8-3.9-6-3.9-9.5S9.4 5.3 12 2.5z" />
          </svg>
          <span aria-hidden="true">{shortNames[current]}</span>
          <span className="sr-only">
            {t("label")}: {localeNames[current]}
          </span>
        </>
      }
      summaryClassName="flex min-h-11 list-none items-center gap-1 rounded-md px-2 text-sm font-medium text-ink hover:bg-brand-soft hover:text-brand-strong"
      panelClassName="absolute right-0 top-full z-30 mt-1 min-w-44 rounded-md border border-line bg-surface p-2 shadow-lg"
    >
      {/* useSearchParams needs a Suspense boundary on prerendered pages; until it resolves the
          links point to the same path without the query. */}
      <Suspense fallback={<LanguageLinks label={t("label")} query={{}} />}>
        <LanguageLinksWithQuery label={t("label")} />
      </Suspense>
    </HeaderDisclosure>
  );
}

function LanguageLinksWithQuery({ label }: { label: string }) {
  const params = useSearchParams();
  return <LanguageLinks label={label} query={Object.fromEntries(params.entries())} />;
}

function LanguageLinks({ label, query }: { label: string; query: Record<string, string> }) {
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-col gap-1">
        {routing.locales.map((locale) => (
          <li key={locale}>
            <Link
              href={{ pathname, query }}
              locale={locale}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              className="flex min-h-11 items-center rounded-md px-3 text-ink no-underline hover:bg-brand-soft aria-[current]:bg-brand-soft aria-[current]:font-semibold aria-[current]:text-brand-strong"
            >
              {localeNames[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
