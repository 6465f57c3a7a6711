import { getTranslations } from "next-intl/server";
import { OrganizationCard } from "@/components/organization/organization-card";
import { Pagination } from "@/components/ui/pagination";
import type { Locale } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { listOrganizations } from "@/lib/organization/queries";

/** The count, one page of cards and the page links: the part of the list page that waits for the database. */
export async function OrganizationResults({ page, locale }: { page: number; locale: Locale }) {
  const [result, t, tp] = await Promise.all([
    listOrganizations({ page, locale }),
    getTranslations("organization"),
    getTranslations("pagination"),
  ]);
  return (
    <>
      <p className="font-medium">{t("count", { count: result.total })}</p>
      {result.total === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-line bg-surface p-6 text-muted">{t("empty")}</p>
      ) : result.items.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-line bg-surface p-6 text-muted">
          {t("emptyPage")} <Link href="/organizations">{t("backToFirstPage")}</Link>
        </p>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {result.items.map((organization) => (
            <li key={organization.id}>
              <OrganizationCard organization={organization} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        pathname="/organizations"
        query={{}}
        page={result.page}
        pageCount={result.pageCount}
        labels={{
          label: tp("label"),
          previous: tp("previous"),
          next: tp("next"),
          pageOf: tp("pageOf", { page: result.page, pageCount: result.pageCount }),
        }}
      />
    </>
  );
}
