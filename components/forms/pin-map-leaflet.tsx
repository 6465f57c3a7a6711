"use client";
// The map of ./pin-map.tsx: a pin the person drags, or moves by clicking the map, and a button
// that puts it at the map's centre for those who move the map with the arrow keys. Loaded lazily,
// client only. The bundled outlines lie under the tiles, so it is usable without a tile server.
import "leaflet/dist/leaflet.css";
import "@/components/map/map.css";
import { useEffect, useMemo, useRef } from "react";
import L from "leaflet";
import { MapContainer, Marker, TileLayer, useMap, useMapEvents } from "react-leaflet";
import { BasemapPane } from "@/components/map/basemap-pane";
import { tileLayerConfig } from "@/lib/map/tile-config";
import type { LatLng } from "@/lib/geo/place-key";

// Drawn in HTML: no marker image is fetched.
const pinIcon = L.divIcon({
  className: "",
  html: '<span class="block h-6 w-6 rounded-full border-[3px] border-white bg-brand shadow-md"></span>',
  iconSize: [24, 24],
  iconAnchor: [12, 12],
});

/** Five decimals (about a metre), as the gazetteer keeps them; longitudes wrapped into ±180. */
const rounded = (point: L.LatLng): LatLng => {
  const wrapped = point.wrap();
  return { lat: Number(wrapped.lat.toFixed(5)), lng: Number(wrapped.lng.toFixed(5)) };
};

/** Moves the map when the view changes from outside (a place picked in the search), not when the pin moves. */
function FollowView({ view }: { view: { center: LatLng; zoom: number } }) {
  const map = useMap();
  useEffect(() => {
    map.setView([view.center.lat, view.center.lng], view.zoom);
  }, [map, view]);
  return null;
}

function ClickToPin({ onPin }: { onPin: (point: LatLng) => void }) {
  useMapEvents({ click: (event) => onPin(rounded(event.latlng)) });
  return null;
}

export default function PinMapLeaflet({
  pin,
  view,
  onPin,
  label,
  centreLabel,
}: {
  pin: LatLng | null;
  view: { center: LatLng; zoom: number };
  onPin: (point: LatLng) => void;
  label: string;
  centreLabel: string;
}) {
  const tiles = useMemo(() => tileLayerConfig(), []);
  const map = useRef<L.Map | null>(null);
  return (
    <>
      <div className="h-56 overflow-hidden rounded-lg border border-line sm:h-64">
        <MapContainer
          center={[view.center.lat, view.center.lng]}
          zoom={view.zoom}
          scrollWheelZoom={false}
          className="atlas-map h-full w-full"
          ref={(instance) => {
            map.current = instance;
            instance?.getContainer().setAttribute("aria-label", label);
            instance?.getContainer().setAttribute("role", "region");
          }}
        >
          {tiles && <TileLayer url={tiles.url} attribution={tiles.attribution} />}
          <BasemapPane />
          <FollowView view={view} />
          <ClickToPin onPin={onPin} />
          {pin ? (
            <Marker
              position={[pin.lat, pin.lng]}
              icon={pinIcon}
              draggable
              keyboard={false}
              eventHandlers={{ dragend: (event) => onPin(rounded((event.target as L.Marker).getLatLng())) }}
            />
          ) : null}
        </MapContainer>
      </div>
      <button
        type="button"
        onClick={() => map.current && onPin(rounded(map.current.getCenter()))}
        className="mt-2 inline-flex min-h-11 items-center rounded-md border border-line bg-surface px-3 font-medium hover:bg-brand-soft"
      >
        {centreLabel}
      </button>
    </>
  );
}
