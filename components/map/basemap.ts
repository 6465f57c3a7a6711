// What the maps draw under their markers, shipped with the app so every view has context when
// the tile server is unreachable or not configured (offline, blocked, tests):
// - country outlines at 1:110m (Natural Earth via world-atlas, ~100 KB of TopoJSON), in a lazy
//   chunk loaded after the map starts, without weighing on first load;
// - finer 1:50m outlines for Europe and its neighbours, and place names, as static files in
//   public/basemap/ (see its README), fetched once a page the first time they are needed.
// Both outlines are drawn with Ukraine's recognised borders (lib/map/recognised-borders.ts).
import type { PlaceRow } from "@/lib/map/place-labels";
import { countriesWithRecognisedBorders, type Countries } from "@/lib/map/recognised-borders";

/** Loads once; a failure is forgotten so the next use tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load();
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  };
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

export const loadBasemap = once(() =>
  import("world-atlas/countries-110m.json").then((module) => {
    const topology = (module.default ?? module) as unknown as Countries;
    return countriesWithRecognisedBorders(topology);
  }),
);

export const loadFineOutlines = once(() => fetchJson<Countries>("/basemap/outlines-50m.topo.json").then(countriesWithRecognisedBorders));

export const loadPlaces = once(() => fetchJson<{ places: PlaceRow[] }>("/basemap/places.json").then((body) => body.places));
