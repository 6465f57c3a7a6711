"use client";
// The map page's interactive part: filters, the Leaflet map (lazy, client only), the legend,
// the list of what is in view (the accessible alternative to the map) and "near me".
// Filters and view live in the URL (history.replaceState: moving the map does not re-render
// the server page); without JavaScript the filter form submits as a GET and the server-rendered
// list of the initial view stands in for the map.
import dynamic from "next/dynamic";
import { useCallback, useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { mapSearchParams, parseMapFilters, type MapFilters, type MapView } from "@/lib/map/filters";
import type { MapFeature, MapFeatureCollection, NearbyListing, PartnershipLine } from "@/lib/map/types";
import type { Stack, ViewChange } from "./leaflet-map";
import { InViewList } from "./in-view-list";
import { MapLegend } from "./map-legend";

const LeafletMap = dynamic(() => import("./leaflet-map"), {
  ssr: false,
  loading: () => <div className="h-full w-full bg-[#dfe8f1]" />,
});

export interface Option {
  value: string;
  label: string;
}

export interface MapExplorerProps {
  filters: MapFilters;
  view: MapView;
  lines: boolean;
  initial: MapFeatureCollection;
  options: { kind: Option[]; sector: Option[]; country: Option[]; language: Option[]; oblast: Option[] };
}

const selects = ["kind", "sector", "country", "language", "oblast"] as const;

function filtersFromForm(form: HTMLFormElement): MapFilters {
  const data = new FormData(form);
  const params = new URLSearchParams();
  for (const [key, value] of data)
    if (typeof value === "string" && value && !["lat", "lng", "z", "lines"].includes(key)) params.append(key, value);
  return parseMapFilters(params);
}

export function MapExplorer(props: MapExplorerProps) {
  const t = useTranslations("map");
  const locale = useLocale();
  const [filters, setFilters] = useState(props.filters);
  const [showLines, setShowLines] = useState(props.lines);
  const [collection, setCollection] = useState<MapFeatureCollection>(props.initial);
  const [failed, setFailed] = useState(false);
  const [lines, setLines] = useState<PartnershipLine[] | null>(null);
  const [stack, setStack] = useState<Stack | null>(null);
  const [flyTo, setFlyTo] = useState<(MapView & { key: number }) | null>(null);
  const [near, setNear] = useState<{ state: "idle" | "locating" | "failed" | "done"; items: NearbyListing[] }>({
    state: "idle",
    items: [],
  });
  const [here, setHere] = useState<{ lat: number; lng: number } | null>(null);
  const view = useRef<ViewChange | null>(null);
  const request = useRef<AbortController | null>(null);
  const lastAsked = useRef<string | null>(null);
  const lastAnswer = useRef<string | null>(null);

  const writeUrl = useCallback(
    (next: MapFilters, nextLines: boolean) => {
      const current = view.current;
      const params = mapSearchParams(next, current ? { lat: current.lat, lng: current.lng, zoom: current.zoom } : props.view, {
        lines: nextLines,
      });
      window.history.replaceState(window.history.state, "", `${window.location.pathname}?${params}`);
    },
    [props.view],
  );

  const load = useCallback(
    async (next: MapFilters) => {
      const current = view.current;
      if (!current) return;
      const params = mapSearchParams(next);
      params.set("bbox", current.bbox.map((v) => v.toFixed(5)).join(","));
      params.set("zoom", String(current.zoom));
      params.set("locale", locale);
      // The same question as the last one (a popup nudging the map by a few pixels) is not asked
      // again, and the same answer renders nothing: an open popup re-renders with its map and
      // Leaflet pans it into view again on every render, so each pointless fetch could start
      // another pan, whose moveend fetched again, forever.
      const asked = params.toString();
      if (asked === lastAsked.current) return;
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      lastAsked.current = asked;
      try {
        const response = await fetch(`/api/v1/map?${params}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        const body = await response.text();
        if (body !== lastAnswer.current) {
          lastAnswer.current = body;
          setCollection(JSON.parse(body) as MapFeatureCollection);
        }
        setFailed(false);
      } catch (error) {
        if (lastAsked.current === asked) lastAsked.current = null; // ask again next time
        if ((error as Error).name !== "AbortError") setFailed(true);
      }
    },
    [locale],
  );

  const onViewChange = useCallback(
    (next: ViewChange) => {
      view.current = next;
      writeUrl(filters, showLines);
      void load(filters);
    },
    [filters, showLines, load, writeUrl],
  );

  useEffect(() => {
    if (!showLines || lines) return;
    fetch(`/api/v1/map/partnerships?locale=${locale}`)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then(
        (body: { features: PartnershipLine[] }) => setLines(body.features),
        () => setFailed(true),
      );
  }, [showLines, lines, locale]);

  const applyFilters = (form: HTMLFormElement) => {
    const next = filtersFromForm(form);
    const nextLines = (form.elements.namedItem("lines") as HTMLInputElement | null)?.checked ?? false;
    setFilters(next);
    setShowLines(nextLines);
    setStack(null);
    writeUrl(next, nextLines);
    void load(next);
  };

  const openStack = async (cluster: { id: number; count: number; lat: number; lng: number }, offset = 0, previous: Stack | null = null) => {
    const params = mapSearchParams(filters);
    params.set("cluster", String(cluster.id));
    params.set("offset", String(offset));
    params.set("locale", locale);
    const response = await fetch(`/api/v1/map?${params}`);
    if (!response.ok) return setFailed(true);
    const body: { features: Extract<MapFeature, { properties: { t: string } }>[]; meta: { more: boolean } } = await response.json();
    setStack({ ...cluster, items: [...(previous?.items ?? []), ...body.features], more: body.meta.more });
  };

  const findNearMe = () => {
    if (!("geolocation" in navigator)) return setNear({ state: "failed", items: [] });
    setNear({ state: "locating", items: [] });
    navigator.geolocation.getCurrentPosition(
      async ({ coords }) => {
        const params = mapSearchParams(filters);
        params.set("near", `${coords.latitude.toFixed(4)},${coords.longitude.toFixed(4)}`);
        params.set("locale", locale);
        try {
          const response = await fetch(`/api/v1/map?${params}`);
          if (!response.ok) throw new Error(String(response.status));
          const body: { data: NearbyListing[] } = await response.json();
          setHere({ lat: coords.latitude, lng: coords.longitude });
          setFlyTo({ lat: coords.latitude, lng: coords.longitude, zoom: 10, key: Date.now() });
          setNear({ state: "done", items: body.data });
        } catch {
          setNear({ state: "failed", items: [] });
        }
      },
      () => setNear({ state: "failed", items: [] }),
      { maximumAge: 600_000, timeout: 15_000 },
    );
  };

  const showPlace = (lat: number, lng: number, zoom: number) => {
    setFlyTo({ lat, lng, zoom, key: Date.now() });
    document.getElementById("atlas-map")?.scrollIntoView({ block: "nearest" });
  };

  return (
    <div className="mt-4 space-y-4">
      <form
        method="get"
        className="grid gap-3 rounded-lg border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-6 [&>*]:min-w-0"
        aria-label={t("filters")}
        onChange={(event) => applyFilters(event.currentTarget)}
        onSubmit={(event) => {
          event.preventDefault();
          applyFilters(event.currentTarget);
        }}
      >
        <fieldset className="lg:col-span-1">
          <legend className="text-sm font-semibold">{t("layer")}</legend>
          {(["organizations", "communities"] as const).map((layer) => (
            <label key={layer} className="mt-1 flex min-h-8 items-center gap-2">
              <input
                type="checkbox"
                name="layer"
                value={layer}
                defaultChecked={filters.layer.length === 0 || filters.layer.includes(layer)}
              />
              {t(layer === "organizations" ? "layerOrganizations" : "layerCommunities")}
            </label>
          ))}
        </fieldset>
        {selects.map((name) => (
          <label key={name} className="flex flex-col gap-1 text-sm font-semibold">
            {t(name)}
            <select
              name={name}
              defaultValue={filters[name][0] ?? ""}
              className="min-h-11 w-full min-w-0 rounded-md border border-line bg-surface px-2 font-normal"
            >
              <option value="">{t("any")}</option>
              {props.options[name].map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label className="flex min-h-11 items-center gap-2 sm:col-span-2 lg:col-span-3">
          <input type="checkbox" name="lines" value="1" defaultChecked={props.lines} />
          {t("lines")}
        </label>
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-3 lg:justify-end">
          <input type="hidden" name="lat" value={props.view.lat} />
          <input type="hidden" name="lng" value={props.view.lng} />
          <input type="hidden" name="z" value={props.view.zoom} />
          <noscript>
            <button type="submit" className="min-h-11 rounded-md bg-brand px-4 font-semibold text-white">
              {t("apply")}
            </button>
          </noscript>
          <Link href="/map" className="min-h-11 content-center">
            {t("clear")}
          </Link>
        </div>
      </form>

      <a href="#in-view" className="sr-only focus:not-sr-only">
        {t("skipMap")}
      </a>
      <div id="atlas-map" className="h-[60vh] min-h-80 overflow-hidden rounded-lg border border-line">
        <LeafletMap
          view={props.view}
          features={collection.features}
          lines={showLines ? lines : null}
          here={here}
          flyTo={flyTo}
          stack={stack}
          label={t("mapLabel")}
          onViewChange={onViewChange}
          onOpenStack={(cluster) => void openStack(cluster)}
          onMoreStack={() => stack && void openStack(stack, stack.items.length, stack)}
          onCloseStack={() => setStack(null)}
        />
      </div>
      {failed && (
        <p role="alert" className="rounded-md border border-note-line bg-note-soft p-3">
          {t("loadFailed")}
        </p>
      )}

      <div className="grid gap-6 lg:grid-cols-[1fr_18rem] [&>*]:min-w-0">
        <InViewList
          collection={collection}
          onZoom={(feature, zoom) => showPlace(feature.geometry.coordinates[1], feature.geometry.coordinates[0], zoom)}
          onOpenStack={(feature) =>
            "id" in feature &&
            void openStack({
              id: feature.id,
              count: feature.properties.n,
              lat: feature.geometry.coordinates[1],
              lng: feature.geometry.coordinates[0],
            })
          }
        />
        <div className="space-y-6">
          <MapLegend lines={showLines} />
          <section aria-labelledby="near-heading" className="space-y-2">
            <h2 id="near-heading" className="text-lg font-semibold">
              {t("nearHeading")}
            </h2>
            <button
              type="button"
              onClick={findNearMe}
              className="min-h-11 rounded-md bg-brand px-4 font-semibold text-white hover:bg-brand-strong"
            >
              {t("nearMe")}
            </button>
            <p className="text-sm text-muted">{t("nearMeHint")}</p>
            <div aria-live="polite">
              {near.state === "locating" && <p>{t("locating")}</p>}
              {near.state === "failed" && <p>{t("geoDenied")}</p>}
              {near.state === "done" && (
                <ol className="space-y-2">
                  {near.items.map((item) => (
                    <li key={item.properties.s}>
                      <Link href={`/organizations/${item.properties.s}`}>{item.properties.n}</Link>
                      <span className="block text-sm text-muted">
                        {t("distance", { km: item.km })} · {item.properties.p}
                      </span>
                    </li>
                  ))}
                </ol>
              )}
            </div>
          </section>
        </div>
      </div>
    </div>
  );
}
