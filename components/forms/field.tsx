"use client";
// A labelled input with its error wired for assistive technology (aria-invalid,
// aria-describedby), in the spirit of the Epic Stack's Field. Error texts are keys under forms.errors.
import { useTranslations } from "next-intl";
import { loose } from "@/components/i18n/loose-translator";
import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from "react";

const inputClass =
  "mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-base text-ink shadow-sm focus:border-brand focus:outline-2 focus:outline-brand aria-[invalid=true]:border-danger";

interface Common {
  label: string;
  hint?: string;
  error?: string;
}

/** The text of a validation error key (a key under forms.errors; an unknown key reads "invalid"). */
export function useErrorText(): (key: string | undefined) => string | undefined {
  const t = loose(useTranslations("forms.errors"));
  return (key) => (key ? (t.has(key) ? t(key) : t("invalid")) : undefined);
}

/** An id for the control, its error text, and the attributes that style it and tie hint and error to it. */
function useFieldWiring(hint: string | undefined, error: string | undefined) {
  const id = useId();
  const message = useErrorText()(error);
  const describedBy = [hint ? `${id}-hint` : "", message ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return { id, message, control: { className: inputClass, "aria-invalid": message ? true : undefined, "aria-describedby": describedBy } };
}

/** The label, the hint and the error around a control (also the pickers', ./code-picker.tsx). */
export function FieldFrame({
  id,
  label,
  hint,
  message,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  message?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children}
      {message ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-danger">
          {message}
        </p>
      ) : null}
    </div>
  );
}

export function Field({ label, hint, error, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const { id, message, control } = useFieldWiring(hint, error);
  return (
    <FieldFrame id={id} label={label} hint={hint} message={message}>
      <input id={id} {...control} {...input} />
    </FieldFrame>
  );
}

export function TextAreaField({ label, hint, error, ...input }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, message, control } = useFieldWiring(hint, error);
  return (
    <FieldFrame id={id} label={label} hint={hint} message={message}>
      <textarea id={id} rows={4} {...control} {...input} />
    </FieldFrame>
  );
}

/**
 * A list to choose from. `placeholder`: a required choice starts at this empty option ("Choose…")
 * rather than silently at the first value; the schema refuses the empty one.
 */
export function SelectField({
  label,
  error,
  options,
  placeholder,
  ...select
}: Common & { options: { value: string; label: string }[]; placeholder?: string } & React.SelectHTMLAttributes<HTMLSelectElement>) {
  // A select shows no hint: only its error is tied to it.
  const { id, message, control } = useFieldWiring(undefined, error);
  return (
    <FieldFrame id={id} label={label} message={message}>
      {/* React applies a select's defaultValue only when it mounts, and a form's reset after its
          action goes back to it: the key remounts the select when a form that remembers what was
          sent (./use-draft.ts) hands it a new value, so a refusal keeps the choice on screen. */}
      <select key={select.defaultValue === undefined ? undefined : String(select.defaultValue)} id={id} {...control} {...select}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
