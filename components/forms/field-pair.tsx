// One text in both languages, the Ukrainian first: `name` "title" makes the fields titleUk and
// titleEn, each marked with its language and tied to its own error. An author may also write it
// in the other UI languages (titleDe, titleFr…, lib/forms/localized-fields.ts): those inputs sit
// in a native <details> under the pair, "Other languages", which opens and closes without
// JavaScript and by keyboard, and starts open when one of them holds a text or an error; on a
// German, French, Polish or Italian page that page's language comes first, above the pair. It is
// offered for the texts with a generic label (`forms.fields.<name>` in messages/*.json), so a
// text kept in two languages only (a poll's options, a report's summary) shows none.
import { useLocale, useTranslations } from "next-intl";
import { loose } from "@/components/i18n/loose-translator";
import { localizedFieldName, otherLocales, type OtherLocale } from "@/lib/forms/localized-fields";
import { languageName } from "@/lib/i18n/language-names";
import { Field, TextAreaField } from "./field";

export function FieldPair({
  name,
  labels,
  values,
  others,
  error,
  rows,
  grid = rows === undefined,
  hint,
  maxLength,
  readOnly,
}: {
  name: string;
  labels: readonly [uk: string, en: string];
  /** The current texts; none on a blank form. */
  values?: readonly [uk: string, en: string];
  /** The current texts in the other languages, by language; none on a blank form. */
  others?: Partial<Record<OtherLocale, string>>;
  /** The error key of a field, by its name. */
  error: (field: string) => string | undefined;
  /** Text areas of this many rows; one-line inputs without. */
  rows?: number;
  /** Side by side on wide screens: one-line inputs are, unless told otherwise. */
  grid?: boolean;
  hint?: string;
  maxLength?: number;
  readOnly?: boolean;
}) {
  const t = loose(useTranslations("forms"));
  const pageLocale = useLocale();
  const control = (props: { key: string; label: string; name: string; lang: string; value?: string; hint?: string }) => {
    const { key, value, ...rest } = props;
    const common = { ...rest, maxLength, readOnly, defaultValue: value, error: error(props.name) };
    return rows === undefined ? <Field key={key} {...common} /> : <TextAreaField key={key} rows={rows} {...common} />;
  };
  const layout = grid ? "grid gap-4 sm:grid-cols-2" : "space-y-4";

  const sides = [
    { suffix: "Uk", lang: "uk", label: labels[0], value: values?.[0] },
    { suffix: "En", lang: "en", label: labels[1], value: values?.[1] },
  ] as const;
  const fields = sides.map(({ suffix, lang, label, value }) =>
    control({ key: suffix, label, hint, name: `${name}${suffix}`, lang, value }),
  );
  const pair = grid ? <div className={layout}>{fields}</div> : <>{fields}</>;

  const fieldLabel = `fields.${name}`;
  if (!t.has(fieldLabel)) return pair;
  const field = t(fieldLabel);
  const inputOf = (locale: OtherLocale) =>
    control({
      key: locale,
      label: t("inLanguage", { field, language: languageName(locale, pageLocale) }),
      name: localizedFieldName(name, locale),
      lang: locale,
      value: others?.[locale],
    });
  // A German, French, Polish or Italian page offers its own language first, above the pair: the
  // author most likely writes in it. The rest stay folded.
  const own = otherLocales.find((locale) => locale === pageLocale);
  const folded = otherLocales.filter((locale) => locale !== own);
  const open = folded.some((locale) => Boolean(others?.[locale]) || Boolean(error(localizedFieldName(name, locale))));
  return (
    <>
      {own && inputOf(own)}
      {pair}
      <details open={open} className="rounded-md border border-line p-3">
        <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand">{t("otherLanguages")}</summary>
        <div className={`mt-2 ${layout}`}>{folded.map(inputOf)}</div>
      </details>
    </>
  );
}
