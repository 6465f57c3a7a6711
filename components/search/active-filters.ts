// How many filters of a list page are in use, counted from its controls as they stand (the
// "Filters" button's count, filter-drawer.tsx), so it follows a tick before the page reloads.

/** The part of a form control the count reads (an HTMLInputElement or HTMLSelectElement). */
export interface FilterControl {
  tagName: string;
  type: string;
  value: string;
  checked?: boolean;
}

/** Ticked boxes, chosen options other than "any" (value ""), filled fields; hidden inputs do not count. */
export function countActiveFilters(controls: Iterable<FilterControl>): number {
  let count = 0;
  for (const control of controls) {
    if (control.tagName === "SELECT") count += control.value !== "" ? 1 : 0;
    else if (control.type === "hidden" || control.type === "submit" || control.type === "button") continue;
    else if (control.type === "checkbox" || control.type === "radio") count += control.checked && control.value !== "" ? 1 : 0;
    else count += control.value.trim() !== "" ? 1 : 0;
  }
  return count;
}
