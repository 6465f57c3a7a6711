// Approximate euro values for comparing costs across currencies (the needs list's cost filter,
// partner budgets). Fixed reference rates, deliberately: needs state *approximate* costs, and a
// daily rate feed would be an outside service these machines cannot reach. Update with care.
import { minorToUnits } from "./minor";

export const eurPerUnit: Record<string, number> = {
  EUR: 1,
  USD: 0.92,
  UAH: 0.022,
  GBP: 1.17,
  PLN: 0.23,
  CAD: 0.67,
  CHF: 1.05,
  CZK: 0.04,
  SEK: 0.088,
};

/** A cost in minor units of `currency` as whole euros, or null when the currency is unknown. */
export function minorToEur(minor: bigint | number, currency: string): number | null {
  const rate = eurPerUnit[currency.toUpperCase()];
  return rate === undefined ? null : Math.round(minorToUnits(minor) * rate);
}
