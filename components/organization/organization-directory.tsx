// The organisation directory's content, shared by app/[locale]/organizations/page.tsx and its
// cached copy app/[locale]/cached/[directory]/[key]/page.tsx (two routes, so not in _components).
import { getTranslations } from "next-intl/server";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { DirectoryResults } from "@/components/search/directory-results";
import { FacetGroup, type FacetOption } from "@/components/search/facet-group";
import { LiveSearchForm } from "@/components/search/live-search-form";
import { SearchField } from "@/components/search/search-field";
import { cityName, countryName, languageName } from "@/lib/i18n/display-names";
import { organizationFiltersToQuery, type OrganizationFilters } from "@/lib/organization/filters";
import { searchOrganizations, type FacetCount } from "@/lib/search/queries";
import type { OrganizationKind, Sector } from "@/generated/prisma/enums";
import { OrganizationHit } from "./organization-hit";

/**
 * The organisation directory for one set of filters: search box, facets with counts, results,
 * paging and downloads. Rendered by the page itself (signed-in visitors, and queries too long to
 * cache) and by the cached copy the proxy serves to everyone else (app/[locale]/cached/).
 */
export async function OrganizationDirectory({ locale, filters }: { locale: string; filters: OrganizationFilters }) {
  const [result, t, ts, label] = await Promise.all([
    searchOrganizations(filters, locale),
    getTranslations("organization"),
    getTranslations("search"),
    getVocabulary(),
  ]);
  const options = (facet: string, name: (value: string) => string): FacetOption[] =>
    (result.facets[facet] ?? []).map((f: FacetCount) => ({ value: f.value, label: name(f.value), count: f.count }));
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
          <FacetGroup
            name="country"
            legend={ts("facetCountry")}
            selected={filters.country}
            emptyLabel={ts("noValues")}
            options={options("country", (code) => countryName(code, locale)).sort(
              (a, b) => (b.count ?? 0) - (a.count ?? 0) || a.label.localeCompare(b.label, locale),
            )}
          />
          <FacetGroup
            name="city"
            legend={ts("facetCity")}
            selected={filters.city}
            emptyLabel={ts("noValues")}
            options={(result.facets.city ?? []).map((f) => ({
              value: f.value,
              label: cityName(filters.country[0] ?? "", f.value, locale),
              count: f.count,
            }))}
          />
          <FacetGroup
            name="kind"
            legend={ts("facetKind")}
            selected={filters.kind}
            emptyLabel={ts("noValues")}
            options={options("kind", (kind) => label("organizationKind", kind as OrganizationKind))}
          />
          <FacetGroup
            name="sector"
            legend={ts("facetSector")}
            selected={filters.sector}
            emptyLabel={ts("noValues")}
            options={options("sector", (sector) => label("sector", sector as Sector))}
          />
          <FacetGroup
            name="language"
            legend={ts("facetLanguage")}
            selected={filters.language}
            emptyLabel={ts("noValues")}
            options={options("language", (code) => languageName(code, locale))}
          />
          <FacetGroup
            name="verified"
            legend={ts("facetVerified")}
            selected={filters.verified ? ["1"] : []}
            emptyLabel={ts("noValues")}
            options={[{ value: "1", label: ts("verifiedOnly"), count: verifiedCount }]}
          />
        </aside>
        <DirectoryResults
          directory="organizations"
          locale={locale}
          filters={filters}
          query={organizationFiltersToQuery(filters)}
          result={result}
          count={t("count", { count: result.total })}
          emptyPage={t("emptyPage")}
          cards={result.items.map((hit) => ({ key: hit.id, card: <OrganizationHit hit={hit} terms={result.query.terms} /> }))}
        />
      </LiveSearchForm>
    </div>
  );
}
