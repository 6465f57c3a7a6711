"use client";
// The country outlines and place names under both Leaflet maps (the map pages and a listing's
// small map), drawn once loaded (basemap.ts). Imported only by those lazily loaded modules, so
// Leaflet stays out of other pages' JavaScript. From FINE_OUTLINES_ZOOM on, the 1:50m outlines
// replace the 1:110m ones of the same countries, so coasts and borders stay close to true when
// zoomed in.
import { useMemo, useState } from "react";
import { Pane, useMap, useMapEvents } from "react-leaflet";
import type { FeatureCollection } from "geojson";
import { useTranslations } from "next-intl";
import { FINE_OUTLINES_ZOOM } from "@/lib/map/basemap-region";
import { loadBasemap, loadFineOutlines } from "./basemap";
import { OutlinesLayer } from "./outlines-layer";
import { PlaceLabelsLayer } from "./place-labels-layer";
import { useLoaded } from "./use-loaded";

const outlineStyle = { color: "#8a97a8", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 };

export function BasemapPane() {
  const map = useMap();
  const t = useTranslations("map");
  const [zoom, setZoom] = useState(() => map.getZoom());
  // The finer outlines are fetched the first time the map is zoomed in far enough, then kept.
  const [wantFine, setWantFine] = useState(() => map.getZoom() >= FINE_OUTLINES_ZOOM);
  useMapEvents({
    zoomend: () => {
      setZoom(map.getZoom());
      if (map.getZoom() >= FINE_OUTLINES_ZOOM) setWantFine(true);
    },
  });
  const fine = zoom >= FINE_OUTLINES_ZOOM;
  const coarse = useLoaded(loadBasemap);
  const detailed = useLoaded(wantFine ? loadFineOutlines : null);
  const shown = fine && detailed ? detailed : null;
  const rest = useMemo((): FeatureCollection | null => {
    if (!coarse || !shown) return coarse;
    // Features without an id (a few disputed areas) are kept from both: drawn twice is harmless.
    const replaced = new Set<unknown>(shown.features.map((f) => f.id).filter((id) => id !== undefined));
    return { ...coarse, features: coarse.features.filter((f) => !replaced.has(f.id)) };
  }, [coarse, shown]);
  // Below the tile pane (z-index 200): tiles cover the outlines and names when they load, and
  // both show through wherever tiles fail.
  return (
    <>
      <Pane name="basemap" style={{ zIndex: 150 }}>
        {rest && <OutlinesLayer data={rest} style={outlineStyle} pane="basemap" attribution={t("basemapCredit")} />}
        {shown && <OutlinesLayer data={shown} style={outlineStyle} pane="basemap" />}
      </Pane>
      <PlaceLabelsLayer />
    </>
  );
}
