import { useLocale } from "next-intl";
import { pickText } from "@/lib/i18n/localized-text";
import { HighlightedText } from "./highlighted-text";

/** A LocalizedText value in the page's language (with `lang` when it fell back), search words marked. */
export function LocalizedHighlight({ value, terms }: { value: unknown; terms: readonly string[] }) {
  const locale = useLocale();
  const picked = pickText(value, locale);
  if (!picked) return null;
  const text = <HighlightedText text={picked.text} terms={terms} />;
  return picked.lang === locale ? text : <span lang={picked.lang}>{text}</span>;
}
