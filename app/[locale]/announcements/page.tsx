import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { HappeningsNav } from "@/components/event/happenings-nav";
import { AnnouncementCard } from "@/components/announcement/announcement-card";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { FacetGroup } from "@/components/search/facet-group";
import { LiveSearchForm } from "@/components/search/live-search-form";
import { Pagination } from "@/components/ui/pagination";
import { Sector } from "@/generated/prisma/enums";
import { parseAnnouncementFilters } from "@/lib/announcement/filters";
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
  const locale = requireLocale((await params).locale);
  setRequestLocale(locale);
  await connection();
  const filters = parseAnnouncementFilters(await searchParams);
  const [result, t, tf, ts, tp, label, viewer] = await Promise.all([
    listAnnouncements(filters),
    getTranslations("announcements"),
    getTranslations("announcementForm"),
    getTranslations("search"),
    getTranslations("pagination"),
    getVocabulary(),
    getViewer(),
  ]);
  // Shown to verified representatives and officials: the policy allows them some owner.
  const mayPost = can(viewer, "create", "Announcement");
  const query = { sector: filters.sector, ...(filters.organiser ? { organiser: filters.organiser } : {}) };
  return (
    <div>
      <HappeningsNav current="/announcements" />
      <h1 className="text-3xl font-bold tracking-tight">{t("listTitle")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("listLead")}</p>
      {mayPost && (
        <p className="mt-2">
          <Link href="/announcements/new" className="font-semibold">{tf("postAnnouncement")}</Link>
        </p>
      )}
      <LiveSearchForm className="mt-6 grid gap-6 lg:grid-cols-[16rem_1fr]" busyLabel={ts("busy")}>
        <aside aria-label={t("filters")} className="order-last space-y-3 lg:order-none">
          <h2 className="text-lg font-semibold">{t("filters")}</h2>
          <fieldset className="border-t border-line pt-3">
            <legend className="text-sm font-semibold">{t("facetOrganiser")}</legend>
            {[
              { value: "", label: `${t("organiserOrganization")} + ${t("organiserCommunity")}` },
              { value: "organization", label: t("organiserOrganization") },
              { value: "community", label: t("organiserCommunity") },
            ].map((option) => (
              <label key={option.value} className="flex min-h-9 cursor-pointer items-center gap-2 rounded px-1 text-sm hover:bg-brand-soft">
                <input type="radio" name="organiser" value={option.value} defaultChecked={(filters.organiser ?? "") === option.value} className="size-4 accent-brand" />
                {option.label}
              </label>
            ))}
          </fieldset>
          <FacetGroup name="sector" legend={t("facetSector")} selected={filters.sector} emptyLabel={ts("noValues")}
            options={Object.values(Sector).map((sector) => ({ value: sector, label: label("sector", sector) }))} />
          <button type="submit" className="min-h-11 w-full rounded-md bg-brand px-4 font-medium text-white hover:bg-brand-strong">{t("apply")}</button>
        </aside>
        <section aria-labelledby="results-heading" className="min-w-0">
          <h2 id="results-heading" className="font-medium" aria-live="polite">{t("count", { count: result.total })}</h2>
          {result.items.length === 0 ? (
            <div className="mt-6 rounded-lg border border-dashed border-line bg-surface p-6 text-muted">
              <p>{t("empty")}</p>
              <p className="mt-2"><Link href="/announcements">{t("clear")}</Link></p>
            </div>
          ) : (
            <ul className="mt-4 space-y-4">
              {result.items.map((announcement) => (
                <li key={announcement.id}><AnnouncementCard announcement={announcement} /></li>
              ))}
            </ul>
          )}
          <Pagination pathname="/announcements" query={query} page={result.page} pageCount={result.pageCount}
            labels={{ label: tp("label"), previous: tp("previous"), next: tp("next"), pageOf: tp("pageOf", { page: result.page, pageCount: result.pageCount }) }} />
        </section>
      </LiveSearchForm>
    </div>
  );
}
