import { getTranslations } from "next-intl/server";
import { CommunityTitle } from "@/components/community/community-title";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { openPage, titleMetadata } from "@/components/layout/page";
import { NeedItem } from "@/components/need/need-item";
import { FacetGroup } from "@/components/search/facet-group";
import { ListPagination } from "@/components/search/list-pagination";
import { LiveSearchForm } from "@/components/search/live-search-form";
import { AidType, Sector, Urgency } from "@/generated/prisma/enums";
import { oblasts } from "@/lib/geo/places";
import { oblastName } from "@/lib/i18n/display-names";
import { Link } from "@/lib/i18n/navigation";
import { needFiltersToQuery, parseNeedFilters } from "@/lib/need/filters";
import { listOpenNeeds } from "@/lib/need/queries";
import { OBLAST_CODE } from "@/lib/query-string/parsers";

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
  const query = needFiltersToQuery(filters);
  const oblastOptions = oblasts
    .filter((oblast) => OBLAST_CODE.test(oblast.code))
    .map((oblast) => ({ value: oblast.code, label: oblastName(oblast.code, null, locale).text }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));

  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t("listTitle")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("listLead")}</p>
      <LiveSearchForm className="mt-6 grid gap-6 lg:grid-cols-[16rem_1fr]" busyLabel={ts("busy")}>
        <aside aria-label={t("filters")} className="order-last space-y-3 lg:order-none">
          <h2 className="text-lg font-semibold">{t("filters")}</h2>
          <FacetGroup
            name="sector"
            legend={ts("facetSector")}
            selected={filters.sector}
            emptyLabel={ts("noValues")}
            options={Object.values(Sector).map((sector) => ({ value: sector, label: label("sector", sector) }))}
          />
          <FacetGroup
            name="aidType"
            legend={t("facetAidType")}
            selected={filters.aidType}
            emptyLabel={ts("noValues")}
            options={Object.values(AidType).map((aid) => ({ value: aid, label: label("aidType", aid) }))}
          />
          <FacetGroup
            name="urgency"
            legend={t("facetUrgency")}
            selected={filters.urgency}
            emptyLabel={ts("noValues")}
            options={[...Object.values(Urgency)].reverse().map((urgency) => ({ value: urgency, label: label("urgency", urgency) }))}
          />
          <FacetGroup
            name="oblast"
            legend={ts("facetOblast")}
            selected={filters.oblast}
            emptyLabel={ts("noValues")}
            options={oblastOptions}
          />
          <fieldset className="border-t border-line pt-3">
            <legend className="text-sm font-semibold">{t("costRange")}</legend>
            <div className="mt-2 flex gap-2">
              <label className="flex flex-1 flex-col text-sm">
                {t("costMin")}
                <input
                  type="number"
                  name="minEur"
                  min={0}
                  step={1000}
                  inputMode="numeric"
                  defaultValue={filters.minEur ?? ""}
                  className="min-h-11 rounded-md border border-line bg-surface px-2"
                />
              </label>
              <label className="flex flex-1 flex-col text-sm">
                {t("costMax")}
                <input
                  type="number"
                  name="maxEur"
                  min={0}
                  step={1000}
                  inputMode="numeric"
                  defaultValue={filters.maxEur ?? ""}
                  className="min-h-11 rounded-md border border-line bg-surface px-2"
                />
              </label>
            </div>
            <p className="mt-1 text-xs text-muted">{t("costNote")}</p>
          </fieldset>
          <button type="submit" className="min-h-11 w-full rounded-md bg-brand px-4 font-medium text-white hover:bg-brand-strong">
            {t("apply")}
          </button>
        </aside>
        <section aria-labelledby="results-heading" className="min-w-0">
          <h2 id="results-heading" className="font-medium" aria-live="polite">
            {t("count", { count: result.total })}
          </h2>
          {result.items.length === 0 ? (
            <div className="mt-6 rounded-lg border border-dashed border-line bg-surface p-6 text-muted">
              <p>{t("empty")}</p>
              <p className="mt-2">
                <Link href="/needs">{t("clear")}</Link>
              </p>
            </div>
          ) : (
            <ul className="mt-4 space-y-4">
              {result.items.map((need) => (
                <li key={need.id}>
                  <NeedItem need={need} headingLevel={3} />
                  <p className="mt-1 px-1 text-sm">
                    {t("community")}:{" "}
                    <Link href={`/communities/${need.community.slug}`}>
                      <CommunityTitle community={need.community} />
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
          )}
          <ListPagination pathname="/needs" query={query} result={result} />
        </section>
      </LiveSearchForm>
    </div>
  );
}
