import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTypedAmount } from "./typed-amount";

describe("parseTypedAmount", () => {
  // The walk-through's refused examples first: each was "This value is not accepted." before.
  it.each([
    ["60000", 60000],
    ["~60,000", 60000],
    ["60 000", 60000],
    ["60\u00a0000", 60000],
    ["60\u202f000", 60000],
    ["60\u2009000", 60000],
    ["60,000", 60000],
    ["60.000", 60000],
    ["60 000,50", 60000.5],
    ["60000,5", 60000.5],
    ["60,000.50", 60000.5],
    ["60.000,50", 60000.5],
    ["1.000.000", 1000000],
    ["1,000,000", 1000000],
    ["1 000 000,05", 1000000.05],
    ["12.5", 12.5],
    ["0,5", 0.5],
    ["≈ 60 000", 60000],
    ["approx. 60 000", 60000],
    ["близько 60 000", 60000],
    ["60'000", 60000],
    ["-5", -5],
  ])("reads %j as %d", (text, value) => {
    expect(parseTypedAmount(text)).toEqual({ ok: true, value });
  });

  it.each([
    ["€ 60 000", 60000, "EUR"],
    ["60 000 €", 60000, "EUR"],
    ["~€60,000", 60000, "EUR"],
    ["EUR 60000", 60000, "EUR"],
    ["$1,250.5", 1250.5, "USD"],
    ["1 250 USD", 1250, "USD"],
    ["₴60 000", 60000, "UAH"],
    ["60 000 грн", 60000, "UAH"],
    ["близько 60 000 грн.", 60000, "UAH"],
    ["60 000 UAH", 60000, "UAH"],
    ["2 500 zł", 2500, "PLN"],
    ["PLN 2500", 2500, "PLN"],
    ["pln 2500", 2500, "PLN"],
  ])("reads %j as %d %s", (text, value, currency) => {
    expect(parseTypedAmount(text)).toEqual({ ok: true, value, currency });
  });

  it.each([
    "60,000.000,5", // two decimal marks
    "6,00,000", // groups of two
    "12.345,678", // three decimals
    "60 000.000", // spaces group, so the dot is a decimal mark: three decimals
    "1234,567", // a group of four before a "thousands" comma
    "60 000,505",
    "60000.",
    ",5",
    "sixty thousand",
    "60 000 RUB", // a currency we do not accept
    "€ 60 000 грн", // two currencies
    "",
    "~",
    "1e5",
    "0x10",
  ])("refuses %j", (text) => {
    expect(parseTypedAmount(text).ok).toBe(false);
  });

  it("refuses text longer than any amount, cheaply", () => {
    expect(parseTypedAmount("1".repeat(70)).ok).toBe(false);
    expect(parseTypedAmount(`${"a".repeat(100_000)}1`).ok).toBe(false);
  });

  it("refuses decimals where a whole number is asked for", () => {
    expect(parseTypedAmount("25 000", 0)).toEqual({ ok: true, value: 25000 });
    expect(parseTypedAmount("25,000", 0)).toEqual({ ok: true, value: 25000 });
    expect(parseTypedAmount("25,5", 0).ok).toBe(false);
  });

  // Any amount in cents, written the ways the form's hint allows, reads back as itself.
  it("reads back any amount written with spaces, commas or dots as separators", () => {
    const groups = (whole: number, separator: string) => whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, separator);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(
          { group: " ", mark: "," },
          { group: "\u00a0", mark: "," },
          { group: ".", mark: "," },
          { group: ",", mark: "." },
          { group: "", mark: "." },
          { group: "", mark: "," },
        ),
        fc.constantFrom("", "~", "€ ", "близько "),
        (whole, cents, { group, mark }, prefix) => {
          const text = `${prefix}${groups(whole, group)}${mark}${String(cents).padStart(2, "0")}`;
          const read = parseTypedAmount(text);
          expect(read.ok && read.value).toBe((whole * 100 + cents) / 100);
        },
      ),
    );
  });

  it("reads whole amounts grouped by spaces or commas as themselves", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.constantFrom(" ", ",", "\u202f", ""), (whole, group) => {
        const text = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, group);
        expect(parseTypedAmount(text)).toEqual({ ok: true, value: whole });
      }),
    );
  });
});
