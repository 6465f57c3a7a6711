import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { formatterFor } from "@/components/i18n/format";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { languageName } from "@/lib/i18n/display-names";
import { pickText } from "@/lib/i18n/localized-text";
import type { MatchReason } from "@/lib/matching/score";

/** The reasons a match scored, as plain sentences, each with what it adds to the fit (its points over the best possible score). */
export async function MatchReasons({ reasons, best, locale }: { reasons: MatchReason[]; best: number; locale: string }) {
  const [t, label] = await Promise.all([getTranslations("matching.reasons"), getVocabulary()]);
  const format = formatterFor(locale as Locale);
  const lines: { key: string; text: string; points: number }[] = [];
  for (const reason of reasons) {
    switch (reason.code) {
      case "sector":
        lines.push({
          key: "sector",
          text: t("sector", { sectors: reason.sectors.map((s) => label("sector", s)).join(", ") }),
          points: reason.points,
        });
        break;
      case "aid":
        lines.push({
          key: "aid",
          text: reason.aidTypes.length ? t("aid", { aidTypes: reason.aidTypes.map((a) => label("aidType", a)).join(", ") }) : t("aidAny"),
          points: reason.points,
        });
        break;
      case "priority":
        lines.push({
          key: "priority",
          text: t("priority", { needs: reason.titles.map((title) => pickText(title, locale)?.text ?? "").join("; ") }),
          points: reason.points,
        });
        break;
      case "cost":
        lines.push({ key: "cost", text: t("cost"), points: reason.points });
        break;
      case "language":
        lines.push({
          key: "language",
          text: t("language", { languages: reason.languages.map((code) => languageName(code, locale)).join(", ") }),
          points: reason.points,
        });
        break;
      case "geography": {
        const parts = [
          reason.inOblast && t("inOblast"),
          reason.inUkraine && !reason.inOblast && t("inUkraine"),
          reason.preferredCountry && t("preferredCountry"),
          reason.existingTies > 0 && t("existingTies"),
        ].filter(Boolean);
        lines.push({ key: "geography", text: parts.join("; "), points: reason.points });
        break;
      }
      default:
        lines.push({ key: reason.code, text: t(reason.code), points: reason.points });
    }
  }
  return (
    <ul className="mt-2 space-y-1 text-sm">
      {lines.map((line) => (
        <li key={line.key} className="flex gap-2">
          <span aria-hidden="true" className="text-success">
            ✓
          </span>
          <span>
            {line.text}{" "}
            <span className="whitespace-nowrap text-muted">
              (+{format.number(best > 0 ? line.points / best : 0, { style: "percent", maximumFractionDigits: 0 })})
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
