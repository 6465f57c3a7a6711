// Sums of a recovery plan's money (issue 18): per flow (pledged, paid out, spent) and currency,
// never adding one currency to another, plus a euro equivalent from the moderators' dated rates,
// labelled with the newest rate used. Pure, so the pages, the API and the tests sum the same way.
import type { AidFlow } from "@/generated/prisma/enums";

export const FLOWS = ["COMMITMENT", "DISBURSEMENT", "EXPENDITURE"] as const satisfies readonly AidFlow[];

export interface MoneyRow {
  flow: AidFlow;
  amountMinor: bigint;
  currency: string;
  date: Date;
}

export interface RateRow {
  currency: string;
  validFrom: Date;
  eurPerUnit: number;
}

export interface FlowTotal {
  /** Per currency, largest first; amounts in minor units. */
  byCurrency: { currency: string; minor: bigint }[];
  /** The euro equivalent in minor units, or null when a currency has no rate. */
  eurMinor: bigint | null;
}

export interface RecoveryTotals {
  flows: Record<AidFlow, FlowTotal>;
  /** The newest rate date any equivalent used; null when none was needed (only euros, or nothing). */
  ratesAsOf: Date | null;
  transactions: number;
}

/** The rate in force on `date`: the newest from that day or before, else the oldest there is. */
export function rateOn(rates: readonly RateRow[], currency: string, date: Date): RateRow | null {
  let best: RateRow | null = null;
  let earliest: RateRow | null = null;
  for (const rate of rates) {
    if (rate.currency !== currency) continue;
    if (!earliest || rate.validFrom < earliest.validFrom) earliest = rate;
    if (rate.validFrom <= date && (!best || rate.validFrom > best.validFrom)) best = rate;
  }
  return best ?? earliest;
}

export function recoveryTotals(rows: readonly MoneyRow[], rates: readonly RateRow[]): RecoveryTotals {
  const flows = {} as Record<AidFlow, FlowTotal>;
  let ratesAsOf: Date | null = null;
  for (const flow of FLOWS) {
    const byCurrency = new Map<string, bigint>();
    let eurMinor: bigint | null = 0n;
    for (const row of rows) {
      if (row.flow !== flow) continue;
      byCurrency.set(row.currency, (byCurrency.get(row.currency) ?? 0n) + row.amountMinor);
      if (eurMinor === null) continue;
      if (row.currency === "EUR") {
        eurMinor += row.amountMinor;
        continue;
      }
      const rate = rateOn(rates, row.currency, row.date);
      if (!rate) {
        eurMinor = null;
        continue;
      }
      if (!ratesAsOf || rate.validFrom > ratesAsOf) ratesAsOf = rate.validFrom;
      eurMinor += BigInt(Math.round(Number(row.amountMinor) * rate.eurPerUnit));
    }
    flows[flow] = {
      byCurrency: [...byCurrency]
        .map(([currency, minor]) => ({ currency, minor }))
        .sort((a, b) => (b.minor > a.minor ? 1 : b.minor < a.minor ? -1 : 0)),
      eurMinor,
    };
  }
  return { flows, ratesAsOf, transactions: rows.length };
}
