import { getTranslations } from "next-intl/server";
import { formatterFor } from "@/components/i18n/format";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { loose } from "@/components/i18n/loose-translator";
import type { VocabularyLabel } from "@/components/i18n/vocabulary";
import { oblastName } from "@/lib/i18n/display-names";
import type { Locale } from "next-intl";
import { pickText } from "@/lib/i18n/localized-text";
import { minorToUnits } from "@/lib/money/minor";
import { codeWords } from "@/lib/moderation/queue-words";

/** What an edit's table names in words: its fields, codes, yes/no and a poll's fixed choices. */
export interface EditLabels {
  field: (name: string) => string;
  vocabulary: VocabularyLabel;
  yes: string;
  no: string;
  /** A poll's audience or results setting ("MEMBERS" → "Members only"), when the value is one. */
  choice: (field: string, value: string) => string | undefined;
}

export async function getEditLabels(): Promise<EditLabels> {
  const [tAdmin, tFields, tPoll, vocabulary] = await Promise.all([
    getTranslations("admin"),
    getTranslations("admin.editFields"),
    getTranslations("pollForm"),
    getVocabulary(),
  ]);
  const fields = loose(tFields);
  const poll = loose(tPoll);
  const choiceKey: Record<string, string> = { audience: "audience", resultsVisibility: "results" };
  return {
    // A field this list does not know yet still shows, under its own name.
    field: (name) => (fields.has(name) ? fields(name) : name),
    vocabulary,
    yes: tAdmin("valueYes"),
    no: tAdmin("valueNo"),
    choice: (field, value) => {
      const key = choiceKey[field] ? `${choiceKey[field]}${value}` : "";
      return key && poll.has(key) ? poll(key) : undefined;
    },
  };
}

/**
 * A before/after value of an edit, readable: localized text per language, lists joined. Given
 * the column, amounts in minor units read as units ("25,000.00", the currency is its own row)
 * and KATOTTG oblast codes as oblast names.
 */
export function ValueText({
  value,
  field,
  locale = "en",
  labels,
}: {
  value: unknown;
  field?: string;
  locale?: Locale;
  labels?: EditLabels;
}) {
  if (value === null || value === undefined || value === "") return <span className="text-muted">—</span>;
  if (labels && typeof value === "boolean") return <>{value ? labels.yes : labels.no}</>;
  if (labels && field) {
    // Codes as words in the reader's language: sectors, countries, languages, an event's type…
    const words = labels.choice(field, String(value)) ?? codeWords(field, value, locale, labels.vocabulary);
    if (words !== null) return <>{words || "—"}</>;
  }
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
