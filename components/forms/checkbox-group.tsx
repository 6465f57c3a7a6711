"use client";
// A fieldset of checkboxes sharing one name (FormData repeats it; zod-form-data reads an array).
// Its error, like a Field's, is a key under forms.errors.
import { useErrorText } from "./field";

export function CheckboxGroup({
  legend,
  name,
  options,
  selected = [],
  error,
}: {
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  selected?: string[];
  error?: string;
}) {
  const message = useErrorText()(error);
  return (
    <fieldset aria-invalid={message ? true : undefined}>
      <legend className="font-medium">{legend}</legend>
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex min-h-9 items-center gap-2">
            <input type="checkbox" name={name} value={option.value} defaultChecked={selected.includes(option.value)} className="h-5 w-5" />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {message ? <p className="mt-1 text-sm text-danger">{message}</p> : null}
    </fieldset>
  );
}
