import { useLocale } from "next-intl";
import { pickText } from "@/lib/i18n/localized-text";

/**
 * A LocalizedText value in the page's language. When only another language is there, the text
 * is shown anyway and wrapped in `lang`, so screen readers switch voice. Renders nothing for
 * an empty value.
 */
export function Localized({ value, fallback }: { value: unknown; fallback?: string }) {
  const locale = useLocale();
  const picked = pickText(value, locale);
  if (!picked) return fallback ?? null;
  if (picked.lang === locale) return picked.text;
  return <span lang={picked.lang}>{picked.text}</span>;
}
