import { useLocale } from "next-intl";
import { EventOrganiser, type OrganiserData } from "@/components/event/event-organiser";
import { PostCardHead } from "@/components/listing/post-layout";
import type { Sector } from "@/generated/prisma/enums";
import { markdownExcerpt } from "@/lib/announcement/excerpt";
import { pickText } from "@/lib/i18n/localized-text";
import { AnnouncementBadges } from "./announcement-badges";
import { formatDate } from "@/lib/i18n/dates";

export interface AnnouncementCardData extends OrganiserData {
  slug: string;
  title: unknown;
  body: unknown;
  sectors: Sector[];
  publishedAt: Date | null;
  isDemo: boolean;
}

/** One announcement in a list: title (linked), who and when, a plain-text teaser. */
export function AnnouncementCard({
  announcement,
  headingLevel = 3,
  showOrganiser = true,
}: {
  announcement: AnnouncementCardData;
  headingLevel?: 2 | 3;
  showOrganiser?: boolean;
}) {
  const locale = useLocale();
  const body = pickText(announcement.body, locale);
  return (
    <article className="rounded-lg border border-line bg-surface p-4">
      <PostCardHead
        href={`/announcements/${announcement.slug}`}
        title={announcement.title}
        headingLevel={headingLevel}
        badges={<AnnouncementBadges announcement={announcement} />}
      />
      <p className="mt-1 text-sm text-muted">
        {showOrganiser && (
          <>
            <EventOrganiser owner={announcement} />
            {announcement.publishedAt && " · "}
          </>
        )}
        {announcement.publishedAt && (
          <time dateTime={announcement.publishedAt.toISOString()}>{formatDate(announcement.publishedAt, locale)}</time>
        )}
      </p>
      {body && (
        <p className="mt-2" lang={body.lang === locale ? undefined : body.lang}>
          {markdownExcerpt(body.text)}
        </p>
      )}
    </article>
  );
}
