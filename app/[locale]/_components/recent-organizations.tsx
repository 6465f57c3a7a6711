import { getTranslations } from "next-intl/server";
import { OrganizationCard } from "@/components/organization/organization-card";
import { listRecentOrganizations } from "@/lib/organization/queries";

export async function RecentOrganizations() {
  const [organizations, t] = await Promise.all([listRecentOrganizations(6), getTranslations("home")]);
  if (organizations.length === 0) return <p className="text-muted">{t("recentOrganizationsEmpty")}</p>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {organizations.map((organization) => (
        <li key={organization.id}>
          <OrganizationCard organization={organization} headingLevel={3} />
        </li>
      ))}
    </ul>
  );
}
