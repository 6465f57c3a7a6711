// Money is stored in integer minor units (BigInt columns such as Need.costMinor and
// Organization.budgetMinMinor). Every currency we accept (./eur.ts) has 100 minor units to the
// unit, so conversion is one constant; forms and pages speak in units.
export const MINOR_PER_UNIT = 100;

/** MINOR_PER_UNIT as a numeric SQL literal, for queries that compare amounts in the database:
 *  dividing by "100.0" keeps the cents where an integer 100 would drop them. */
export const MINOR_PER_UNIT_SQL = MINOR_PER_UNIT.toFixed(1);

/** Units as typed in a form (at most two decimals) to stored minor units. */
export function unitsToMinor(units: number): bigint {
  return BigInt(Math.round(units * MINOR_PER_UNIT));
}

/** Stored minor units (a BigInt from the database, or its decimal string from JSON) to units. */
export function minorToUnits(minor: bigint | number | string): number {
  return Number(minor) / MINOR_PER_UNIT;
}
