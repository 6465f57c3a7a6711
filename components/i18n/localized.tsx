import { useLocale, useTranslations } from "next-intl";
import { languageName } from "@/lib/i18n/language-names";
import { pickText } from "@/lib/i18n/localized-text";

/**
 * A LocalizedText value in the page's language. When only another language is there, the text
 * is shown anyway and wrapped in `lang`, so screen readers switch voice; `labelled` (page
 * titles) also names that language beside it, so a reader knows the text was not translated
 * rather than thinking the page is broken. Renders nothing for an empty value.
 */
export function Localized({ value, fallback, labelled = false }: { value: unknown; fallback?: string; labelled?: boolean }) {
  const locale = useLocale();
  const picked = pickText(value, locale);
  if (!picked) return fallback ?? null;
  if (picked.lang === locale) return picked.text;
  return (
    <>
      <span lang={picked.lang}>{picked.text}</span>
      {labelled && <OriginalLanguage lang={picked.lang} className="ms-2 align-middle" />}
    </>
  );
}

/** "Original language: Ukrainian", small, for text shown in a language other than the page's. */
export function OriginalLanguage({ lang, className = "" }: { lang: string; className?: string }) {
  const t = useTranslations("common");
  const locale = useLocale();
  return (
    <span className={`inline-block rounded border border-line px-1.5 py-0.5 text-xs font-normal tracking-normal text-muted ${className}`}>
      {t("originalLanguage", { language: languageName(lang, locale) })}
    </span>
  );
}
