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

/** The label, the hint and the error around a control. */
function FieldFrame({
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

export function SelectField({
  label,
  error,
  options,
  ...select
}: Common & { options: { value: string; label: string }[] } & React.SelectHTMLAttributes<HTMLSelectElement>) {
  // A select shows no hint: only its error is tied to it.
  const { id, message, control } = useFieldWiring(undefined, error);
  return (
    <FieldFrame id={id} label={label} message={message}>
      <select id={id} {...control} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
