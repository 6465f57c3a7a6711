// Country outlines that ship with the app (Natural Earth 1:110m via world-atlas, ~100 KB of
// TopoJSON): loaded in a lazy chunk after the map starts, so markers have context when the tile
// server is unreachable (offline, blocked, tests) without weighing on first load.
import type { FeatureCollection } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

let loading: Promise<FeatureCollection> | undefined;

export function loadBasemap(): Promise<FeatureCollection> {
  loading ??= import("world-atlas/countries-110m.json").then((module) => {
    const topology = (module.default ?? module) as unknown as Topology<{ countries: GeometryCollection }>;
    return feature(topology, topology.objects.countries) as FeatureCollection;
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
