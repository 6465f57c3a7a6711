// The shared copy of a public page (docs/decisions/0019-page-cache-with-tags.md): home, the lists
// of events, needs, partnerships, announcements and polls, the map, posts and profiles. proxy.ts
// rewrites a visitor's request (no session cookie) here, under a key holding the versions of the
// tags the page shows (lib/cache/page-cache.ts) and its sorted query; Next.js renders each key
// once and serves it from memory (revalidated after 60 s). The page itself is the public page's
// own module, rendered as a visitor sees it (lib/cache/shared-render.ts): nothing it renders may
// read the request.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { readCachedPage } from "@/lib/cache/page-cache";
import { beginSharedRender } from "@/lib/cache/shared-render";
import * as home from "../../../../page";
import * as map from "../../../../map/page";
import * as events from "../../../../events/page";
import * as needs from "../../../../needs/page";
import * as partnerships from "../../../../partnerships/page";
import * as announcements from "../../../../announcements/page";
import * as polls from "../../../../polls/page";
import * as event from "../../../../events/[slug]/page";
import * as partnership from "../../../../partnerships/[slug]/page";
import * as announcement from "../../../../announcements/[slug]/page";
import * as poll from "../../../../polls/[slug]/page";
import * as organization from "../../../../organizations/[slug]/page";
import * as community from "../../../../communities/[slug]/page";

type Props = { params: Promise<{ locale: string; key: string; path?: string[] }> };
type PageProps = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[]>>;
};
type PageModule = {
  default: (props: PageProps) => Promise<ReactNode>;
  generateMetadata?: (props: PageProps) => Promise<Metadata>;
};

export const revalidate = 60; // as the directory's (DIRECTORY_CACHE_SECONDS); Next.js needs a literal
export const dynamicParams = true;
export function generateStaticParams() {
  return []; // every key is rendered on first request
}

// By the page's path without its slug: "" (home), "events", "events/[slug]", …
const modules: Record<string, PageModule> = {
  "": home,
  map,
  events,
  needs,
  partnerships,
  announcements,
  polls,
  "events/[slug]": event,
  "partnerships/[slug]": partnership,
  "announcements/[slug]": announcement,
  "polls/[slug]": poll,
  "organizations/[slug]": organization,
  "communities/[slug]": community,
} as Record<string, PageModule>;

async function open(props: Props): Promise<{ view: PageModule; props: PageProps }> {
  beginSharedRender();
  const { locale, key, path = [] } = await props.params;
  const page = readCachedPage(key, path);
  const view = page && modules[page.path.length === 2 ? `${page.path[0]}/[slug]` : (page.path[0] ?? "")];
  if (!page || !view) notFound();
  const slug = page.path[1] ?? "";
  return { view, props: { params: Promise.resolve({ locale, slug }), searchParams: Promise.resolve(page.searchParams) } };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { view, props: pageProps } = await open(props);
  return view.generateMetadata ? view.generateMetadata(pageProps) : {};
}

export default async function CachedPublicPage(props: Props) {
  const { view, props: pageProps } = await open(props);
  return view.default(pageProps);
}
