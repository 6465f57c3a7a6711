// Where the map has finer (1:50m) country outlines: west, south, east, north in degrees. Europe,
// the Middle East and North Africa, where nearly all listings are; a country reaching into it
// is included whole. Shared by the data builder (build-basemap-data.mts) and the map.
export const OUTLINE_REGION = [-32, 22, 62, 72] as const;
/** From this zoom on, the finer outlines replace the coarse ones (1:110m reads fine below it). */
export const FINE_OUTLINES_ZOOM = 5;
