import { useLocale, useTranslations } from "next-intl";
import { venuePlaceLine } from "@/lib/i18n/place-line";
import { PostCardHead } from "@/components/listing/post-layout";
import type { EventType } from "@/generated/prisma/enums";
import { EventBadges } from "./event-badges";
import { EventOrganiser, type OrganiserData } from "./event-organiser";
import { EventTime } from "./event-time";
import { RegistrationStatus } from "./registration-status";

export interface EventCardData extends OrganiserData {
  slug: string;
  type: EventType;
  title: unknown;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  isOnline: boolean;
  venue: string | null;
  city: string | null;
  country: string | null;
  registrationDeadline: Date | null;
  isDemo: boolean;
}

/** "Cultural centre, Берлін, Німеччина" (with `venue`), "Berlin, Germany", or "Online". */
export function EventPlace({ event }: { event: Pick<EventCardData, "isOnline" | "city" | "country"> & { venue?: string | null } }) {
  const locale = useLocale();
  const t = useTranslations("events");
  if (event.isOnline) return <>{t("online")}</>;
  return <>{venuePlaceLine(event, locale)}</>;
}

/** One event in a list: what, when (in its own zone), where, who, and whether one can still register. */
export function EventCard({ event, now, headingLevel = 3 }: { event: EventCardData; now: Date; headingLevel?: 2 | 3 }) {
  const t = useTranslations("events");
  const ended = event.endsAt.getTime() < now.getTime();
  return (
    <article className="rounded-lg border border-line bg-surface p-4">
      <PostCardHead href={`/events/${event.slug}`} title={event.title} headingLevel={headingLevel} badges={<EventBadges event={event} />} />
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("when")}</dt>
        <dd>
          <EventTime startsAt={event.startsAt} endsAt={event.endsAt} timeZone={event.timeZone} />
        </dd>
        <dt className="font-semibold">{t("place")}</dt>
        <dd>
          <EventPlace event={event} />
        </dd>
        <dt className="font-semibold">{t("organiser")}</dt>
        <dd>
          <EventOrganiser owner={event} />
        </dd>
        {!ended && event.registrationDeadline && (
          <>
            <dt className="font-semibold">{t("registration")}</dt>
            <dd>
              <RegistrationStatus deadline={event.registrationDeadline} now={now} />
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}
