// Paging under a list page's results (directories, needs, events, partnerships, announcements),
// with its labels in the page's language: the pages pass the result and the filters' query only.
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";

export async function ListPagination({
  pathname,
  query,
  result,
}: {
  pathname: string;
  /** The filters without the page (the noun's `…FiltersToQuery`). */
  query: Record<string, string | string[]>;
  result: { page: number; pageCount: number };
}) {
  const t = await getTranslations("pagination");
  const { page, pageCount } = result;
  return (
    <Pagination
      pathname={pathname}
      query={query}
      page={page}
      pageCount={pageCount}
      labels={{ label: t("label"), previous: t("previous"), next: t("next"), pageOf: t("pageOf", { page, pageCount }) }}
    />
  );
}
