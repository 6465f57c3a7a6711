// The organisation directory's content, shared by app/[locale]/organizations/page.tsx and its
// cached copy app/[locale]/cached/[directory]/[key]/page.tsx (two routes, so not in _components).
import { getTranslations } from "next-intl/server";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { DirectoryLayout } from "@/components/search/directory-layout";
import type { Facet } from "@/components/search/filter-sidebar";
import { DirectoryResults } from "@/components/search/directory-results";
import { countedOptions } from "@/components/search/facet-group";
import { cityName, countryName, languageName } from "@/lib/i18n/display-names";
import { organizationFiltersToQuery, type OrganizationFilters } from "@/lib/organization/filters";
import { searchOrganizations } from "@/lib/search/queries";
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
  const verifiedCount = result.facets.verified?.find((f) => f.value === "true")?.count ?? 0;
  const countries = countedOptions(result.facets.country, (code) => countryName(code, locale)).sort(
    (a, b) => (b.count ?? 0) - (a.count ?? 0) || a.label.localeCompare(b.label, locale),
  );
  const cities = countedOptions(result.facets.city, (city) => cityName(filters.country[0] ?? "", city, locale));
  const kinds = countedOptions(result.facets.kind, (kind) => label("organizationKind", kind as OrganizationKind));
  const sectors = countedOptions(result.facets.sector, (sector) => label("sector", sector as Sector));
  const languages = countedOptions(result.facets.language, (code) => languageName(code, locale));
  const facets: Facet[] = [
    { name: "country", legend: ts("facetCountry"), selected: filters.country, options: countries },
    { name: "city", legend: ts("facetCity"), selected: filters.city, options: cities },
    { name: "kind", legend: ts("facetKind"), selected: filters.kind, options: kinds },
    { name: "sector", legend: ts("facetSector"), selected: filters.sector, options: sectors },
    { name: "language", legend: ts("facetLanguage"), selected: filters.language, options: languages },
    {
      name: "verified",
      legend: ts("facetVerified"),
      selected: filters.verified ? ["1"] : [],
      options: [{ value: "1", label: ts("verifiedOnly"), count: verifiedCount }],
    },
  ];

  return (
    <DirectoryLayout title={t("listTitle")} placeholder={ts("placeholderOrganizations")} q={filters.q} facets={facets}>
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
    </DirectoryLayout>
  );
}
