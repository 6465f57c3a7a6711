// /{locale}/communities for signed-in visitors (and queries too long to cache); everyone else
// gets the same content from the cached copy the proxy rewrites to (docs/decisions/0014).
import { CommunityDirectory } from "@/components/community/community-directory";
import { openPage, titleMetadata } from "@/components/layout/page";
import { parseCommunityFilters } from "@/lib/community/filters";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleMetadata("community.listTitle");

export default async function CommunitiesPage({ params, searchParams }: Props) {
  const locale = await openPage(params);
  return <CommunityDirectory locale={locale} filters={parseCommunityFilters(await searchParams)} />;
}
