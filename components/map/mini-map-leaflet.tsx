"use client";
// The small map of one listing (see mini-map.tsx). Loaded lazily, client only.
import "leaflet/dist/leaflet.css";
import "./map.css";
import { useMemo } from "react";
import L from "leaflet";
import { CircleMarker, MapContainer, Marker, TileLayer } from "react-leaflet";
import { BasemapPane } from "./basemap-pane";
import { tileLayerConfig } from "@/lib/map/tile-config";

const communityIcon = L.divIcon({ className: "atlas-community", iconSize: [16, 16] });

export default function MiniMapLeaflet({
  lat,
  lng,
  type,
  zoom,
  label,
}: {
  lat: number;
  lng: number;
  type: "o" | "c";
  zoom: number;
  label: string;
}) {
  const tiles = useMemo(() => tileLayerConfig(), []);
  return (
    <MapContainer
      center={[lat, lng]}
      zoom={zoom}
      scrollWheelZoom={false}
      className="atlas-map h-full w-full"
      ref={(map) => {
        map?.getContainer().setAttribute("aria-label", label);
        map?.getContainer().setAttribute("role", "region");
      }}
    >
      {tiles && <TileLayer url={tiles.url} attribution={tiles.attribution} />}
      <BasemapPane />
      {type === "o" ? (
        <CircleMarker
          center={[lat, lng]}
          radius={8}
          pathOptions={{ color: "#ffffff", weight: 2, fillColor: "#0b4f9c", fillOpacity: 1 }}
          interactive={false}
        />
      ) : (
        <Marker position={[lat, lng]} icon={communityIcon} keyboard={false} interactive={false} />
      )}
    </MapContainer>
  );
}
