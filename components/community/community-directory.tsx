// The community directory's content, shared by app/[locale]/communities/page.tsx and its
// cached copy app/[locale]/cached/[directory]/[key]/page.tsx (two routes, so not in _components).
import { getTranslations } from "next-intl/server";
import { CommunityCard } from "@/components/community/community-card";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { DirectoryLayout } from "@/components/search/directory-layout";
import type { Facet } from "@/components/search/filter-sidebar";
import { DirectoryResults } from "@/components/search/directory-results";
import { byLabel, countedOptions } from "@/components/search/facet-group";
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
  const bandLabel = (band: string) => {
    const key = populationBandKeys[Number(band)];
    return key ? ts(key) : band;
  };
  const oblasts = countedOptions(result.facets.oblast, (code) => oblastName(code, null, locale).text).sort(byLabel(locale));
  const types = countedOptions(result.facets.type, (type) => label("communityType", type as CommunityType));
  const needSectors = countedOptions(result.facets.needSector, (sector) => label("sector", sector as Sector));
  const bands = countedOptions(result.facets.population, bandLabel).sort((a, b) => Number(a.value) - Number(b.value));
  const facets: Facet[] = [
    { name: "oblast", legend: ts("facetOblast"), selected: filters.oblast, options: oblasts },
    { name: "type", legend: ts("facetType"), selected: filters.type, options: types },
    { name: "needSector", legend: ts("facetNeedSector"), selected: filters.needSector, options: needSectors },
    { name: "population", legend: ts("facetPopulation"), selected: filters.population.map(String), options: bands },
  ];

  return (
    <DirectoryLayout title={t("listTitle")} lead={t("listLead")} placeholder={ts("placeholderCommunities")} q={filters.q} facets={facets}>
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
    </DirectoryLayout>
  );
}
