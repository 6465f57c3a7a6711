// The community directory's content, shared by app/[locale]/communities/page.tsx and its
// cached copy app/[locale]/cached/[directory]/[key]/page.tsx (two routes, so not in _components).
import { getTranslations } from "next-intl/server";
import { CommunityCard } from "@/components/community/community-card";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { DirectoryResults } from "@/components/search/directory-results";
import { FacetGroup, type FacetOption } from "@/components/search/facet-group";
import { LiveSearchForm } from "@/components/search/live-search-form";
import { SearchField } from "@/components/search/search-field";
import type { CommunityType, Sector } from "@/generated/prisma/enums";
import { communityFiltersToQuery, type CommunityFilters } from "@/lib/community/filters";
import { getCommunityCards } from "@/lib/community/queries";
import { oblastName } from "@/lib/i18n/display-names";
import { searchCommunities } from "@/lib/search/queries";

const populationBandKeys = [
  "populationBand0",
  "populationBand1",
  "populationBand2",
  "populationBand3",
  "populationBand4",
  "populationBand5",
] as const;

/** The community directory for one set of filters (see organization-directory.tsx). */
export async function CommunityDirectory({ locale, filters }: { locale: string; filters: CommunityFilters }) {
  const [result, t, ts, label] = await Promise.all([
    searchCommunities(filters, locale),
    getTranslations("community"),
    getTranslations("search"),
    getVocabulary(),
  ]);
  const cards = await getCommunityCards(result.items.map((item) => item.id));
  const options = (facet: string, name: (value: string) => string): FacetOption[] =>
    (result.facets[facet] ?? []).map((f) => ({ value: f.value, label: name(f.value), count: f.count }));
  const bandLabel = (band: string) => {
    const key = populationBandKeys[Number(band)];
    return key ? ts(key) : band;
  };

  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t("listTitle")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("listLead")}</p>
      <LiveSearchForm className="mt-6 grid gap-6 lg:grid-cols-[16rem_1fr] lg:grid-rows-[auto_1fr]" busyLabel={ts("busy")}>
        <div className="lg:col-start-2">
          <SearchField defaultValue={filters.q} label={ts("label")} placeholder={ts("placeholderCommunities")} submit={ts("submit")} />
        </div>
        <aside aria-label={ts("filters")} className="order-last space-y-3 lg:order-none lg:row-span-2 lg:row-start-1">
          <h2 className="text-lg font-semibold">{ts("filters")}</h2>
          <FacetGroup
            name="oblast"
            legend={ts("facetOblast")}
            selected={filters.oblast}
            emptyLabel={ts("noValues")}
            options={options("oblast", (code) => oblastName(code, null, locale).text).sort((a, b) =>
              a.label.localeCompare(b.label, locale),
            )}
          />
          <FacetGroup
            name="type"
            legend={ts("facetType")}
            selected={filters.type}
            emptyLabel={ts("noValues")}
            options={options("type", (type) => label("communityType", type as CommunityType))}
          />
          <FacetGroup
            name="needSector"
            legend={ts("facetNeedSector")}
            selected={filters.needSector}
            emptyLabel={ts("noValues")}
            options={options("needSector", (sector) => label("sector", sector as Sector))}
          />
          <FacetGroup
            name="population"
            legend={ts("facetPopulation")}
            selected={filters.population.map(String)}
            emptyLabel={ts("noValues")}
            options={options("population", bandLabel).sort((a, b) => Number(a.value) - Number(b.value))}
          />
        </aside>
        <DirectoryResults
          directory="communities"
          locale={locale}
          filters={filters}
          query={communityFiltersToQuery(filters)}
          result={result}
          count={t("count", { count: result.total })}
          emptyPage={t("emptyPage")}
          cards={cards.map((community) => ({
            key: community.id,
            card: <CommunityCard community={community} terms={result.query.terms} />,
          }))}
        />
      </LiveSearchForm>
    </div>
  );
}
