import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { openPage } from "@/components/layout/page";
import { byLabel, countedOptions, type FacetOption } from "@/components/search/facet-group";
import { FacetGroups, FilterSidebar, type Facet } from "@/components/search/filter-sidebar";
import { EmptyResults, ListResults } from "@/components/search/list-results";
import { LiveSearchForm } from "@/components/search/live-search-form";
import { PartnershipForm, type Sector } from "@/generated/prisma/enums";
import { countryName, oblastName } from "@/lib/i18n/display-names";
import { requireLocale } from "@/lib/i18n/locale-param";
import { Link } from "@/lib/i18n/navigation";
import {
  parsePartnershipFilters,
  partnershipFiltersToQuery,
  PUBLIC_PARTNERSHIP_STATUSES,
  type PartnershipFacet,
} from "@/lib/partnership/filters";
import { listPartnerships, partnershipFacetCounts } from "@/lib/partnership/queries";
import { PartnershipCard } from "@/components/partnership/partnership-card";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "partnerships" });
  return {
    title: t("listTitle"),
    description: t("listLead"),
  };
}

export default async function PartnershipsPage({ params, searchParams }: Props) {
  const locale = await openPage(params);
  const filters = parsePartnershipFilters(await searchParams);
  const [result, counts, t, ts, label] = await Promise.all([
    listPartnerships(filters),
    partnershipFacetCounts(filters),
    getTranslations("partnerships"),
    getTranslations("search"),
    getVocabulary(),
  ]);
  const query = partnershipFiltersToQuery(filters);
  /** A short fixed list in its own order, values without a match left out. */
  const fixed = (facet: PartnershipFacet, values: readonly string[], name: (value: string) => string): FacetOption[] => {
    const byValue = new Map(counts[facet].map((f) => [f.value, f.count]));
    return values.filter((value) => byValue.has(value)).map((value) => ({ value, label: name(value), count: byValue.get(value) }));
  };
  const forms = fixed("form", Object.values(PartnershipForm), (form) => label("partnershipForm", form as PartnershipForm));
  const statuses = fixed("status", PUBLIC_PARTNERSHIP_STATUSES, (status) =>
    label("partnershipStatus", status as (typeof PUBLIC_PARTNERSHIP_STATUSES)[number]),
  );
  // The others: values that occur under the other filters, most first, as counted.
  const sectors = countedOptions(counts.sector, (sector) => label("sector", sector as Sector));
  const countries = countedOptions(counts.country, (code) => countryName(code, locale));
  const oblasts = countedOptions(counts.oblast, (code) => oblastName(code, null, locale).text).sort(byLabel(locale));
  const filtered = Object.keys(query).length > 0;
  const now = new Date();
  const facets: Facet[] = [
    { name: "form", legend: t("facetForm"), selected: filters.form, options: forms },
    { name: "status", legend: t("facetStatus"), selected: filters.status, options: statuses },
    { name: "sector", legend: t("facetSector"), selected: filters.sector, options: sectors },
    { name: "country", legend: t("facetCountry"), selected: filters.country, options: countries },
    { name: "oblast", legend: t("facetOblast"), selected: filters.oblast, options: oblasts },
  ];

  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t("listTitle")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("listLead")}</p>
      <p className="mt-2 text-sm">
        <Link href={{ pathname: "/map", query: { lines: "1" } }}>{t("onMap")}</Link>
      </p>
      <LiveSearchForm className="mt-6 grid gap-6 lg:grid-cols-[16rem_1fr]" busyLabel={ts("busy")}>
        <FilterSidebar label={t("filters")} apply={t("apply")}>
          <FacetGroups facets={facets} />
        </FilterSidebar>
        <section aria-labelledby="results-heading" className="min-w-0">
          <ListResults
            heading={t("count", { count: result.total })}
            empty={
              result.total > 0 ? (
                <EmptyResults message={t("emptyPage")} link={{ href: { pathname: "/partnerships", query }, text: t("firstPage") }} />
              ) : (
                <EmptyResults message={t("empty")} link={filtered ? { href: "/partnerships", text: t("clear") } : undefined} />
              )
            }
            cards={result.items.map((partnership) => ({
              key: partnership.id,
              card: <PartnershipCard partnership={partnership} now={now} />,
            }))}
            pathname="/partnerships"
            query={query}
            result={result}
          />
        </section>
      </LiveSearchForm>
    </div>
  );
}
