import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HappeningsNav } from "@/components/event/happenings-nav";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { EventCalendar } from "@/components/event/event-calendar";
import { EventCard } from "@/components/event/event-card";
import { openPage } from "@/components/layout/page";
import { ChoiceGroup } from "@/components/search/choice-group";
import { DownloadLinks } from "@/components/search/download-links";
import { byLabel, vocabularyOptions } from "@/components/search/facet-group";
import { FacetGroups, FilterSidebar, type Facet } from "@/components/search/filter-sidebar";
import { EmptyResults, ListResults } from "@/components/search/list-results";
import { LiveSearchForm } from "@/components/search/live-search-form";
import { EventType, Sector } from "@/generated/prisma/enums";
import { eventFiltersToQuery, eventFiltersToSearch, monthOf, parseEventFilters, type EventFilters } from "@/lib/event/filters";
import { eventFilterOptions, listEvents, listEventsInMonth } from "@/lib/event/queries";
import { countryName, languageName } from "@/lib/i18n/display-names";
import { requireLocale } from "@/lib/i18n/locale-param";
import { Link } from "@/lib/i18n/navigation";
import { timeZone as siteTimeZone } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "events" });
  return { title: t("listTitle"), alternates: { types: { "text/calendar": "/events.ics" } } };
}

const tabClass =
  "inline-flex min-h-11 items-center rounded-md px-3 font-medium no-underline text-ink hover:bg-brand-soft aria-[current]:bg-brand aria-[current]:text-white";

export default async function EventsPage({ params, searchParams }: Props) {
  const locale = await openPage(params);
  const now = new Date();
  const parsed = parseEventFilters(await searchParams);
  // The calendar always shows a month: the chosen one, else the current one.
  const filters: EventFilters = parsed.view === "calendar" ? { ...parsed, month: parsed.month ?? monthOf(now, siteTimeZone) } : parsed;
  const [t, tf, ts, label, options] = await Promise.all([
    getTranslations("events"),
    getTranslations("eventForm"),
    getTranslations("search"),
    getVocabulary(),
    eventFilterOptions(),
  ]);
  const calendar = filters.view === "calendar" ? await listEventsInMonth({ ...filters, month: filters.month as string }) : null;
  const result = calendar ? null : await listEvents(filters, now);
  const query = eventFiltersToQuery(filters);
  const filterOnly = eventFiltersToQuery({ ...filters, when: "upcoming", view: "list" });
  const feedSearch = eventFiltersToSearch(
    { ...filters, when: "upcoming", month: filters.view === "calendar" ? parsed.month : filters.month },
    { withView: false },
  );
  const feedHref = `/events.ics?locale=${locale}${feedSearch.replace(/^\?/, "&")}`;
  const current = filters.view === "calendar" ? "calendar" : filters.when;
  const past = filters.when === "past";
  const types = vocabularyOptions(label, "eventType", Object.values(EventType));
  const sectors = vocabularyOptions(label, "sector", Object.values(Sector));
  const countries = options.countries.map((code) => ({ value: code, label: countryName(code, locale) })).sort(byLabel(locale));
  const languages = options.languages.map((code) => ({ value: code, label: languageName(code, locale) })).sort(byLabel(locale));
  const tabs = [
    { key: "upcoming", label: t("tabUpcoming"), query: filterOnly },
    { key: "past", label: t("tabArchive"), query: { ...filterOnly, when: "past" } },
    { key: "calendar", label: t("tabCalendar"), query: { ...filterOnly, view: "calendar" } },
  ];
  const facets: Facet[] = [
    { name: "type", legend: t("facetType"), selected: filters.type, options: types },
    { name: "country", legend: t("facetCountry"), selected: filters.country, options: countries },
    { name: "language", legend: t("facetLanguage"), selected: filters.language, options: languages },
    { name: "sector", legend: t("facetSector"), selected: filters.sector, options: sectors },
  ];

  return (
    <div>
      <HappeningsNav current="/events" />
      <h1 className="text-3xl font-bold tracking-tight">
        {filters.view === "calendar" ? t("calendarTitle") : past ? t("archiveTitle") : t("listTitle")}
      </h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("listLead")}</p>
      <p className="mt-2">
        <Link href="/events/new" className="font-semibold">
          {tf("postEvent")}
        </Link>
      </p>
      <nav aria-label={t("views")} className="mt-4">
        <ul className="flex flex-wrap gap-2">
          {tabs.map((tab) => (
            <li key={tab.key}>
              <Link
                href={{ pathname: "/events", query: tab.query }}
                aria-current={current === tab.key ? "page" : undefined}
                className={tabClass}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <LiveSearchForm className="mt-6 grid gap-6 lg:grid-cols-[16rem_1fr]" busyLabel={ts("busy")}>
        <FilterSidebar label={t("filters")} apply={t("apply")}>
          {past && <input type="hidden" name="when" value="past" />}
          {filters.view === "calendar" && <input type="hidden" name="view" value="calendar" />}
          <ChoiceGroup
            name="format"
            legend={t("format")}
            selected={filters.format}
            options={[
              { value: "", label: t("formatAny") },
              { value: "online", label: t("formatOnline") },
              { value: "in-person", label: t("formatInPerson") },
            ]}
          />
          <div className="border-t border-line pt-3">
            <label htmlFor="event-month" className="text-sm font-semibold">
              {t("month")}
            </label>
            <input
              id="event-month"
              type="month"
              name="month"
              defaultValue={filters.month ?? ""}
              className="mt-1 min-h-11 w-full rounded-md border border-line bg-surface px-2"
            />
          </div>
          <FacetGroups facets={facets} />
        </FilterSidebar>
        <section aria-labelledby={calendar ? "calendar-heading" : "results-heading"} className="min-w-0">
          <p className="mb-4 text-sm">
            {/* A plain anchor: the feed is a file, not a page of the localised app. */}
            <a href={feedHref} type="text/calendar" className="font-medium">
              {t("subscribe")}
            </a>
            <span className="block text-muted">{t("subscribeHint")}</span>
          </p>
          {calendar ? (
            <EventCalendar
              month={filters.month as string}
              events={calendar}
              query={eventFiltersToQuery({ ...filters, month: null, view: "list", when: "upcoming" })}
            />
          ) : result ? (
            <ListResults
              heading={past ? t("countPast", { count: result.total }) : t("count", { count: result.total })}
              empty={
                <EmptyResults
                  message={past ? t("emptyPast") : t("empty")}
                  link={{ href: past ? { pathname: "/events", query: { when: "past" } } : "/events", text: t("clear") }}
                />
              }
              cards={result.items.map((event) => ({ key: event.id, card: <EventCard event={event} now={now} /> }))}
              pathname="/events"
              query={query}
              result={result}
            />
          ) : null}
          {result && <DownloadLinks dataset="events" query={eventFiltersToQuery(filters, { withView: false })} locale={locale} />}
        </section>
      </LiveSearchForm>
    </div>
  );
}
