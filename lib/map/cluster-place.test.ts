import { describe, expect, it } from "vitest";
import { buildMapIndex, viewportFeatures, type MapArea, type MapPoint } from "./cluster-index";
import { clusterPlace, mergeTallies, PlaceNames, TALLY_SIZE, tallyOf } from "./cluster-place";
import { parseMapFilters } from "./filters";

const berlin = { key: "de-berlin", name: { uk: "Берлін", en: "Berlin" } };
const potsdam = { key: "de-potsdam", name: { uk: "Потсдам", en: "Potsdam" } };
const germany = { key: "DE", name: { uk: "Німеччина", en: "Germany" } };
const lviv = { key: "ua-lviv", name: { uk: "Львів", en: "Lviv" } };
const lvivOblast = { key: "UA46", name: { uk: "Львівська область", en: "Lviv Oblast" } };
const ukraine = { key: "UA", name: { uk: "Україна", en: "Ukraine" } };

let serial = 0;
function point(lat: number, lng: number, area: MapArea): MapPoint {
  serial += 1;
  return {
    type: "o",
    slug: `p${serial}`,
    lat,
    lng,
    name: { uk: `Т${serial}`, en: `T${serial}` },
    kind: "DIASPORA_ASSOCIATION",
    place: { uk: "", en: "" },
    country: area.country?.key ?? null,
    oblast: null,
    sectors: [],
    languages: [],
    area,
  };
}
const times = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));

describe("mergeTallies", () => {
  it("adds counts of the same places and keeps the largest first", () => {
    expect(mergeTallies([1, 3], [1, 2])).toEqual([1, 5]);
    expect(mergeTallies([1, 3, 2, 1], [2, 4])).toEqual([2, 5, 1, 3]);
    expect(mergeTallies([], tallyOf(7))).toEqual([7, 1]);
    expect(tallyOf(-1)).toEqual([]);
  });

  it("stays small however many places meet, and keeps one that holds most of them", () => {
    let tally = tallyOf(0);
    for (let i = 1; i <= 50; i++) tally = mergeTallies(mergeTallies(tally, tallyOf(i)), tallyOf(0));
    expect(tally.length).toBeLessThanOrEqual(TALLY_SIZE * 2);
    expect(tally[0]).toBe(0); // 51 of 101 listings: still first
  });

  it("never changes its inputs (supercluster shares them between zooms)", () => {
    const a = [1, 2];
    const b = [2, 1];
    mergeTallies(a, b);
    expect(a).toEqual([1, 2]);
    expect(b).toEqual([2, 1]);
  });
});

describe("clusterPlace", () => {
  const names = new PlaceNames();
  const [B, P, D] = [names.id(berlin.key, berlin.name), names.id(potsdam.key, potsdam.name), names.id(germany.key, germany.name)];

  it("names a cluster by the city that holds most of it, in the reader's language", () => {
    const tallies = { c: [B, 300, P, 30], r: [], y: [D, 330] };
    expect(clusterPlace(tallies, 330, names.name, "en")).toEqual({ name: "Berlin", all: false });
    expect(clusterPlace(tallies, 330, names.name, "uk")).toEqual({ name: "Берлін", all: false });
  });

  it("says when every listing is at that place", () => {
    expect(clusterPlace({ c: [B, 12], r: [], y: [D, 12] }, 12, names.name, "en")).toEqual({ name: "Berlin", all: true });
  });

  it("falls back to the country when no city holds half of it, or none is known", () => {
    expect(clusterPlace({ c: [B, 40, P, 30], r: [], y: [D, 100] }, 100, names.name, "uk")).toEqual({ name: "Німеччина", all: true });
    expect(clusterPlace({ c: [], r: [], y: [D, 5] }, 5, names.name, "en")).toEqual({ name: "Germany", all: true });
    expect(clusterPlace({ c: [], r: [], y: [] }, 5, names.name, "en")).toBeNull();
  });
});

describe("cluster names in a viewport", () => {
  it("calls the Berlin group after Berlin and a scattered Ukrainian group after its oblast", () => {
    const inBerlin: MapArea = { city: berlin, region: null, country: germany };
    const inPotsdam: MapArea = { city: potsdam, region: null, country: germany };
    const points = [
      ...times(30, () => point(52.52, 13.405, inBerlin)),
      ...times(3, () => point(52.39, 13.06, inPotsdam)),
      // Eight villages of Lviv Oblast, each its own place, plus two listings in Lviv.
      ...times(8, (i) =>
        point(49.6 + i * 0.05, 23.8 + i * 0.05, {
          city: { key: `v${i}`, name: { uk: `Село ${i}`, en: `Village ${i}` } },
          region: lvivOblast,
          country: ukraine,
        }),
      ),
      ...times(2, () => point(49.84, 24.03, { city: lviv, region: lvivOblast, country: ukraine })),
    ];
    const index = buildMapIndex(points, parseMapFilters({}));
    const clusters = (locale: string) =>
      viewportFeatures(index, [-20, 30, 50, 70], 5, locale).features.flatMap((f) => ("id" in f ? [f.properties] : []));
    const en = clusters("en");
    expect(en).toContainEqual(expect.objectContaining({ n: 33, m: "Berlin" }));
    expect(en.find((c) => c.n === 33)!.w).toBeUndefined(); // Potsdam is in it too: "and around"
    expect(en).toContainEqual(expect.objectContaining({ n: 10, m: "Lviv Oblast" }));
    expect(clusters("uk")).toContainEqual(expect.objectContaining({ n: 10, m: "Львівська область" }));
  });
});
