import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireLocale } from "@/lib/i18n/locale-param";

// Any path under a locale that no route matches: the localized not-found page, inside the
// site's layout (the root app/not-found.tsx would show outside it).
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "notFound" });
  return { title: t("title") };
}

export default function CatchAllPage() {
  notFound();
}
