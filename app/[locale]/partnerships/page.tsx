import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { openPage } from "@/components/layout/page";
import { FacetGroup, type FacetOption } from "@/components/search/facet-group";
import { ListPagination } from "@/components/search/list-pagination";
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
    alternates: { languages: { uk: "/uk/partnerships", en: "/en/partnerships" } },
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
  const countOf = (facet: PartnershipFacet) => new Map(counts[facet].map((f) => [f.value, f.count]));
  /** Values that occur under the other filters, with their counts (most first, as counted). */
  const counted = (facet: PartnershipFacet, name: (value: string) => string): FacetOption[] =>
    counts[facet].map((f) => ({ value: f.value, label: name(f.value), count: f.count }));
  /** A short fixed list in its own order, values without a match left out. */
  const fixed = (facet: PartnershipFacet, values: readonly string[], name: (value: string) => string): FacetOption[] => {
    const byValue = countOf(facet);
    return values.filter((value) => byValue.has(value)).map((value) => ({ value, label: name(value), count: byValue.get(value) }));
  };
  const byLabel = (a: FacetOption, b: FacetOption) => a.label.localeCompare(b.label, locale);
  const filtered = Object.keys(query).length > 0;
  const now = new Date();

  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t("listTitle")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("listLead")}</p>
      <p className="mt-2 text-sm">
        <Link href={{ pathname: "/map", query: { lines: "1" } }}>{t("onMap")}</Link>
      </p>
      <LiveSearchForm className="mt-6 grid gap-6 lg:grid-cols-[16rem_1fr]" busyLabel={ts("busy")}>
        <aside aria-label={t("filters")} className="order-last space-y-3 lg:order-none">
          <h2 className="text-lg font-semibold">{t("filters")}</h2>
          <FacetGroup
            name="form"
            legend={t("facetForm")}
            selected={filters.form}
            emptyLabel={ts("noValues")}
            options={fixed("form", Object.values(PartnershipForm), (form) => label("partnershipForm", form as PartnershipForm))}
          />
          <FacetGroup
            name="status"
            legend={t("facetStatus")}
            selected={filters.status}
            emptyLabel={ts("noValues")}
            options={fixed("status", PUBLIC_PARTNERSHIP_STATUSES, (status) =>
              label("partnershipStatus", status as (typeof PUBLIC_PARTNERSHIP_STATUSES)[number]),
            )}
          />
          <FacetGroup
            name="sector"
            legend={t("facetSector")}
            selected={filters.sector}
            emptyLabel={ts("noValues")}
            options={counted("sector", (sector) => label("sector", sector as Sector))}
          />
          <FacetGroup
            name="country"
            legend={t("facetCountry")}
            selected={filters.country}
            emptyLabel={ts("noValues")}
            options={counted("country", (code) => countryName(code, locale))}
          />
          <FacetGroup
            name="oblast"
            legend={t("facetOblast")}
            selected={filters.oblast}
            emptyLabel={ts("noValues")}
            options={counted("oblast", (code) => oblastName(code, null, locale).text).sort(byLabel)}
          />
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
              {result.total > 0 ? (
                <>
                  <p>{t("emptyPage")}</p>
                  <p className="mt-2">
                    <Link href={{ pathname: "/partnerships", query }}>{t("firstPage")}</Link>
                  </p>
                </>
              ) : (
                <>
                  <p>{t("empty")}</p>
                  {filtered && (
                    <p className="mt-2">
                      <Link href="/partnerships">{t("clear")}</Link>
                    </p>
                  )}
                </>
              )}
            </div>
          ) : (
            <ul className="mt-4 space-y-4">
              {result.items.map((partnership) => (
                <li key={partnership.id}>
                  <PartnershipCard partnership={partnership} now={now} />
                </li>
              ))}
            </ul>
          )}
          <ListPagination pathname="/partnerships" query={query} result={result} />
        </section>
      </LiveSearchForm>
    </div>
  );
}
