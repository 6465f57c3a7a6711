import { useLocale } from "next-intl";
import { EventOrganiser, type OrganiserData } from "@/components/event/event-organiser";
import { useAppFormatter } from "@/components/i18n/format";
import { Localized } from "@/components/i18n/localized";
import { useVocabulary } from "@/components/i18n/vocabulary";
import { DemoBadge } from "@/components/listing/demo-badge";
import { Badge } from "@/components/ui/badge";
import type { Sector } from "@/generated/prisma/enums";
import { markdownExcerpt } from "@/lib/announcement/excerpt";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";

export interface AnnouncementCardData extends OrganiserData {
  slug: string;
  title: unknown;
  body: unknown;
  sectors: Sector[];
  publishedAt: Date | null;
  isDemo: boolean;
}

/** One announcement in a list: title (linked), who and when, a plain-text teaser. */
export function AnnouncementCard({ announcement, headingLevel = 3, showOrganiser = true }: { announcement: AnnouncementCardData; headingLevel?: 2 | 3; showOrganiser?: boolean }) {
  const locale = useLocale();
  const label = useVocabulary();
  const format = useAppFormatter();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const body = pickText(announcement.body, locale);
  return (
    <article className="rounded-lg border border-line bg-surface p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Heading className="text-lg leading-snug font-semibold">
          <Link href={`/announcements/${announcement.slug}`}>
            <Localized value={announcement.title} />
          </Link>
        </Heading>
        <p className="flex flex-wrap gap-2">
          {announcement.sectors.map((sector) => (
            <Badge key={sector} tone="brand">{label("sector", sector)}</Badge>
          ))}
          {announcement.isDemo && <DemoBadge />}
        </p>
      </div>
      <p className="mt-1 text-sm text-muted">
        {showOrganiser && (
          <>
            <EventOrganiser owner={announcement} />
            {announcement.publishedAt && " · "}
          </>
        )}
        {announcement.publishedAt && (
          <time dateTime={announcement.publishedAt.toISOString()}>{format.dateTime(announcement.publishedAt, { dateStyle: "long" })}</time>
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
