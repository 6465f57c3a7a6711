import { getTranslations } from "next-intl/server";
import { formatterFor } from "@/components/i18n/format";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import type { Vocabulary, VocabularyValue } from "@/components/i18n/vocabulary";
import { openPage, titleMetadata } from "@/components/layout/page";
import { BarChart, type BarChartText } from "@/components/stats/bar-chart";
import { cityName, countryName, oblastName } from "@/lib/i18n/display-names";
import { Link } from "@/lib/i18n/navigation";
import { splitCityKey, STATS_API, statsCsvPath, type ChartId, type StatChart } from "@/lib/stats/charts";
import { getObservatory } from "@/lib/stats/queries";
import { formatMonth } from "@/lib/i18n/dates";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("observatory.title");

/** The page's sections and the charts in each, in reading order. */
const sections = [
  {
    id: "organizations",
    charts: ["organizationsByCountry", "organizationsByCity", "organizationsByKind", "organizationsBySector", "organizationsByFounding"],
  },
  { id: "communities", charts: ["communitiesByOblast", "openNeedsByOblast", "openNeedsBySector"] },
  { id: "partnerships", charts: ["partnershipsByForm", "partnershipsByStatus", "partnershipsByCountryPair"] },
  { id: "growth", charts: ["organizationsPublishedByMonth"] },
] as const satisfies { id: string; charts: ChartId[] }[];

export default async function StatsPage({ params }: Props) {
  const locale = await openPage(params);
  const [observatory, t, label] = await Promise.all([getObservatory(), getTranslations("observatory"), getVocabulary()]);
  const format = formatterFor(locale);
  const number = (value: number) => format.number(value);
  const euros = (value: number) => format.number(value, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const vocabulary =
    <V extends Vocabulary>(name: V) =>
    (key: string) =>
      label(name, key as VocabularyValue<V>);
  const country = (code: string) => countryName(code, locale);
  const labels: Record<ChartId, (key: string) => string> = {
    organizationsByCountry: country,
    organizationsByCity: (key) => {
      const [code, city] = splitCityKey(key);
      return `${cityName(code, city, locale)}, ${country(code)}`;
    },
    organizationsByKind: vocabulary("organizationKind"),
    organizationsBySector: vocabulary("sector"),
    organizationsByFounding: (key) => t(`founding.${key as "before2022" | "in2022" | "after2022" | "unknown"}`),
    communitiesByOblast: (key) => oblastName(key, null, locale).text,
    openNeedsByOblast: (key) => oblastName(key, null, locale).text,
    openNeedsBySector: vocabulary("sector"),
    partnershipsByForm: vocabulary("partnershipForm"),
    partnershipsByStatus: vocabulary("partnershipStatus"),
    partnershipsByCountryPair: (key) => key.split("-").map(country).join(" – "),
    organizationsPublishedByMonth: (key) => formatMonth(new Date(`${key}-01T12:00:00Z`), locale),
  };
  const text = (chart: StatChart): BarChartText => ({
    fewerThan5: t("fewerThan5"),
    group: t("group"),
    count: t("count"),
    extra: chart.hasCost ? t("cost") : undefined,
    table: t("table"),
    csv: t("csv"),
    empty: t("empty"),
  });
  const byId = new Map(observatory.charts.map((chart) => [chart.id, chart]));
  const { openNeeds } = observatory;

  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("lead")}</p>
      <p className="mt-2 max-w-3xl text-sm text-muted">{t("suppression")}</p>
      <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
        <a href={statsCsvPath("all")} type="text/csv" className="inline-block py-2 font-medium">
          {t("allCsv")}
        </a>
        <a href={STATS_API} type="application/json" className="inline-block py-2 font-medium">
          {t("json")}
        </a>
        <Link href="/data" className="inline-block py-2 font-medium">
          {t("codebook")}
        </Link>
      </p>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`stats-${section.id}`} className="mt-10">
          <h2 id={`stats-${section.id}`} className="text-2xl font-semibold">
            {t(`sections.${section.id}`)}
          </h2>
          {section.id === "communities" && (
            <p className="mt-2 text-lg">
              {openNeeds.count === null
                ? t("openNeedsFew")
                : t("openNeedsTotal", { count: openNeeds.count, cost: euros(openNeeds.costEur ?? 0) })}
            </p>
          )}
          <div className="mt-4 grid gap-6 lg:grid-cols-2">
            {section.charts.map((id) => {
              const chart = byId.get(id);
              if (!chart) return null;
              return (
                <BarChart
                  key={id}
                  title={t(`charts.${id}`)}
                  text={text(chart)}
                  csvHref={statsCsvPath(id)}
                  formatNumber={number}
                  rows={chart.rows.map((row) => ({
                    key: row.key,
                    label: labels[id](row.key),
                    count: row.count,
                    extra: row.costEur === null ? null : euros(row.costEur),
                    href: row.href && `/${locale}${row.href}`,
                  }))}
                />
              );
            })}
          </div>
        </section>
      ))}
    </div>
  );
}
