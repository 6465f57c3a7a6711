"use client";
// What the map shows, as a list: the accessible alternative to the map, for screen readers and
// keyboards (and the whole answer without JavaScript). Listings link to their profiles; groups
// offer to zoom in, or to list a group that shares one place.
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useVocabulary, type VocabularyValue } from "@/components/i18n/vocabulary";
import { MAP_MAX_ZOOM } from "@/lib/map/filters";
import type { MapFeature, MapFeatureCollection } from "@/lib/map/types";
import { useClusterLabel } from "./cluster-label";

type Cluster = Extract<MapFeature, { id: number }>;

export function InViewList({
  collection,
  onZoom,
  onOpenStack,
}: {
  collection: MapFeatureCollection;
  onZoom(feature: MapFeature, zoom: number): void;
  onOpenStack(feature: Cluster): void;
}) {
  const t = useTranslations("map");
  const label = useVocabulary();
  const locale = useLocale();
  const clusterLabel = useClusterLabel();
  const clusters = collection.features.filter((f): f is Cluster => "id" in f).sort((a, b) => b.properties.n - a.properties.n);
  const points = collection.features
    .filter((f): f is Exclude<MapFeature, Cluster> => !("id" in f))
    .sort((a, b) => a.properties.n.localeCompare(b.properties.n, locale));
  return (
    <section id="in-view" aria-labelledby="in-view-heading" tabIndex={-1} className="min-w-0">
      <h2 id="in-view-heading" className="text-lg font-semibold">
        {t("listHeading")}
      </h2>
      <p aria-live="polite" className="text-muted">
        {t("inView", { count: collection.meta.total })}
      </p>
      {collection.meta.total === 0 ? (
        <p className="mt-3 rounded-lg border border-dashed border-line bg-surface p-4 text-muted">{t("empty")}</p>
      ) : (
        <ul className="mt-3 grid gap-2 sm:grid-cols-2">
          {points.map((feature) => {
            const p = feature.properties;
            const kind =
              p.t === "o"
                ? label("organizationKind", p.k as VocabularyValue<"organizationKind">)
                : `${t("community")} · ${label("communityType", p.k as VocabularyValue<"communityType">)}`;
            return (
              <li key={`${p.t}${p.s}`} className="rounded-md border border-line bg-surface p-3">
                <Link href={p.t === "o" ? `/organizations/${p.s}` : `/communities/${p.s}`} className="font-semibold">
                  {p.n}
                </Link>
                <span className="block text-sm text-muted">
                  {kind}
                  {p.p ? ` · ${p.p}` : ""}
                </span>
                <button
                  type="button"
                  className="mt-1 min-h-11 text-sm text-brand underline"
                  onClick={() => onZoom(feature, Math.max(collection.meta.zoom, 12))}
                >
                  {t("showOnMap")}
                </button>
              </li>
            );
          })}
          {clusters.map((feature) => (
            <li key={`c${feature.id}`} className="rounded-md border border-line bg-surface p-3">
              {feature.properties.m ? (
                <>
                  <span className="block font-semibold">{clusterLabel(feature.properties)}</span>
                  <span className="block text-sm text-muted">
                    {t("groupDetail", { count: feature.properties.n, organizations: feature.properties.o })}
                  </span>
                </>
              ) : (
                <span className="block">{clusterLabel(feature.properties)}</span>
              )}
              {feature.properties.x > MAP_MAX_ZOOM ? (
                <button type="button" className="mt-1 min-h-11 text-sm text-brand underline" onClick={() => onOpenStack(feature)}>
                  {t("listThem")}
                </button>
              ) : (
                <button
                  type="button"
                  className="mt-1 min-h-11 text-sm text-brand underline"
                  onClick={() => onZoom(feature, feature.properties.x)}
                >
                  {t("zoomIn")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
