// /{locale}/organizations for signed-in visitors (and queries too long to cache); everyone else
// gets the same content from the cached copy the proxy rewrites to (docs/decisions/0014).
import { openPage, titleMetadata } from "@/components/layout/page";
import { OrganizationDirectory } from "@/components/organization/organization-directory";
import { parseOrganizationFilters } from "@/lib/organization/filters";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleMetadata("organization.listTitle");

export default async function OrganizationsPage({ params, searchParams }: Props) {
  const locale = await openPage(params);
  return <OrganizationDirectory locale={locale} filters={parseOrganizationFilters(await searchParams)} />;
}
