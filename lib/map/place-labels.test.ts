import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_LABELS, PLACE_RANK, selectPlaceLabels, type PlaceRow } from "./place-labels";
import { viewportAround } from "./viewport";

const rows: PlaceRow[] = [
  ["Ukraine", "Україна", 48.38, 31.17, PLACE_RANK.country],
  ["Kyiv", "Київ", 50.45, 30.523, PLACE_RANK.capital],
  ["Lviv", "Львів", 49.84, 24.03, PLACE_RANK.city],
  ["Brovary", "Бровари", 50.511, 30.79, PLACE_RANK.town],
  ["Velyka Dymerka", "Велика Димерка", 50.591, 30.906, PLACE_RANK.village],
  ["Japan", "Японія", 36.2, 138.25, PLACE_RANK.country],
];
const names = (bbox: [number, number, number, number], zoom: number, locale = "en") =>
  selectPlaceLabels(rows, bbox, zoom, locale).map((label) => label.name);
const around = (lat: number, lng: number, zoom: number) => viewportAround(lat, lng, zoom, 1280, 800);

describe("selectPlaceLabels", () => {
  it("writes countries zoomed out, capitals and cities as one zooms in, and towns and villages closer", () => {
    const world: [number, number, number, number] = [-180, -85, 180, 85];
    expect(names(world, 3)).toEqual(["Ukraine", "Japan"]);
    expect(names(around(49, 28, 6), 6)).toEqual(expect.arrayContaining(["Kyiv", "Lviv"]));
    expect(names(around(49, 28, 6), 6)).not.toContain("Ukraine"); // inside it now
    expect(names(around(49, 28, 6), 6)).not.toContain("Brovary");
    expect(names(around(50.5, 30.7, 8), 8)).toEqual(["Kyiv", "Brovary"]);
    expect(names(around(50.5, 30.7, 11), 11)).toEqual(["Kyiv", "Brovary", "Velyka Dymerka"]);
  });

  it("writes names in the reader's language", () => {
    expect(names(around(50.5, 30.7, 11), 11, "uk")).toEqual(["Київ", "Бровари", "Велика Димерка"]);
  });

  it("leaves out a name that would overlap one already written", () => {
    // At zoom 6 Brovary's label would sit on Kyiv's; at 10 they are ~300 px apart.
    const crowded: PlaceRow[] = [rows[1]!, ["Brovary", "Бровари", 50.511, 30.79, PLACE_RANK.capital]];
    expect(selectPlaceLabels(crowded, around(50.5, 30.7, 6), 6, "en").map((l) => l.name)).toEqual(["Kyiv"]);
    expect(selectPlaceLabels(crowded, around(50.5, 30.7, 10), 10, "en").map((l) => l.name)).toEqual(["Kyiv", "Brovary"]);
  });

  it("finds names for a zoomed-in view anywhere in Ukraine in the shipped data, within the cap", () => {
    const places = (
      JSON.parse(readFileSync(new URL("../../public/basemap/places.json", import.meta.url), "utf8")) as { places: PlaceRow[] }
    ).places;
    for (const [lat, lng] of [
      [50.45, 30.52], // Kyiv
      [48.92, 24.71], // Ivano-Frankivsk
      [47.1, 37.55], // Mariupol
      [51.5, 31.3], // Chernihiv
    ] as const)
      for (const zoom of [8, 10, 12]) {
        const labels = selectPlaceLabels(places, viewportAround(lat, lng, zoom, 360, 400), zoom, "uk");
        expect(labels.length, `${lat},${lng} at ${zoom}`).toBeGreaterThan(0);
        expect(labels.length).toBeLessThanOrEqual(MAX_LABELS);
      }
  });
});
