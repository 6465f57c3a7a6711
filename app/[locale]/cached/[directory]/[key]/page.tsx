// The cached copy of /{locale}/organizations and /{locale}/communities
// (docs/decisions/0014-cached-directory-pages.md). proxy.ts rewrites a directory request
// without a session here, with the canonical query as the key; Next.js renders each key once
// and serves it from memory for DIRECTORY_CACHE_SECONDS, then renders it again in the
// background. Nothing here may read the request (cookies, headers, search params), or the page
// would stop being cacheable.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CommunityDirectory } from "@/components/community/community-directory";
import { OrganizationDirectory } from "@/components/organization/organization-directory";
import { parseCommunityFilters } from "@/lib/community/filters";
import { requireLocale } from "@/lib/i18n/locale-param";
import { parseOrganizationFilters } from "@/lib/organization/filters";
import { queryOfDirectoryCacheKey, type Directory } from "@/lib/search/directory-cache";

type Props = { params: Promise<{ locale: string; directory: string; key: string }> };

export const revalidate = 60; // DIRECTORY_CACHE_SECONDS; Next.js needs a literal here
export const dynamicParams = true;
export function generateStaticParams() {
  return []; // every key is rendered on first request
}

const namespaces: Record<Directory, "organization" | "community"> = { organizations: "organization", communities: "community" };

function directoryOf(value: string): Directory {
  if (value !== "organizations" && value !== "communities") notFound();
  return value;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, directory } = await params;
  const t = await getTranslations({ locale: requireLocale(locale), namespace: namespaces[directoryOf(directory)] });
  return { title: t("listTitle") };
}

export default async function CachedDirectoryPage({ params }: Props) {
  const { locale: raw, directory, key } = await params;
  const locale = requireLocale(raw);
  setRequestLocale(locale);
  const query = queryOfDirectoryCacheKey(key);
  if (!query) notFound();
  return directoryOf(directory) === "organizations" ? (
    <OrganizationDirectory locale={locale} filters={parseOrganizationFilters(query)} />
  ) : (
    <CommunityDirectory locale={locale} filters={parseCommunityFilters(query)} />
  );
}
