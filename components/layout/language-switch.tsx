"use client";
import { Suspense } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";

/** Links to the same page in each language, keeping the query (filters, page). */
export function LanguageSwitch() {
  return (
    // useSearchParams needs a Suspense boundary on prerendered pages; until it resolves the
    // links point to the same path without the query.
    <Suspense fallback={<LanguageLinks query={{}} />}>
      <LanguageLinksWithQuery />
    </Suspense>
  );
}

function LanguageLinksWithQuery() {
  const params = useSearchParams();
  return <LanguageLinks query={Object.fromEntries(params.entries())} />;
}

function LanguageLinks({ query }: { query: Record<string, string> }) {
  const t = useTranslations("languageSwitch");
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")}>
      <ul className="flex items-center gap-1">
        {routing.locales.map((locale) => (
          <li key={locale}>
            <Link
              href={{ pathname, query }}
              locale={locale}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              className="flex min-h-11 items-center rounded-md px-2 text-sm font-medium text-ink no-underline hover:bg-brand-soft aria-[current]:bg-brand-soft aria-[current]:text-brand-strong sm:px-3 lg:px-2"
            >
              {/* Codes where room is short: on phones, and beside the desktop row's links (from lg). */}
              <span aria-hidden="true" className="sm:hidden lg:inline">
                {t(`${locale}Short`)}
              </span>
              <span className="sr-only sm:not-sr-only lg:sr-only">{t(locale)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
