// One facet of a directory search: a fieldset of checkboxes with their counts. Plain form
// controls inside the search form, so it works without JavaScript (the form's submit applies it).
import type { VocabularyLabel, Vocabulary, VocabularyValue } from "@/components/i18n/vocabulary";

export interface FacetOption {
  value: string;
  label: string;
  /** Matches with this value, when counted. */
  count?: number;
}

/** Counted values as options, in the order counted, each named in the page's language. */
export function countedOptions(
  counts: readonly { value: string; count: number }[] | undefined,
  name: (value: string) => string,
): FacetOption[] {
  return (counts ?? []).map((f) => ({ value: f.value, label: name(f.value), count: f.count }));
}

/** Every value of a closed vocabulary (an enum), labelled, uncounted. */
export function vocabularyOptions<V extends Vocabulary>(
  label: VocabularyLabel,
  vocabulary: V,
  values: readonly VocabularyValue<V>[],
): FacetOption[] {
  return values.map((value) => ({ value, label: label(vocabulary, value) }));
}

/** Options in alphabetical order of their labels, as the page's language sorts. */
export function byLabel(locale: string) {
  return (a: FacetOption, b: FacetOption) => a.label.localeCompare(b.label, locale);
}

export function FacetGroup({
  name,
  legend,
  options,
  selected,
  emptyLabel,
}: {
  name: string;
  legend: string;
  options: FacetOption[];
  selected: readonly string[];
  emptyLabel: string;
}) {
  // A selected value with no matches still shows, so it can be unticked.
  const shown = [...options];
  for (const value of selected) if (!shown.some((option) => option.value === value)) shown.push({ value, label: value, count: 0 });
  return (
    <fieldset className="border-t border-line pt-3">
      <legend className="text-sm font-semibold">{legend}</legend>
      {shown.length === 0 ? (
        <p className="mt-1 text-sm text-muted">{emptyLabel}</p>
      ) : (
        <ul className="mt-1 max-h-64 space-y-0.5 overflow-y-auto pr-1">
          {shown.map((option) => {
            const id = `facet-${name}-${option.value}`;
            return (
              <li key={option.value}>
                <label htmlFor={id} className="flex min-h-9 cursor-pointer items-center gap-2 rounded px-1 text-sm hover:bg-brand-soft">
                  <input
                    id={id}
                    type="checkbox"
                    name={name}
                    value={option.value}
                    defaultChecked={selected.includes(option.value)}
                    className="size-4 accent-brand"
                  />
                  <span className="flex-1">{option.label}</span>
                  {option.count !== undefined && <span className="text-muted tabular-nums">{option.count}</span>}
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
