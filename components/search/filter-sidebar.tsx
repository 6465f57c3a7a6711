// The filters of a list page (the directories, needs, events, partnerships, announcements): from
// lg a column beside the results; on smaller screens a drawer opened by the "Filters" button at the
// top of the results (filter-drawer.tsx), so a phone does not scroll past every result to reach
// them. An aside named by its heading, the page's filter groups, and the apply button of the pages
// whose filters are not next to a search field that submits them.
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { FacetGroup, type FacetOption } from "./facet-group";
import { FilterDrawer, FilterDrawerButton } from "./filter-drawer";

const DIALOG_ID = "filters";
const HEADING_ID = "filters-heading";

export async function FilterSidebar({
  label,
  apply,
  className = "order-last lg:order-none",
  active = null,
  children,
}: {
  label: string;
  /** The submit button's text; none on the directories, whose search field submits. */
  apply?: string;
  /** Where the filters sit in the page's grid (after the results on small screens, without JavaScript). */
  className?: string;
  /** Filters in use, when the page knows (the browser counts the controls either way). */
  active?: number | null;
  children: ReactNode;
}) {
  const ts = await getTranslations("search");
  const drawerOnly = "js-only lg:hidden";
  return (
    <>
      <FilterDrawerButton dialogId={DIALOG_ID} label={label} activeTemplate={ts.raw("activeFilters") as string} initialActive={active} />
      <FilterDrawer id={DIALOG_ID} labelledBy={HEADING_ID} className={className}>
        <aside aria-label={label} className="space-y-3">
          <div className="flex items-center justify-between gap-2">
            <h2 id={HEADING_ID} className="text-lg font-semibold">
              {label}
            </h2>
            <button
              type="button"
              data-close-drawer
              aria-label={ts("closeFilters")}
              className={`${drawerOnly} inline-flex min-h-11 min-w-11 items-center justify-center rounded-md text-ink hover:bg-brand-soft`}
            >
              <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
                <path d="M5 5l10 10M15 5L5 15" />
              </svg>
            </button>
          </div>
          {children}
          {apply ? (
            <button type="submit" className="min-h-11 w-full rounded-md bg-brand px-4 font-medium text-white hover:bg-brand-strong">
              {apply}
            </button>
          ) : (
            // The directories apply each choice at once: the drawer only needs a way back to the results.
            <button
              type="button"
              data-close-drawer
              className={`${drawerOnly} min-h-11 w-full rounded-md bg-brand px-4 font-medium text-white hover:bg-brand-strong`}
            >
              {ts("showResults")}
            </button>
          )}
        </aside>
      </FilterDrawer>
    </>
  );
}

export interface Facet {
  /** The query-string parameter. */
  name: string;
  legend: string;
  selected: readonly string[];
  options: FacetOption[];
}

/** Values chosen across facets, for the "Filters" button's count. */
export function activeFacetCount(facets: readonly Facet[]): number {
  return facets.reduce((sum, facet) => sum + facet.selected.length, 0);
}

/** A list page's facets in order, each saying "no values" alike when it has none. */
export async function FacetGroups({ facets }: { facets: Facet[] }) {
  const ts = await getTranslations("search");
  return facets.map((facet) => <FacetGroup key={facet.name} {...facet} emptyLabel={ts("noValues")} />);
}
