"use client";
// Place names written on the bundled outlines (lib/map/place-labels.ts picks them for the view),
// so a zoomed-in map without tiles still says where it is. Text only, not interactive and
// hidden from screen readers: the list of what is in view is the accessible account of the map.
import { useMemo, useState } from "react";
import L from "leaflet";
import { Marker, Pane, useMap, useMapEvents } from "react-leaflet";
import { useLocale } from "next-intl";
import { selectPlaceLabels, type PlaceLabel } from "@/lib/map/place-labels";
import type { BBox } from "@/lib/map/viewport";
import { loadPlaces } from "./basemap";
import { escapeHtml } from "./escape-html";
import { useLoaded } from "./use-loaded";

const icons = new Map<string, L.DivIcon>();
function labelIcon(label: PlaceLabel): L.DivIcon {
  const key = `${label.rank}|${label.name}`;
  let icon = icons.get(key);
  if (!icon) {
    if (icons.size > 2000) icons.clear();
    icon = L.divIcon({
      className: `atlas-place atlas-place-${label.rank}`,
      iconSize: [0, 0],
      html: `<span aria-hidden="true">${escapeHtml(label.name)}</span>`,
    });
    icons.set(key, icon);
  }
  return icon;
}

function viewOf(map: L.Map): { bbox: BBox; zoom: number } {
  // A margin of half a screen each way: names just outside come in with the pan, not after it.
  const bounds = map.getBounds().pad(0.5);
  return { bbox: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], zoom: map.getZoom() };
}

export function PlaceLabelsLayer() {
  const map = useMap();
  const locale = useLocale();
  const places = useLoaded(loadPlaces);
  const [view, setView] = useState(() => viewOf(map));
  useMapEvents({ moveend: () => setView(viewOf(map)) });
  const labels = useMemo(() => (places ? selectPlaceLabels(places, view.bbox, view.zoom, locale) : []), [places, view, locale]);
  return (
    <Pane name="places" style={{ zIndex: 160, pointerEvents: "none" }}>
      {labels.map((label) => (
        <Marker
          key={`${label.rank}|${label.name}|${label.lat}|${label.lng}`}
          position={[label.lat, label.lng]}
          icon={labelIcon(label)}
          interactive={false}
          keyboard={false}
          pane="places"
        />
      ))}
    </Pane>
  );
}
