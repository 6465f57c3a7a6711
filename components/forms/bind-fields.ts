// The props that tie a control to one field of a form, all read by the field's name: the name
// itself, the value it starts with and the error key of the last result (the idea of Conform's
// getInputProps). `{...input("email")}` on a Field, TextAreaField or SelectField.
import { localizedFieldName, otherLocales, type OtherLocale } from "@/lib/forms/localized-fields";
import { fieldError, type ActionResultLike } from "./action-result";

/** The names of the fields of `V` whose values are a `T`. */
type NamesOf<V, T> = { [K in keyof V & string]: V[K] extends T ? K : never }[keyof V & string];
/** The texts kept in both languages: "title" where `V` has titleUk and titleEn. */
type PairNames<V> = {
  [K in keyof V & string]: K extends `${infer Text}Uk` ? (`${Text}En` extends keyof V ? Text : never) : never;
}[keyof V & string];

/** A text's values in the languages beyond Ukrainian and English, by language. */
type OtherTexts = Partial<Record<OtherLocale, string>>;

export function bindFields<V extends object>(result: ActionResultLike | undefined, values: V) {
  const error = (name: string) => fieldError(result, name);
  const value = (name: string) => (values as Record<string, unknown>)[name];
  return {
    /** The error key of a field, by its name. */
    error,
    /** A text input, a text area or a select. */
    input: (name: NamesOf<V, string>) => ({ name, defaultValue: value(name) as string, error: error(name) }),
    /** A CheckboxGroup: the boxes ticked. */
    group: (name: NamesOf<V, string[]>) => ({ name, selected: value(name) as string[], error: error(name) }),
    /**
     * A FieldPair: the Ukrainian and the English text, and the texts in the other languages
     * (undefined where the form has no such field: a text kept in two languages only).
     */
    pair: (name: PairNames<V>) => ({
      name,
      values: [value(`${name}Uk`), value(`${name}En`)] as [string, string],
      others: Object.fromEntries(otherLocales.map((locale) => [locale, value(localizedFieldName(name, locale))])) as OtherTexts,
      error,
    }),
  };
}
