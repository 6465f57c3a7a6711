// /{locale}/recovery — where the help went across the country (issue 18): totals per flow and
// currency with a labelled EUR equivalent, and the timeline of public milestones, filtered by
// oblast, sector, partner country and status. The same filters and sums as /api/v1/recovery.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { openPage } from "@/components/layout/page";
import { byLabel, type FacetOption } from "@/components/search/facet-group";
import { FacetGroups, FilterSidebar, type Facet } from "@/components/search/filter-sidebar";
import { LiveSearchForm } from "@/components/search/live-search-form";
import { RecoveryTimeline } from "@/components/recovery/recovery-timeline";
import { TotalsTable } from "@/components/recovery/totals-table";
import { MilestoneStatus } from "@/generated/prisma/enums";
import { countryName, oblastName } from "@/lib/i18n/display-names";
import { requireLocale } from "@/lib/i18n/locale-param";
import { parseRecoveryFilters, recoveryFiltersToQuery } from "@/lib/recovery/filters";
import { recoveryFacetValues, recoveryTimeline, recoveryTotalsFor } from "@/lib/recovery/queries";
import { DownloadLinks } from "@/components/recovery/download-links";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "recovery" });
  return { title: t("title"), description: t("lead") };
}

export default async function RecoveryPage({ params, searchParams }: Props) {
  const locale = await openPage(params);
  const filters = parseRecoveryFilters(await searchParams);
  const [totals, timeline, values, t, ts, label] = await Promise.all([
    recoveryTotalsFor(filters),
    recoveryTimeline(filters),
    recoveryFacetValues(),
    getTranslations("recovery"),
    getTranslations("search"),
    getVocabulary(),
  ]);
  const options = (list: readonly string[], name: (value: string) => string): FacetOption[] =>
    list.map((value) => ({ value, label: name(value) })).sort(byLabel(locale));
  const facets: Facet[] = [
    {
      name: "oblast",
      legend: t("facetOblast"),
      selected: filters.oblast,
      options: options(values.oblasts, (c) => oblastName(c, null, locale).text),
    },
    {
      name: "sector",
      legend: t("facetSector"),
      selected: filters.sector,
      options: options(values.sectors, (s) => label("sector", s as never)),
    },
    {
      name: "country",
      legend: t("facetCountry"),
      selected: filters.country,
      options: options(values.countries, (c) => countryName(c, locale)),
    },
    {
      name: "status",
      legend: t("facetStatus"),
      selected: filters.status,
      options: Object.values(MilestoneStatus).map((s) => ({ value: s, label: label("milestoneStatus", s) })),
    },
  ];
  const query = recoveryFiltersToQuery(filters);

  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("lead")}</p>
      <LiveSearchForm className="mt-6 grid gap-6 lg:grid-cols-[16rem_1fr]" busyLabel={ts("busy")}>
        <FilterSidebar label={t("filters")} apply={t("apply")}>
          <FacetGroups facets={facets} />
        </FilterSidebar>
        <section aria-labelledby="recovery-totals" className="min-w-0 space-y-6">
          <div className="rounded-lg border border-line bg-surface p-4">
            <h2 id="recovery-totals" className="text-xl font-semibold">
              {t("totals")}
            </h2>
            <div className="mt-2">
              <TotalsTable totals={totals} />
            </div>
            <DownloadLinks query={query} />
          </div>
          <RecoveryTimeline milestones={timeline.milestones} total={timeline.total} />
        </section>
      </LiveSearchForm>
    </div>
  );
}
