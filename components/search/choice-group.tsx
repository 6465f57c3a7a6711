// One either-or filter of a list page (an event's format, an announcement's organiser): a
// fieldset of radio buttons whose first option, value "", means "any". Plain form controls, like
// facet-group.tsx, so the search form works without JavaScript.

export function ChoiceGroup({
  name,
  legend,
  selected,
  options,
}: {
  name: string;
  legend: string;
  /** The chosen value; null is the "any" option. */
  selected: string | null;
  options: { value: string; label: string }[];
}) {
  return (
    <fieldset className="border-t border-line pt-3">
      <legend className="text-sm font-semibold">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="flex min-h-9 cursor-pointer items-center gap-2 rounded px-1 text-sm hover:bg-brand-soft">
          <input
            type="radio"
            name={name}
            value={option.value}
            defaultChecked={(selected ?? "") === option.value}
            className="size-4 accent-brand"
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
