// One text in both languages, the Ukrainian first: `name` "title" makes the fields titleUk and
// titleEn, each marked with its language and tied to its own error.
import { Field, TextAreaField } from "./field";

export function FieldPair({
  name,
  labels,
  values,
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
  const sides = [
    { suffix: "Uk", lang: "uk", label: labels[0], value: values?.[0] },
    { suffix: "En", lang: "en", label: labels[1], value: values?.[1] },
  ] as const;
  const fields = sides.map(({ suffix, lang, label, value }) => {
    const props = {
      label,
      hint,
      name: `${name}${suffix}`,
      lang,
      maxLength,
      readOnly,
      defaultValue: value,
      error: error(`${name}${suffix}`),
    };
    return rows === undefined ? <Field key={suffix} {...props} /> : <TextAreaField key={suffix} rows={rows} {...props} />;
  });
  return grid ? <div className="grid gap-4 sm:grid-cols-2">{fields}</div> : <>{fields}</>;
}
