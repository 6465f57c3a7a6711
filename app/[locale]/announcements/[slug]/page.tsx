import { getTranslations } from "next-intl/server";
import { AnnouncementBadges } from "@/components/announcement/announcement-badges";
import { SafeMarkdown } from "@/components/announcement/markdown";
import { EventOrganiser } from "@/components/event/event-organiser";
import { Localized } from "@/components/i18n/localized";
import { detailMetadata, openDetail, publicRead, type SlugParams } from "@/components/listing/detail-page";
import { PostNav } from "@/components/listing/post-layout";
import { markdownExcerpt } from "@/lib/announcement/excerpt";
import { getPublicAnnouncement } from "@/lib/announcement/queries";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { pickText } from "@/lib/i18n/localized-text";
import { formatDate } from "@/lib/i18n/dates";

const loadAnnouncement = publicRead(getPublicAnnouncement);

export const generateMetadata = detailMetadata(loadAnnouncement, "announcements.notFoundTitle", (announcement, locale) => ({
  title: pickText(announcement.title, locale)?.text,
  description: markdownExcerpt(pickText(announcement.body, locale)?.text ?? "", 200),
}));

export default async function AnnouncementPage({ params }: { params: SlugParams }) {
  const { locale, item: announcement } = await openDetail(params, loadAnnouncement);
  const [tAnnouncements, tAnnouncementForm, viewer] = await Promise.all([
    getTranslations("announcements"),
    getTranslations("announcementForm"),
    getViewer(),
  ]);
  const mayEdit = can(viewer, "update", "Announcement", {
    organizationId: announcement.organizationId,
    communityId: announcement.communityId,
  });
  const body = pickText(announcement.body, locale);
  return (
    <article className="max-w-3xl">
      <PostNav
        back={{ href: "/announcements", text: tAnnouncements("allAnnouncements") }}
        edit={mayEdit && { href: `/announcements/${announcement.slug}/edit`, text: tAnnouncementForm("edit") }}
      />
      <AnnouncementBadges announcement={announcement} className="mt-2 flex flex-wrap gap-2" />
      <h1 className="mt-2 text-3xl font-bold tracking-tight">
        <Localized value={announcement.title} labelled />
      </h1>
      <p className="mt-2 text-muted">
        {tAnnouncements("by")} <EventOrganiser owner={announcement} />
        {announcement.publishedAt && (
          <>
            {" · "}
            {tAnnouncements("published")}{" "}
            <time dateTime={announcement.publishedAt.toISOString()}>{formatDate(announcement.publishedAt, locale)}</time>
          </>
        )}
      </p>
      {body && <SafeMarkdown text={body.text} lang={body.lang === locale ? undefined : body.lang} className="mt-6 text-lg" />}
    </article>
  );
}
