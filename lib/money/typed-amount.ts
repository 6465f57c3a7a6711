// Numbers as people type them into a form, in Ukrainian or English habits: "60 000", "60,000",
// "60.000", "~60 000 €", "близько 60 000 грн", "60 000,50", "$1,250.5". One parser for every
// amount and count field (lib/forms/fields.ts), so "60 000" means the same in every form.
//
// The rules, in order:
// - a leading "~", "≈", "approx.", "about", "ca.", "близько", "приблизно", "бл." is dropped:
//   a need's cost is approximate anyway;
// - one currency sign or code before or after the digits (€, EUR, $, USD, ₴, грн, UAH, zł, PLN,
//   £, GBP, …) names the currency (see `currency` below); two different ones are refused;
// - spaces of any kind (no-break, thin), apostrophes and underscores group thousands;
// - with both a comma and a dot, the last one is the decimal mark ("60,000.50", "60.000,50");
// - with one kind only: repeated, it groups thousands ("1.000.000"); once, followed by exactly
//   three digits after 1–3 digits and no space groups, it groups thousands ("60,000" and
//   "60.000" are sixty thousand, nobody states a cost to a tenth of a cent); otherwise it is the
//   decimal mark ("60 000,50", "12.5");
// - groups after the first have exactly three digits, decimals at most two.
// Anything else is refused rather than guessed ("60,000.000,5", "6,00,000", "12.345,678").
import { eurPerUnit } from "./eur";

/** The longest text read as an amount ("approximately 1 000 000 000,00 EUR" is 34 characters). */
export const MAX_TYPED_LENGTH = 64;

export type TypedAmount = { ok: true; value: number; currency?: string } | { ok: false };

/** Words and signs that say "about": dropped from the start of the text (longest first). */
const APPROXIMATE = /^(?:~|≈|±|approx\.|approximately|approx|about|around|ca\.|circa|близько|приблизно|бл\.|орієнтовно|прибл\.)\s*/iu;

/** Currency signs and words → ISO codes. Codes themselves are matched from eurPerUnit. */
const CURRENCY_WORDS: Record<string, string> = {
  "€": "EUR",
  євро: "EUR",
  euro: "EUR",
  euros: "EUR",
  $: "USD",
  us$: "USD",
  ca$: "CAD",
  c$: "CAD",
  "₴": "UAH",
  грн: "UAH",
  "грн.": "UAH",
  гривень: "UAH",
  гривні: "UAH",
  гривня: "UAH",
  "£": "GBP",
  zł: "PLN",
  zl: "PLN",
  kč: "CZK",
  fr: "CHF",
  "fr.": "CHF",
};

function currencyOf(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (CURRENCY_WORDS[lower]) return CURRENCY_WORDS[lower];
  const upper = word.toUpperCase();
  return upper in eurPerUnit ? upper : undefined;
}

// A currency word at the start or the end: letters (any script), signs, with an optional dot.
const LEADING_CURRENCY = /^([\p{L}$€₴£]+\.?|[\p{L}]*[$€₴£])\s*/u;
const TRAILING_CURRENCY = /\s*([\p{L}$€₴£][\p{L}.$€₴£]*)$/u;

/** Thousands groups: the first of 1–3 digits, each further one of exactly 3. */
const GROUPED = (separator: string) => new RegExp(`^\\d{1,3}(?:${separator}\\d{3})+$`);

/** The integer part, with spaces already turned into "_": plain digits, or digits grouped by one separator. */
function integerPart(text: string, separator: string | null): string | null {
  if (/^\d+$/.test(text)) return text;
  if (separator && GROUPED(separator === "." ? "\\." : separator).test(text)) return text.split(separator).join("");
  return null;
}

/**
 * Reads an amount typed by a person. `decimals`: how many digits may follow the decimal mark
 * (2 for money, 0 for counts). `value` may be negative: the field's own rule says if it may.
 */
export function parseTypedAmount(input: string, decimals = 2): TypedAmount {
  // No amount is longer; the cap also keeps the patterns below cheap on hostile input.
  if (input.length > MAX_TYPED_LENGTH) return { ok: false };
  let text = input.normalize("NFKC").trim();
  let negative = false;
  const currencies = new Set<string>();
  // The approximation word may come before or after a sign: "~€60 000", "€ ~60 000".
  for (let round = 0; round < 2; round += 1) {
    text = text.replace(APPROXIMATE, "");
    const leading = LEADING_CURRENCY.exec(text);
    if (leading && !/^\d/.test(text)) {
      const code = currencyOf(leading[1]!);
      if (!code) return { ok: false };
      currencies.add(code);
      text = text.slice(leading[0].length);
    }
  }
  const trailing = TRAILING_CURRENCY.exec(text);
  if (trailing) {
    const code = currencyOf(trailing[1]!);
    if (!code) return { ok: false };
    currencies.add(code);
    text = text.slice(0, trailing.index);
  }
  if (currencies.size > 1) return { ok: false };
  if (text.startsWith("-") || text.startsWith("−")) {
    negative = true;
    text = text.slice(1).trimStart();
  }
  // Spaces (\s covers no-break and thin ones), apostrophes and underscores group thousands.
  const spaced = /[\s'’_]/.test(text);
  text = text.replace(/[\s'’_]+/g, " ");
  if (!/^\d[\d ,.]*$/.test(text) || !/\d$/.test(text)) return { ok: false };

  const commas = text.split(",").length - 1;
  const dots = text.split(".").length - 1;
  let whole: string;
  let fraction = "";
  let mark: "," | "." | null = null;
  if (commas > 0 && dots > 0) mark = text.lastIndexOf(",") > text.lastIndexOf(".") ? "," : ".";
  else if (commas + dots === 1) {
    const single = commas ? "," : ".";
    const [before, after] = text.split(single) as [string, string];
    const groupsThousands = !spaced && /^\d{1,3}$/.test(before) && /^\d{3}$/.test(after);
    mark = groupsThousands ? null : single;
  }
  if (mark) {
    const at = text.lastIndexOf(mark);
    whole = text.slice(0, at);
    fraction = text.slice(at + 1);
    if (whole.includes(mark)) return { ok: false };
    if (!/^\d+$/.test(fraction) || fraction.length > decimals) return { ok: false };
  } else whole = text;

  // What separates the groups of the integer part: the space, or the one punctuation left.
  const separators = new Set(whole.replace(/\d/g, ""));
  if (separators.size > 1) return { ok: false };
  const digits = integerPart(whole, separators.size ? [...separators][0]! : null);
  if (digits === null) return { ok: false };
  const value = Number(fraction ? `${digits}.${fraction}` : digits);
  if (!Number.isFinite(value)) return { ok: false };
  const [currency] = currencies;
  return { ok: true, value: negative ? -value : value, ...(currency ? { currency } : {}) };
}
