// The site's news feed (/feed.xml): announcements and newly published events in one Atom
// feed, built with `feed`. Pure: rows in, XML out. Entry ids are the pages' URLs (Atom wants
// IRIs, and `feed` rejects anything else).
import { Feed } from "feed";
import { markdownExcerpt } from "@/lib/announcement/excerpt";
import type { EventRow } from "@/lib/event/row";
import { formatDateTime } from "@/lib/i18n/dates";
import { t } from "@/lib/i18n/localized-text";

export interface NewsAnnouncement {
  slug: string;
  title: unknown;
  body: unknown;
  sectors: string[];
  publishedAt: Date | null;
  updatedAt: Date;
}

/** What the feed says of an event: when, where and what, not how to join it. */
export type NewsEvent = Omit<EventRow, "id" | "onlineUrl" | "venue" | "registrationUrl" | "registrationDeadline" | "languages" | "sectors">;

export function buildNewsFeed(
  { announcements, events }: { announcements: readonly NewsAnnouncement[]; events: readonly NewsEvent[] },
  {
    baseUrl,
    locale,
    title,
    description,
    onlineLabel,
    limit = 50,
  }: { baseUrl: string; locale: string; title: string; description: string; onlineLabel: string; limit?: number },
): string {
  const entries = [
    ...announcements.map((announcement) => {
      const url = `${baseUrl}/${locale}/announcements/${announcement.slug}`;
      const date = announcement.publishedAt ?? announcement.updatedAt;
      return {
        sort: date.getTime(),
        item: {
          title: t(announcement.title, locale),
          id: url,
          link: url,
          date: announcement.updatedAt > date ? announcement.updatedAt : date,
          published: date,
          description: markdownExcerpt(t(announcement.body, locale), 400),
          category: announcement.sectors.map((sector) => ({ name: sector, term: sector })),
        },
      };
    }),
    ...events.map((event) => {
      const url = `${baseUrl}/${locale}/events/${event.slug}`;
      const when = formatDateTime(event.startsAt, locale, event.timeZone);
      const where = event.isOnline ? onlineLabel : [event.city, event.country].filter(Boolean).join(", ");
      return {
        sort: event.createdAt.getTime(),
        item: {
          title: t(event.title, locale),
          id: url,
          link: url,
          date: event.updatedAt,
          published: event.createdAt,
          description: `${when} · ${where}. ${t(event.description, locale)}`.trim(),
          category: [{ name: event.type, term: event.type }],
        },
      };
    }),
  ]
    .sort((a, b) => b.sort - a.sort)
    .slice(0, limit);

  const feed = new Feed({
    id: `${baseUrl}/${locale}`,
    link: `${baseUrl}/${locale}`,
    title,
    description,
    language: locale,
    updated: entries.reduce<Date>((latest, entry) => (entry.item.date > latest ? entry.item.date : latest), new Date(0)),
    generator: "Diaspora Atlas",
    feedLinks: { atom: `${baseUrl}/feed.xml?locale=${locale}` },
    copyright: "Diaspora Atlas",
  });
  for (const entry of entries) feed.addItem(entry.item);
  return feed.atom1();
}
