import { getTranslations } from "next-intl/server";
import type { Locale } from "next-intl";
import { CommunityCard } from "@/components/community/community-card";
import { Pagination } from "@/components/ui/pagination";
import { listCommunities } from "@/lib/community/queries";
import { Link } from "@/lib/i18n/navigation";

/** The count, one page of cards and the page links: the part of the list page that waits for the database. */
export async function CommunityResults({ page, oblast, locale }: { page: number; oblast: string | null; locale: Locale }) {
  const [result, t, tp] = await Promise.all([
    listCommunities({ page, locale, oblastCode: oblast }),
    getTranslations("community"),
    getTranslations("pagination"),
  ]);
  return (
    <>
      <p className="font-medium">{t("count", { count: result.total })}</p>
      {result.total === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-line bg-surface p-6 text-muted">{t("empty")}</p>
      ) : result.items.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-line bg-surface p-6 text-muted">
          {t("emptyPage")}{" "}
          <Link href={{ pathname: "/communities", query: oblast ? { oblast } : {} }}>{t("backToFirstPage")}</Link>
        </p>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {result.items.map((community) => (
            <li key={community.id}>
              <CommunityCard community={community} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        pathname="/communities"
        query={{ oblast: oblast ?? undefined }}
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
