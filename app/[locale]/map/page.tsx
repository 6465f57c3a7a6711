import { getTranslations } from "next-intl/server";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { openPage, titleMetadata } from "@/components/layout/page";
import { MapExplorer, type Option } from "@/components/map/map-explorer";
import { OrganizationKind, Sector } from "@/generated/prisma/enums";
import { oblasts } from "@/lib/geo/places";
import { countryName, languageName } from "@/lib/i18n/display-names";
import { mapSearchParams, parseMapFilters, parseMapLines, parseMapView } from "@/lib/map/filters";
import { mapFilterValues, mapViewport } from "@/lib/map/queries";
import { viewportAround } from "@/lib/map/viewport";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleMetadata("map.title");

export default async function MapPage({ params, searchParams }: Props) {
  const locale = await openPage(params);
  const query = await searchParams;
  const filters = parseMapFilters(query);
  const view = parseMapView(query);
  // The first answer is rendered here (a typical 1280×640 viewport around the view), so the list
  // is in the HTML before the map loads, and without JavaScript at all.
  const initialParams = mapSearchParams(filters);
  initialParams.set("bbox", viewportAround(view.lat, view.lng, view.zoom, 1280, 640).join(","));
  initialParams.set("zoom", String(view.zoom));
  initialParams.set("locale", locale);
  const [initial, values, t, label] = await Promise.all([
    mapViewport(initialParams),
    mapFilterValues(),
    getTranslations("map"),
    getVocabulary(),
  ]);
  const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, locale);
  const options = {
    kind: Object.values(OrganizationKind)
      .map((value) => ({ value, label: label("organizationKind", value) }))
      .sort(byLabel),
    sector: Object.values(Sector)
      .map((value) => ({ value, label: label("sector", value) }))
      .sort(byLabel),
    country: values.countries.map((value) => ({ value, label: countryName(value, locale) })).sort(byLabel),
    language: values.languages.map((value) => ({ value, label: languageName(value, locale) })).sort(byLabel),
    oblast: oblasts.map((oblast) => ({ value: oblast.code, label: locale === "uk" ? oblast.uk : oblast.en })).sort(byLabel),
  };
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-muted">{t("intro")}</p>
      <p className="mt-1 max-w-3xl text-sm text-muted">{t("privacyNote")}</p>
      <MapExplorer
        filters={filters}
        view={view}
        lines={parseMapLines(query)}
        initial={initial ?? { type: "FeatureCollection", features: [], meta: { zoom: view.zoom, total: 0, organizations: 0 } }}
        options={options}
      />
    </div>
  );
}
