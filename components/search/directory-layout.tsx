// The frame of a directory page (organisations, communities): the title, then the search form with
// its text field above the results and the facets beside them (in a drawer on small screens,
// opened from the top of the results). The pages supply the facets and
// the results (directory-results.tsx).
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { activeFacetCount, FacetGroups, FilterSidebar, type Facet } from "./filter-sidebar";
import { LiveSearchForm } from "./live-search-form";
import { SearchField } from "./search-field";

export async function DirectoryLayout({
  title,
  lead,
  placeholder,
  q,
  facets,
  children,
}: {
  title: string;
  lead?: string;
  /** The search field's example text. */
  placeholder: string;
  /** The words searched for. */
  q: string;
  facets: Facet[];
  children: ReactNode;
}) {
  const ts = await getTranslations("search");
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      {lead && <p className="mt-2 max-w-3xl text-lg text-muted">{lead}</p>}
      <LiveSearchForm className="mt-6 grid gap-6 lg:grid-cols-[16rem_1fr] lg:grid-rows-[auto_1fr]" busyLabel={ts("busy")}>
        <div className="lg:col-start-2">
          <SearchField defaultValue={q} label={ts("label")} placeholder={placeholder} submit={ts("submit")} />
        </div>
        <FilterSidebar
          label={ts("filters")}
          active={activeFacetCount(facets)}
          className="order-last lg:order-none lg:row-span-2 lg:row-start-1"
        >
          <FacetGroups facets={facets} />
        </FilterSidebar>
        {children}
      </LiveSearchForm>
    </div>
  );
}
