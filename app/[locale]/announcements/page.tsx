import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HappeningsNav } from "@/components/event/happenings-nav";
import { AnnouncementCard } from "@/components/announcement/announcement-card";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { openPage } from "@/components/layout/page";
import { ChoiceGroup } from "@/components/search/choice-group";
import { vocabularyOptions } from "@/components/search/facet-group";
import { FacetGroups, FilterSidebar } from "@/components/search/filter-sidebar";
import { EmptyResults, ListResults } from "@/components/search/list-results";
import { LiveSearchForm } from "@/components/search/live-search-form";
import { Sector } from "@/generated/prisma/enums";
import { announcementFiltersToQuery, parseAnnouncementFilters } from "@/lib/announcement/filters";
import { listAnnouncements } from "@/lib/announcement/queries";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { requireLocale } from "@/lib/i18n/locale-param";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "announcements" });
  return { title: t("listTitle"), alternates: { types: { "application/atom+xml": `/feed.xml?locale=${locale}` } } };
}

export default async function AnnouncementsPage({ params, searchParams }: Props) {
  await openPage(params);
  const filters = parseAnnouncementFilters(await searchParams);
  const [result, t, tf, ts, label, viewer] = await Promise.all([
    listAnnouncements(filters),
    getTranslations("announcements"),
    getTranslations("announcementForm"),
    getTranslations("search"),
    getVocabulary(),
    getViewer(),
  ]);
  // Shown to verified representatives and officials: the policy allows them some owner.
  const mayPost = can(viewer, "create", "Announcement");
  const query = announcementFiltersToQuery(filters);
  const sectors = vocabularyOptions(label, "sector", Object.values(Sector));
  return (
    <div>
      <HappeningsNav current="/announcements" />
      <h1 className="text-3xl font-bold tracking-tight">{t("listTitle")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("listLead")}</p>
      {mayPost && (
        <p className="mt-2">
          <Link href="/announcements/new" className="font-semibold">
            {tf("postAnnouncement")}
          </Link>
        </p>
      )}
      <LiveSearchForm className="mt-6 grid gap-6 lg:grid-cols-[16rem_1fr]" busyLabel={ts("busy")}>
        <FilterSidebar label={t("filters")} apply={t("apply")}>
          <ChoiceGroup
            name="organiser"
            legend={t("facetOrganiser")}
            selected={filters.organiser}
            options={[
              { value: "", label: `${t("organiserOrganization")} + ${t("organiserCommunity")}` },
              { value: "organization", label: t("organiserOrganization") },
              { value: "community", label: t("organiserCommunity") },
            ]}
          />
          <FacetGroups facets={[{ name: "sector", legend: t("facetSector"), selected: filters.sector, options: sectors }]} />
        </FilterSidebar>
        <section aria-labelledby="results-heading" className="min-w-0">
          <ListResults
            heading={t("count", { count: result.total })}
            empty={<EmptyResults message={t("empty")} link={{ href: "/announcements", text: t("clear") }} />}
            cards={result.items.map((announcement) => ({ key: announcement.id, card: <AnnouncementCard announcement={announcement} /> }))}
            pathname="/announcements"
            query={query}
            result={result}
          />
        </section>
      </LiveSearchForm>
    </div>
  );
}
