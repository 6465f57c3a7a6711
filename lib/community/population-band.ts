// A community's population as a band: the directory filters by band, the search projection
// (lib/search/documents.ts) stores it. Pure, so both the browser and scripts can import it.

/** Upper bounds of the community population bands (the last band is open-ended). */
export const populationBands = [5_000, 10_000, 20_000, 50_000, 100_000] as const;

/** The band a population falls in: 0…populationBands.length, null when unknown. */
export function populationBand(population: number | null | undefined): number | null {
  if (population === null || population === undefined) return null;
  const index = populationBands.findIndex((limit) => population < limit);
  return index === -1 ? populationBands.length : index;
}
