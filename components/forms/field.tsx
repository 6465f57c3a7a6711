"use client";
// A labelled input with its error wired for assistive technology (aria-invalid,
// aria-describedby), in the spirit of the Epic Stack's Field. Error texts are keys under forms.errors.
import { useTranslations } from "next-intl";
import { loose } from "@/components/i18n/loose-translator";
import { useId, type InputHTMLAttributes, type TextareaHTMLAttributes } from "react";

const inputClass =
  "mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-base text-ink shadow-sm focus:border-brand focus:outline-2 focus:outline-brand aria-[invalid=true]:border-danger";

interface Common {
  label: string;
  hint?: string;
  error?: string;
}

function useFieldText(error: string | undefined) {
  const t = loose(useTranslations("forms.errors"));
  return error ? (t.has(error) ? t(error) : t("invalid")) : undefined;
}

export function Field({ label, hint, error, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const message = useFieldText(error);
  return (
    <div>
      <label htmlFor={id} className="block font-medium">{label}</label>
      {hint ? <p id={`${id}-hint`} className="text-sm text-muted">{hint}</p> : null}
      <input id={id} className={inputClass} aria-invalid={message ? true : undefined}
        aria-describedby={[hint ? `${id}-hint` : "", message ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined} {...input} />
      {message ? <p id={`${id}-error`} className="mt-1 text-sm text-danger">{message}</p> : null}
    </div>
  );
}

export function TextAreaField({ label, hint, error, ...input }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  const message = useFieldText(error);
  return (
    <div>
      <label htmlFor={id} className="block font-medium">{label}</label>
      {hint ? <p id={`${id}-hint`} className="text-sm text-muted">{hint}</p> : null}
      <textarea id={id} rows={4} className={inputClass} aria-invalid={message ? true : undefined}
        aria-describedby={[hint ? `${id}-hint` : "", message ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined} {...input} />
      {message ? <p id={`${id}-error`} className="mt-1 text-sm text-danger">{message}</p> : null}
    </div>
  );
}

export function SelectField({ label, error, options, ...select }: Common & { options: { value: string; label: string }[] } & React.SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  const message = useFieldText(error);
  return (
    <div>
      <label htmlFor={id} className="block font-medium">{label}</label>
      <select id={id} className={inputClass} aria-invalid={message ? true : undefined} aria-describedby={message ? `${id}-error` : undefined} {...select}>
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
      {message ? <p id={`${id}-error`} className="mt-1 text-sm text-danger">{message}</p> : null}
    </div>
  );
}
