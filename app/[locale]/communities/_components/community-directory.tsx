// The community directory's content, shared by app/[locale]/communities/page.tsx and its
// cached copy app/[locale]/cached/[directory]/[key]/page.tsx.
import { getTranslations } from "next-intl/server";
import { CommunityCard } from "@/components/community/community-card";
import { oblastName } from "@/components/i18n/display-names";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { CorrectionsNote } from "@/components/search/corrections-note";
import { DownloadLinks } from "@/components/search/download-links";
import { FacetGroup, type FacetOption } from "@/components/search/facet-group";
import { LiveSearchForm } from "@/components/search/live-search-form";
import { SearchField } from "@/components/search/search-field";
import { SortSelect } from "@/components/search/sort-select";
import { Pagination } from "@/components/ui/pagination";
import type { CommunityType, Sector } from "@/generated/prisma/enums";
import { getCommunityCards } from "@/lib/community/queries";
import { Link } from "@/lib/i18n/navigation";
import { filtersToSearchParams, type CommunityFilters } from "@/lib/search/filters";
import { searchCommunities } from "@/lib/search/queries";

const populationBandKeys = ["populationBand0", "populationBand1", "populationBand2", "populationBand3", "populationBand4", "populationBand5"] as const;

/** The community directory for one set of filters (see organization-directory.tsx). */
export async function CommunityDirectory({ locale, filters }: { locale: string; filters: CommunityFilters }) {
  const [result, t, ts, tp, label] = await Promise.all([
    searchCommunities(filters, locale),
    getTranslations("community"),
    getTranslations("search"),
    getTranslations("pagination"),
    getVocabulary(),
  ]);
  const cards = await getCommunityCards(result.items.map((item) => item.id));
  const options = (facet: string, name: (value: string) => string): FacetOption[] =>
    (result.facets[facet] ?? []).map((f) => ({ value: f.value, label: name(f.value), count: f.count }));
  const pageQuery: Record<string, string[]> = {};
  for (const [key, value] of filtersToSearchParams({ ...filters, page: 1 }, { sort: filters.q ? "relevance" : "name" })) (pageQuery[key] ??= []).push(value);
  const bandLabel = (band: string) => {
    const key = populationBandKeys[Number(band)];
    return key ? ts(key) : band;
  };

  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t("listTitle")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("listLead")}</p>
      <LiveSearchForm className="mt-6 grid gap-6 lg:grid-cols-[16rem_1fr] lg:grid-rows-[auto_1fr]" busyLabel={ts("busy")}>
        <div className="lg:col-start-2">
          <SearchField defaultValue={filters.q} label={ts("label")} placeholder={ts("placeholderCommunities")} submit={ts("submit")} />
        </div>
        <aside aria-label={ts("filters")} className="order-last space-y-3 lg:order-none lg:row-span-2 lg:row-start-1">
          <h2 className="text-lg font-semibold">{ts("filters")}</h2>
          <FacetGroup name="oblast" legend={ts("facetOblast")} selected={filters.oblast} emptyLabel={ts("noValues")}
            options={options("oblast", (code) => oblastName(code, null, locale).text).sort((a, b) => a.label.localeCompare(b.label, locale))} />
          <FacetGroup name="type" legend={ts("facetType")} selected={filters.type} emptyLabel={ts("noValues")}
            options={options("type", (type) => label("communityType", type as CommunityType))} />
          <FacetGroup name="needSector" legend={ts("facetNeedSector")} selected={filters.needSector} emptyLabel={ts("noValues")}
            options={options("needSector", (sector) => label("sector", sector as Sector))} />
          <FacetGroup name="population" legend={ts("facetPopulation")} selected={filters.population.map(String)} emptyLabel={ts("noValues")}
            options={options("population", bandLabel).sort((a, b) => Number(a.value) - Number(b.value))} />
        </aside>
        <section aria-labelledby="results-heading" className="min-w-0 lg:col-start-2">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="results-heading" className="font-medium" aria-live="polite">
              {filters.q ? ts("resultsFor", { count: result.total, query: filters.q }) : t("count", { count: result.total })}
            </h2>
            <SortSelect value={filters.sort} hasQuery={filters.q !== ""}
              labels={{ label: ts("sort"), relevance: ts("sortRelevance"), name: ts("sortName"), updated: ts("sortUpdated") }} />
          </div>
          <CorrectionsNote corrections={result.query.corrections} />
          {cards.length === 0 ? (
            <div className="mt-6 rounded-lg border border-dashed border-line bg-surface p-6 text-muted">
              <p>{result.total === 0 ? ts("noResults") : t("emptyPage")}</p>
              <p className="mt-2">
                <Link href="/communities">{ts("clear")}</Link>
              </p>
            </div>
          ) : (
            <ul className="mt-4 grid gap-4 sm:grid-cols-2">
              {cards.map((community) => (
                <li key={community.id}>
                  <CommunityCard community={community} terms={result.query.terms} />
                </li>
              ))}
            </ul>
          )}
          <Pagination
            pathname="/communities"
            query={pageQuery}
            page={result.page}
            pageCount={result.pageCount}
            labels={{ label: tp("label"), previous: tp("previous"), next: tp("next"), pageOf: tp("pageOf", { page: result.page, pageCount: result.pageCount }) }}
          />
          <DownloadLinks dataset="communities" query={pageQuery} locale={locale} />
        </section>
      </LiveSearchForm>
    </div>
  );
}
