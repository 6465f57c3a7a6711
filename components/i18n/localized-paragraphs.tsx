import { useLocale } from "next-intl";
import { pickText } from "@/lib/i18n/localized-text";
import { OriginalLanguage } from "./localized";

const bullet = /^\s*[-•*]\s+/;

/**
 * Longer LocalizedText (a mission, a description) as paragraphs split on blank lines; a
 * paragraph whose every line starts with "- " becomes a list. When the text fell back to
 * another language, `lang` goes on the wrapper and a label above names the language. Plain text only: nothing typed by an owner is
 * interpreted as markup.
 */
export function LocalizedParagraphs({ value, className }: { value: unknown; className?: string }) {
  const locale = useLocale();
  const picked = pickText(value, locale);
  if (!picked) return null;
  const blocks = picked.text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  const fellBack = picked.lang !== locale;
  return (
    <div className={className}>
      {fellBack && (
        <p className="mb-2">
          <OriginalLanguage lang={picked.lang} />
        </p>
      )}
      <div lang={fellBack ? picked.lang : undefined}>
        {blocks.map((block, index) => {
          const lines = block.split("\n").filter((line) => line.trim());
          if (lines.length > 0 && lines.every((line) => bullet.test(line))) {
            return (
              <ul key={index} className="mb-3 list-disc pl-6 last:mb-0">
                {lines.map((line, i) => (
                  <li key={i}>{line.replace(bullet, "")}</li>
                ))}
              </ul>
            );
          }
          return (
            <p key={index} className="mb-3 whitespace-pre-line last:mb-0">
              {block}
            </p>
          );
        })}
      </div>
    </div>
  );
}
