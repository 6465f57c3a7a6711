// The filters column of a list page (the directories, needs, events, partnerships, announcements):
// an aside named by its heading, the page's filter groups, and the apply button of the pages whose
// filters are not next to a search field that submits them.
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { FacetGroup, type FacetOption } from "./facet-group";

export function FilterSidebar({
  label,
  apply,
  className = "order-last space-y-3 lg:order-none",
  children,
}: {
  label: string;
  /** The submit button's text; none on the directories, whose search field submits. */
  apply?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <aside aria-label={label} className={className}>
      <h2 className="text-lg font-semibold">{label}</h2>
      {children}
      {apply && (
        <button type="submit" className="min-h-11 w-full rounded-md bg-brand px-4 font-medium text-white hover:bg-brand-strong">
          {apply}
        </button>
      )}
    </aside>
  );
}

export interface Facet {
  /** The query-string parameter. */
  name: string;
  legend: string;
  selected: readonly string[];
  options: FacetOption[];
}

/** A list page's facets in order, each saying "no values" alike when it has none. */
export async function FacetGroups({ facets }: { facets: Facet[] }) {
  const ts = await getTranslations("search");
  return facets.map((facet) => <FacetGroup key={facet.name} {...facet} emptyLabel={ts("noValues")} />);
}
