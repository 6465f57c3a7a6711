import { titleMetadata } from "@/components/layout/page";
import { organizationColumns } from "@/lib/export/records";
import { importOrganizationsAction } from "@/lib/organization/actions";
import { ImportPage } from "./_components/import-page";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("adminImport.title", { index: false });

/** A moderator's bulk import of organisations (lib/organization/import.ts): preview, then confirm. */
export default function AdminImportPage({ params }: Props) {
  return <ImportPage params={params} holds="organizations" action={importOrganizationsAction} columns={organizationColumns} />;
}
