import { useLocale, useTranslations } from "next-intl";
import { cityName, countryName } from "@/components/i18n/display-names";
import { Localized } from "@/components/i18n/localized";
import { useVocabulary } from "@/components/i18n/vocabulary";
import { DemoBadge } from "@/components/listing/demo-badge";
import { Badge } from "@/components/ui/badge";
import type { EventType } from "@/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";
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

/** "Berlin, Germany" or "Online". */
export function EventPlace({ event }: { event: Pick<EventCardData, "isOnline" | "city" | "country"> }) {
  const locale = useLocale();
  const t = useTranslations("events");
  if (event.isOnline) return <>{t("online")}</>;
  const parts = [event.city && event.country ? cityName(event.country, event.city, locale) : event.city, event.country ? countryName(event.country, locale) : null];
  return <>{parts.filter(Boolean).join(", ")}</>;
}

/** One event in a list: what, when (in its own zone), where, who, and whether one can still register. */
export function EventCard({ event, now, headingLevel = 3 }: { event: EventCardData; now: Date; headingLevel?: 2 | 3 }) {
  const t = useTranslations("events");
  const label = useVocabulary();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const ended = event.endsAt.getTime() < now.getTime();
  return (
    <article className="rounded-lg border border-line bg-surface p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Heading className="text-lg leading-snug font-semibold">
          <Link href={`/events/${event.slug}`}>
            <Localized value={event.title} />
          </Link>
        </Heading>
        <p className="flex flex-wrap gap-2">
          <Badge tone="brand">{label("eventType", event.type)}</Badge>
          {event.isOnline && <Badge>{t("online")}</Badge>}
          {event.isDemo && <DemoBadge />}
        </p>
      </div>
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
