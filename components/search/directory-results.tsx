// The results half of a directory page (organisations, communities): the count, the sort, typo
// corrections, the list or an empty state, paging and downloads. The pages supply the heading's
// wording and the cards.
import { getTranslations } from "next-intl/server";
import type { SortOrder } from "@/lib/search/sort-order";
import { CorrectionsNote } from "./corrections-note";
import { DownloadLinks } from "./download-links";
import { ListPagination } from "./list-pagination";
import { CardList, EmptyResults, type Card } from "./list-results";
import { SortSelect } from "./sort-select";

interface Props<Filters extends { q: string; sort: SortOrder }> {
  directory: "organizations" | "communities";
  locale: string;
  filters: Filters;
  /** The search without its page number (the noun's `…FiltersToQuery`), for paging and downloads. */
  query: Record<string, string[]>;
  /** totalIsCapped: more matches than the search counts (lib/search/queries.ts, totalCap): "10,000+". */
  result: { total: number; totalIsCapped?: boolean; page: number; pageCount: number; query: { corrections: Record<string, string[]> } };
  /** The heading when there are no words, e.g. "1,234 organisations". */
  count: string;
  /** Said when the page number is past the last page. */
  emptyPage: string;
  cards: Card[];
}

export async function DirectoryResults<Filters extends { q: string; sort: SortOrder }>({
  directory,
  locale,
  filters,
  query,
  result,
  count,
  emptyPage,
  cards,
}: Props<Filters>) {
  const ts = await getTranslations("search");
  return (
    <section aria-labelledby="results-heading" className="min-w-0 lg:col-start-2">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="results-heading" className="font-medium" aria-live="polite">
          {filters.q ? ts(result.totalIsCapped ? "resultsForCapped" : "resultsFor", { count: result.total, query: filters.q }) : count}
        </h2>
        <SortSelect
          value={filters.sort}
          hasQuery={filters.q !== ""}
          labels={{ label: ts("sort"), relevance: ts("sortRelevance"), name: ts("sortName"), updated: ts("sortUpdated") }}
        />
      </div>
      <CorrectionsNote corrections={result.query.corrections} />
      {result.totalIsCapped ? <p className="mt-2 text-sm text-muted">{ts("tooManyToRank", { count: result.total })}</p> : null}
      {cards.length === 0 ? (
        <EmptyResults message={result.total === 0 ? ts("noResults") : emptyPage} link={{ href: `/${directory}`, text: ts("clear") }} />
      ) : (
        <CardList cards={cards} className="mt-4 grid gap-4 sm:grid-cols-2" />
      )}
      <ListPagination pathname={`/${directory}`} query={query} result={result} />
      <DownloadLinks dataset={directory} query={query} locale={locale} />
    </section>
  );
}
