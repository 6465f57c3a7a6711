import { siteOrigin } from "@/lib/site/origin";
import "../globals.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { HreflangLinks } from "@/components/layout/hreflang-links";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { VIEWER_HINT_SCRIPT } from "@/lib/auth/viewer-hint";
import { pickClientMessages } from "@/lib/i18n/client-messages";
import { routing } from "@/lib/i18n/routing";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "metadata" });
  return {
    title: { template: t("titleTemplate"), default: t("siteName") },
    description: t("description"),
    applicationName: t("siteName"),
    // Relative metadata URLs (alternates, Open Graph) become absolute on the configured origin.
    metadataBase: new URL(siteOrigin().origin),
  };
}

// No loading.tsx (and no <Suspense> around page content), on purpose:
// - a loading boundary starts the response before the page runs, so a page's notFound() can
//   no longer set the status: a missing profile would answer 200 (with noindex);
// - streamed content arrives hidden and is revealed by an inline script, so without
//   JavaScript a visitor would see the skeleton forever.
// Our reads take milliseconds; the page is sent whole.
export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, messages] = await Promise.all([getTranslations({ locale, namespace: "nav" }), getMessages({ locale })]);
  return (
    // The script below marks <html> before the first paint (data-viewer, data-js), so React is
    // told not to mind attributes it did not render there.
    <html lang={locale} suppressHydrationWarning>
      <head>
        {/* Which header links fit this browser's session, read from a hint cookie before the body is
            painted: the HTML stays the same for everyone (lib/auth/viewer-hint.ts). */}
        <script dangerouslySetInnerHTML={{ __html: VIEWER_HINT_SCRIPT }} />
      </head>
      <body className="flex min-h-screen flex-col antialiased">
        <NextIntlClientProvider messages={pickClientMessages(messages)}>
          <NuqsAdapter>
            {/* React places these <link>s in the head; inside the provider, where the locale is known. */}
            <HreflangLinks origin={siteOrigin().origin} />
            <SkipLink label={t("skipToContent")} />
            <SiteHeader />
            <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 pt-8 focus:outline-none sm:px-6">
              {children}
            </main>
            <SiteFooter />
          </NuqsAdapter>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
