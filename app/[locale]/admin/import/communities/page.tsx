import { titleMetadata } from "@/components/layout/page";
import { importCommunityProfilesAction } from "@/lib/community/actions";
import { communityImportColumns } from "@/lib/community/import";
import { ImportPage } from "../_components/import-page";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("adminImport.communities.title", { index: false });

/** A moderator's bulk update of community profiles by KATOTTG code (lib/community/import.ts): preview, then confirm. */
export default function AdminImportCommunitiesPage({ params }: Props) {
  return <ImportPage params={params} holds="communities" action={importCommunityProfilesAction} columns={communityImportColumns} />;
}
