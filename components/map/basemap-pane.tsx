"use client";
// The country outlines under both Leaflet maps (the map pages and a listing's small map), drawn
// once loaded (basemap.ts). Imported only by those lazily loaded modules, so Leaflet stays out of
// other pages' JavaScript.
import { useEffect, useState } from "react";
import { GeoJSON, Pane } from "react-leaflet";
import type { FeatureCollection } from "geojson";
import { loadBasemap } from "./basemap";

export function BasemapPane() {
  const [data, setData] = useState<FeatureCollection | null>(null);
  useEffect(() => {
    let live = true;
    loadBasemap().then(
      (collection) => live && setData(collection),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  // Below the tile pane (z-index 200): tiles cover the outlines when they load, and the
  // outlines show through wherever tiles fail.
  return (
    <Pane name="basemap" style={{ zIndex: 150 }}>
      {data && <GeoJSON data={data} interactive={false} style={{ color: "#8a97a8", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 }} />}
    </Pane>
  );
}
