import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SafeMarkdown } from "@/components/announcement/markdown";
import { EventOrganiser } from "@/components/event/event-organiser";
import { formatterFor } from "@/components/i18n/format";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Localized } from "@/components/i18n/localized";
import { DemoBadge } from "@/components/listing/demo-badge";
import { Badge } from "@/components/ui/badge";
import { markdownExcerpt } from "@/lib/announcement/excerpt";
import { getPublicAnnouncement } from "@/lib/announcement/queries";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { requireLocale } from "@/lib/i18n/locale-param";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; slug: string }> };

const loadAnnouncement = cache(async (slug: string) => {
  await connection();
  return getPublicAnnouncement(slug);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: localeParam, slug } = await params;
  const locale = requireLocale(localeParam);
  const announcement = await loadAnnouncement(slug);
  if (!announcement) return { title: (await getTranslations({ locale, namespace: "announcements" }))("notFoundTitle") };
  return { title: pickText(announcement.title, locale)?.text, description: markdownExcerpt(pickText(announcement.body, locale)?.text ?? "", 200) };
}

export default async function AnnouncementPage({ params }: Props) {
  const { locale: localeParam, slug } = await params;
  const locale = requireLocale(localeParam);
  setRequestLocale(locale);
  const announcement = await loadAnnouncement(slug);
  if (!announcement) notFound();
  const [t, tf, label, viewer] = await Promise.all([getTranslations("announcements"), getTranslations("announcementForm"), getVocabulary(), getViewer()]);
  const mayEdit = can(viewer, "update", "Announcement", { organizationId: announcement.organizationId, communityId: announcement.communityId });
  const format = formatterFor(locale);
  const body = pickText(announcement.body, locale);
  return (
    <article className="max-w-3xl">
      <p className="flex flex-wrap justify-between gap-2 text-sm">
        <Link href="/announcements">{t("allAnnouncements")}</Link>
        {mayEdit && <Link href={`/announcements/${announcement.slug}/edit`} className="font-semibold">{tf("edit")}</Link>}
      </p>
      <p className="mt-2 flex flex-wrap gap-2">
        {announcement.sectors.map((sector) => (
          <Badge key={sector} tone="brand">{label("sector", sector)}</Badge>
        ))}
        {announcement.isDemo && <DemoBadge />}
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight"><Localized value={announcement.title} /></h1>
      <p className="mt-2 text-muted">
        {t("by")} <EventOrganiser owner={announcement} />
        {announcement.publishedAt && (
          <>
            {" · "}
            {t("published")} <time dateTime={announcement.publishedAt.toISOString()}>{format.dateTime(announcement.publishedAt, { dateStyle: "long" })}</time>
          </>
        )}
      </p>
      {body && <SafeMarkdown text={body.text} lang={body.lang === locale ? undefined : body.lang} className="mt-6 text-lg" />}
    </article>
  );
}
