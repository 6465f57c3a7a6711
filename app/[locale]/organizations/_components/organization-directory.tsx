// The organisation directory's content, shared by app/[locale]/organizations/page.tsx and its
// cached copy app/[locale]/cached/[directory]/[key]/page.tsx.
import { getTranslations } from "next-intl/server";
import { cityName, countryName, languageName } from "@/components/i18n/display-names";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { CorrectionsNote } from "@/components/search/corrections-note";
import { DownloadLinks } from "@/components/search/download-links";
import { FacetGroup, type FacetOption } from "@/components/search/facet-group";
import { LiveSearchForm } from "@/components/search/live-search-form";
import { SearchField } from "@/components/search/search-field";
import { SortSelect } from "@/components/search/sort-select";
import { Pagination } from "@/components/ui/pagination";
import { Link } from "@/lib/i18n/navigation";
import { filtersToSearchParams, type OrganizationFilters } from "@/lib/search/filters";
import { searchOrganizations, type FacetCount } from "@/lib/search/queries";
import type { OrganizationKind, Sector } from "@/generated/prisma/enums";
import { OrganizationHit } from "./organization-hit";

/**
 * The organisation directory for one set of filters: search box, facets with counts, results,
 * paging and downloads. Rendered by the page itself (signed-in visitors, and queries too long to
 * cache) and by the cached copy the proxy serves to everyone else (../../cached/).
 */
export async function OrganizationDirectory({ locale, filters }: { locale: string; filters: OrganizationFilters }) {
  const [result, t, ts, tp, label] = await Promise.all([
    searchOrganizations(filters, locale),
    getTranslations("organization"),
    getTranslations("search"),
    getTranslations("pagination"),
    getVocabulary(),
  ]);
  const options = (facet: string, name: (value: string) => string): FacetOption[] =>
    (result.facets[facet] ?? []).map((f: FacetCount) => ({ value: f.value, label: name(f.value), count: f.count }));
  const fullQuery: Record<string, string[]> = {};
  for (const [key, value] of filtersToSearchParams({ ...filters, page: 1 }, { sort: filters.q ? "relevance" : "name" })) (fullQuery[key] ??= []).push(value);
  const verifiedCount = result.facets.verified?.find((f) => f.value === "true")?.count ?? 0;

  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t("listTitle")}</h1>
      <LiveSearchForm className="mt-6 grid gap-6 lg:grid-cols-[16rem_1fr] lg:grid-rows-[auto_1fr]" busyLabel={ts("busy")}>
        <div className="lg:col-start-2">
          <SearchField defaultValue={filters.q} label={ts("label")} placeholder={ts("placeholderOrganizations")} submit={ts("submit")} />
        </div>
        <aside aria-label={ts("filters")} className="order-last space-y-3 lg:order-none lg:row-span-2 lg:row-start-1">
          <h2 className="text-lg font-semibold">{ts("filters")}</h2>
          <FacetGroup name="country" legend={ts("facetCountry")} selected={filters.country} emptyLabel={ts("noValues")}
            options={options("country", (code) => countryName(code, locale)).sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || a.label.localeCompare(b.label, locale))} />
          <FacetGroup name="city" legend={ts("facetCity")} selected={filters.city} emptyLabel={ts("noValues")}
            options={(result.facets.city ?? []).map((f) => ({ value: f.value, label: cityName(filters.country[0] ?? "", f.value, locale), count: f.count }))} />
          <FacetGroup name="kind" legend={ts("facetKind")} selected={filters.kind} emptyLabel={ts("noValues")}
            options={options("kind", (kind) => label("organizationKind", kind as OrganizationKind))} />
          <FacetGroup name="sector" legend={ts("facetSector")} selected={filters.sector} emptyLabel={ts("noValues")}
            options={options("sector", (sector) => label("sector", sector as Sector))} />
          <FacetGroup name="language" legend={ts("facetLanguage")} selected={filters.language} emptyLabel={ts("noValues")}
            options={options("language", (code) => languageName(code, locale))} />
          <FacetGroup name="verified" legend={ts("facetVerified")} selected={filters.verified ? ["1"] : []} emptyLabel={ts("noValues")}
            options={[{ value: "1", label: ts("verifiedOnly"), count: verifiedCount }]} />
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
          {result.items.length === 0 ? (
            <div className="mt-6 rounded-lg border border-dashed border-line bg-surface p-6 text-muted">
              <p>{result.total === 0 ? ts("noResults") : t("emptyPage")}</p>
              <p className="mt-2">
                <Link href="/organizations">{ts("clear")}</Link>
              </p>
            </div>
          ) : (
            <ul className="mt-4 grid gap-4 sm:grid-cols-2">
              {result.items.map((hit) => (
                <li key={hit.id}>
                  <OrganizationHit hit={hit} terms={result.query.terms} />
                </li>
              ))}
            </ul>
          )}
          <Pagination
            pathname="/organizations"
            query={fullQuery}
            page={result.page}
            pageCount={result.pageCount}
            labels={{ label: tp("label"), previous: tp("previous"), next: tp("next"), pageOf: tp("pageOf", { page: result.page, pageCount: result.pageCount }) }}
          />
          <DownloadLinks dataset="organizations" query={fullQuery} locale={locale} />
        </section>
      </LiveSearchForm>
    </div>
  );
}
