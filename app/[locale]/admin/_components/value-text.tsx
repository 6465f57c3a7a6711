import { formatterFor } from "@/components/i18n/format";
import { oblastName } from "@/lib/i18n/display-names";
import type { Locale } from "next-intl";
import { pickText } from "@/lib/i18n/localized-text";
import { minorToUnits } from "@/lib/money/minor";

/**
 * A before/after value of an edit, readable: localized text per language, lists joined. Given
 * the column, amounts in minor units read as units ("25,000.00", the currency is its own row)
 * and KATOTTG oblast codes as oblast names.
 */
export function ValueText({ value, field, locale = "en" }: { value: unknown; field?: string; locale?: Locale }) {
  if (value === null || value === undefined || value === "") return <span className="text-muted">—</span>;
  if ((field === "budgetMinMinor" || field === "budgetMaxMinor") && /^\d+$/.test(String(value))) {
    return <>{formatterFor(locale).number(minorToUnits(String(value)), { minimumFractionDigits: 2, maximumFractionDigits: 2 })}</>;
  }
  if (field === "operatingOblasts" && Array.isArray(value)) {
    return <>{value.map((code) => oblastName(String(code), null, locale).text).join(", ") || "—"}</>;
  }
  if (Array.isArray(value)) return <>{value.join(", ") || "—"}</>;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return <span className="text-muted">—</span>;
    return (
      <dl>
        {entries.map(([lang, text]) => (
          <div key={lang} className="flex gap-1">
            <dt className="font-mono text-xs uppercase text-muted">{lang}</dt>
            <dd lang={lang}>{String(text)}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return <>{String(value)}</>;
}

export function nameText(value: unknown, locale: string): string {
  return pickText(value, locale)?.text ?? "—";
}
