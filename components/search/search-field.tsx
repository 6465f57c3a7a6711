/** The text box of a directory search, with a visible label and the submit button beside it. */
export function SearchField({
  defaultValue,
  label,
  placeholder,
  submit,
}: {
  defaultValue: string;
  label: string;
  placeholder: string;
  submit: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="directory-q" className="font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id="directory-q"
          type="search"
          name="q"
          defaultValue={defaultValue}
          placeholder={placeholder}
          maxLength={200}
          autoComplete="off"
          className="min-h-11 w-full min-w-0 rounded-md border border-line bg-surface px-3 text-base"
        />
        <button type="submit" className="min-h-11 shrink-0 rounded-md bg-brand px-4 font-medium text-white hover:bg-brand-strong">
          {submit}
        </button>
      </div>
    </div>
  );
}
