import { getTranslations } from "next-intl/server";
import { CommunityTitle } from "@/components/community/community-title";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { openPage, titleMetadata } from "@/components/layout/page";
import { NeedItem } from "@/components/need/need-item";
import { byLabel, vocabularyOptions } from "@/components/search/facet-group";
import { FacetGroups, FilterSidebar, type Facet } from "@/components/search/filter-sidebar";
import { EmptyResults, ListResults } from "@/components/search/list-results";
import { DownloadLinks } from "@/components/search/download-links";
import { LiveSearchForm } from "@/components/search/live-search-form";
import { AidType, Sector, Urgency } from "@/generated/prisma/enums";
import { oblasts } from "@/lib/geo/places";
import { oblastName } from "@/lib/i18n/display-names";
import { Link } from "@/lib/i18n/navigation";
import { needFiltersToQuery, parseNeedFilters } from "@/lib/need/filters";
import { listOpenNeeds } from "@/lib/need/queries";
import { OBLAST_CODE } from "@/lib/query-string/parsers";

import { needProgress } from "@/lib/recovery/queries";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleMetadata("needs.listTitle");

export default async function NeedsPage({ params, searchParams }: Props) {
  const locale = await openPage(params);
  const filters = parseNeedFilters(await searchParams);
  const [result, t, ts, label] = await Promise.all([
    listOpenNeeds(filters),
    getTranslations("needs"),
    getTranslations("search"),
    getVocabulary(),
  ]);
  const progress = await needProgress(result.items.map((need) => need.id));
  const query = needFiltersToQuery(filters);
  const oblastOptions = oblasts
    .filter((oblast) => OBLAST_CODE.test(oblast.code))
    .map((oblast) => ({ value: oblast.code, label: oblastName(oblast.code, null, locale).text }))
    .sort(byLabel(locale));
  const sectors = vocabularyOptions(label, "sector", Object.values(Sector));
  const aidTypes = vocabularyOptions(label, "aidType", Object.values(AidType));
  // Most urgent first.
  const urgencies = vocabularyOptions(label, "urgency", [...Object.values(Urgency)].reverse());
  const facets: Facet[] = [
    { name: "sector", legend: ts("facetSector"), selected: filters.sector, options: sectors },
    { name: "aidType", legend: t("facetAidType"), selected: filters.aidType, options: aidTypes },
    { name: "urgency", legend: t("facetUrgency"), selected: filters.urgency, options: urgencies },
    { name: "oblast", legend: ts("facetOblast"), selected: filters.oblast, options: oblastOptions },
  ];

  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t("listTitle")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("listLead")}</p>
      <LiveSearchForm className="mt-6 grid gap-6 lg:grid-cols-[16rem_1fr]" busyLabel={ts("busy")}>
        <FilterSidebar label={t("filters")} apply={t("apply")}>
          <FacetGroups facets={facets} />
          <fieldset className="border-t border-line pt-3">
            <legend className="text-sm font-semibold">{t("costRange")}</legend>
            <div className="mt-2 flex gap-2">
              <EuroInput name="minEur" label={t("costMin")} value={filters.minEur} />
              <EuroInput name="maxEur" label={t("costMax")} value={filters.maxEur} />
            </div>
            <p className="mt-1 text-xs text-muted">{t("costNote")}</p>
          </fieldset>
        </FilterSidebar>
        <section aria-labelledby="results-heading" className="min-w-0">
          <ListResults
            heading={t("count", { count: result.total })}
            empty={<EmptyResults message={t("empty")} link={{ href: "/needs", text: t("clear") }} />}
            cards={result.items.map((need) => ({
              key: need.id,
              card: (
                <>
                  <NeedItem need={need} headingLevel={3} progress={progress.get(need.id)} />
                  <p className="mt-1 px-1 text-sm">
                    {t("community")}:{" "}
                    <Link href={`/communities/${need.community.slug}`}>
                      <CommunityTitle community={need.community} />
                    </Link>
                  </p>
                </>
              ),
            }))}
            pathname="/needs"
            query={query}
            result={result}
          />
          <DownloadLinks dataset="needs" query={query} locale={locale} />
        </section>
      </LiveSearchForm>
    </div>
  );
}

/** One end of the cost range, in whole euros. */
function EuroInput({ name, label, value }: { name: string; label: string; value: number | null }) {
  return (
    <label className="flex min-w-0 flex-1 flex-col text-sm">
      {label}
      <input
        type="number"
        name={name}
        min={0}
        step={1000}
        inputMode="numeric"
        defaultValue={value ?? ""}
        className="min-h-11 w-full min-w-0 rounded-md border border-line bg-surface px-2"
      />
    </label>
  );
}
