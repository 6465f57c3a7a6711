import { getTranslations } from "next-intl/server";
import { DialogueLinks } from "@/components/dialogue/dialogue-links";
import { EventBadges } from "@/components/event/event-badges";
import { Localized } from "@/components/i18n/localized";
import { LocalizedParagraphs } from "@/components/i18n/localized-paragraphs";
import { detailMetadata, openDetail, publicRead, type SlugParams } from "@/components/listing/detail-page";
import { PostColumns, PostNav } from "@/components/listing/post-layout";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { getPublicEvent } from "@/lib/event/queries";
import { safeHref } from "@/lib/forms/http-url";
import { pickText } from "@/lib/i18n/localized-text";
import { EventFacts } from "./_components/event-facts";

const loadEvent = publicRead(getPublicEvent);

export const generateMetadata = detailMetadata(loadEvent, "events.notFoundTitle", (event, locale, slug) => ({
  title: pickText(event.title, locale)?.text,
  description: pickText(event.description, locale)?.text.slice(0, 200),
  alternates: { types: { "text/calendar": `/${locale}/events/${slug}/event.ics` } },
}));

const buttonClass = "inline-flex min-h-11 items-center rounded-md px-4 font-medium no-underline";

export default async function EventPage({ params }: { params: SlugParams }) {
  const { locale, item: event } = await openDetail(params, loadEvent);
  const [tEvents, tEventForm, viewer] = await Promise.all([getTranslations("events"), getTranslations("eventForm"), getViewer()]);
  const mayEdit = can(viewer, "update", "Event", { organizationId: event.organizationId, communityId: event.communityId });
  const now = new Date();
  const ended = event.endsAt.getTime() < now.getTime();
  const registrationOpen = !ended && (!event.registrationDeadline || event.registrationDeadline.getTime() > now.getTime());

  return (
    <article>
      <PostNav
        back={{ href: "/events", text: tEvents("allEvents") }}
        edit={mayEdit && { href: `/events/${event.slug}/edit`, text: tEventForm("edit") }}
      />
      <header className="mt-2">
        <EventBadges event={event} />
        <h1 className="mt-2 text-3xl font-bold tracking-tight">
          <Localized value={event.title} labelled />
        </h1>
        {ended && <p className="mt-2 rounded-md border border-note-line bg-note-soft p-2 text-note">{tEvents("ended")}</p>}
      </header>
      <PostColumns facts={<EventFacts event={event} locale={locale} now={now} />}>
        <LocalizedParagraphs value={event.description} className="max-w-prose text-lg" />
        <p className="mt-6 flex flex-wrap gap-3">
          {/* A plain anchor: the .ics is a download, not a page. */}
          <a
            href={`/${locale}/events/${event.slug}/event.ics`}
            download={`${event.slug}.ics`}
            type="text/calendar"
            className={`${buttonClass} border border-brand bg-surface text-brand-strong hover:bg-brand-soft`}
          >
            {tEvents("addToCalendar")}
          </a>
          {registrationOpen && safeHref(event.registrationUrl) && (
            <a
              href={safeHref(event.registrationUrl)}
              rel="noopener nofollow"
              className={`${buttonClass} bg-brand text-white hover:bg-brand-strong`}
            >
              {tEvents("register")}
            </a>
          )}
        </p>
        <DialogueLinks of={{ eventId: event.id }} heading="eventDialogue" />
      </PostColumns>
    </article>
  );
}
