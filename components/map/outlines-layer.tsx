"use client";
// Country outlines drawn a batch at a time. Projecting and drawing every country in one go held
// a phone's main thread for half a second and more (Lighthouse, mobile preset: the map page's and
// a profile's small map's longest tasks); in batches, the browser may answer input in between.
// react-leaflet's <GeoJSON> draws its data in one call, hence this small layer of our own.
import { useEffect } from "react";
import L from "leaflet";
import { useMap } from "react-leaflet";
import type { FeatureCollection, Geometry } from "geojson";

/** The bounds of a geometry's points (a cheap walk, nothing projected); null when it has none. */
function boundsOf(geometry: Geometry): L.LatLngBounds | null {
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  const walk = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === "number") {
      const [lng, lat] = value as number[];
      if (lat! < south) south = lat!;
      if (lat! > north) north = lat!;
      if (lng! < west) west = lng!;
      if (lng! > east) east = lng!;
      return;
    }
    for (const item of value) walk(item);
  };
  if ("coordinates" in geometry) walk(geometry.coordinates);
  return south <= north ? L.latLngBounds([south, west], [north, east]) : null;
}

/** Countries per task: a 1:50m country is up to a few thousand points. */
const BATCH = 8;

export function OutlinesLayer({
  data,
  style,
  pane,
  attribution,
}: {
  data: FeatureCollection;
  style: L.PathOptions;
  pane: string;
  attribution?: string;
}) {
  const map = useMap();
  useEffect(() => {
    const layer = L.geoJSON(undefined, { interactive: false, style: () => style, pane, attribution }).addTo(map);
    // Those in view first, so the part a person sees is drawn before the rest of the world.
    const view = map.getBounds().pad(0.5);
    const inView = (feature: FeatureCollection["features"][number]) => {
      const box = boundsOf(feature.geometry);
      return box !== null && view.intersects(box);
    };
    const features = [...data.features].sort((a, b) => Number(inView(b)) - Number(inView(a)));
    let next = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const drawBatch = () => {
      const batch: FeatureCollection = { type: "FeatureCollection", features: features.slice(next, next + BATCH) };
      layer.addData(batch);
      next += BATCH;
      if (next < features.length) timer = setTimeout(drawBatch, 0);
    };
    drawBatch();
    return () => {
      clearTimeout(timer);
      layer.remove();
    };
  }, [map, data, style, pane, attribution]);
  return null;
}
