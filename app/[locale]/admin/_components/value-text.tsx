import { pickText } from "@/lib/i18n/localized-text";

/** A before/after value of an edit, readable: localized text per language, lists joined. */
export function ValueText({ value }: { value: unknown }) {
  if (value === null || value === undefined || value === "") return <span className="text-muted">—</span>;
  if (Array.isArray(value)) return <>{value.join(", ") || "—"}</>;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return <span className="text-muted">—</span>;
    return (
      <dl>
        {entries.map(([lang, text]) => (
          <div key={lang} className="flex gap-1"><dt className="font-mono text-xs uppercase text-muted">{lang}</dt><dd lang={lang}>{String(text)}</dd></div>
        ))}
      </dl>
    );
  }
  return <>{String(value)}</>;
}

export function nameText(value: unknown, locale: string): string {
  return pickText(value, locale)?.text ?? "—";
}
