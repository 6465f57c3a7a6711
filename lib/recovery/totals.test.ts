import { describe, expect, it } from "vitest";
import { rateOn, recoveryTotals, type MoneyRow, type RateRow } from "./totals";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const rates: RateRow[] = [
  { currency: "UAH", validFrom: day("2026-01-01"), eurPerUnit: 0.022 },
  { currency: "UAH", validFrom: day("2026-06-01"), eurPerUnit: 0.02 },
  { currency: "USD", validFrom: day("2026-03-01"), eurPerUnit: 0.9 },
];

describe("rateOn", () => {
  it("takes the newest rate from the day or before", () => {
    expect(rateOn(rates, "UAH", day("2026-05-31"))?.eurPerUnit).toBe(0.022);
    expect(rateOn(rates, "UAH", day("2026-06-01"))?.eurPerUnit).toBe(0.02);
  });
  it("falls back to the oldest rate for a date before every rate, and to nothing for an unknown currency", () => {
    expect(rateOn(rates, "USD", day("2025-01-01"))?.eurPerUnit).toBe(0.9);
    expect(rateOn(rates, "GBP", day("2026-01-01"))).toBeNull();
  });
});

describe("recoveryTotals", () => {
  const rows: MoneyRow[] = [
    { flow: "COMMITMENT", amountMinor: 6_000_000n, currency: "EUR", date: day("2026-02-01") },
    { flow: "COMMITMENT", amountMinor: 100_000_000n, currency: "UAH", date: day("2026-07-01") },
    { flow: "DISBURSEMENT", amountMinor: 2_000_000n, currency: "EUR", date: day("2026-03-01") },
    { flow: "DISBURSEMENT", amountMinor: 1_000_000n, currency: "UAH", date: day("2026-02-01") },
  ];
  it("sums per flow and currency without mixing currencies", () => {
    const totals = recoveryTotals(rows, rates);
    expect(totals.flows.COMMITMENT.byCurrency).toEqual([
      { currency: "UAH", minor: 100_000_000n },
      { currency: "EUR", minor: 6_000_000n },
    ]);
    expect(totals.flows.EXPENDITURE.byCurrency).toEqual([]);
    expect(totals.transactions).toBe(4);
  });
  it("converts each amount at the rate of its own date and names the newest rate used", () => {
    const totals = recoveryTotals(rows, rates);
    // 60,000 EUR + 1,000,000 UAH × 0.02 (July) = 80,000 EUR
    expect(totals.flows.COMMITMENT.eurMinor).toBe(8_000_000n);
    // 20,000 EUR + 10,000 UAH × 0.022 (February) = 20,220 EUR
    expect(totals.flows.DISBURSEMENT.eurMinor).toBe(2_022_000n);
    expect(totals.ratesAsOf).toEqual(day("2026-06-01"));
  });
  it("gives no equivalent when a currency has no rate", () => {
    const totals = recoveryTotals([{ flow: "EXPENDITURE", amountMinor: 100n, currency: "GBP", date: day("2026-01-01") }], rates);
    expect(totals.flows.EXPENDITURE.eurMinor).toBeNull();
    expect(totals.flows.EXPENDITURE.byCurrency).toEqual([{ currency: "GBP", minor: 100n }]);
  });
});
