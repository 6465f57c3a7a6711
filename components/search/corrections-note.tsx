import { getTranslations } from "next-intl/server";

/** Tells the person which misspelt words were read as which real ones. */
export async function CorrectionsNote({ corrections }: { corrections: Record<string, string[]> }) {
  const entries = Object.entries(corrections);
  if (entries.length === 0) return null;
  const t = await getTranslations("search");
  return (
    <div className="mt-3 space-y-1 text-sm text-muted">
      {entries.map(([word, suggestions]) => (
        <p key={word}>{t("correctedTo", { word, suggestions: suggestions.map((s) => `“${s}”`).join(", ") })}</p>
      ))}
    </div>
  );
}
