import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { EventPlace } from "@/components/event/event-card";
import { EventOrganiser } from "@/components/event/event-organiser";
import { EventTime } from "@/components/event/event-time";
import { LocalEventTime } from "@/components/event/local-time";
import { RegistrationStatus } from "@/components/event/registration-status";
import { countryName } from "@/lib/i18n/display-names";
import { formatDateTime } from "@/lib/i18n/dates";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { LanguagesFact } from "@/components/listing/contact-facts";
import { Fact, SectorsFact } from "@/components/listing/fact";
import type { getPublicEvent } from "@/lib/event/queries";
import { safeHref } from "@/lib/forms/http-url";
import { Link } from "@/lib/i18n/navigation";

type PublicEvent = NonNullable<Awaited<ReturnType<typeof getPublicEvent>>>;

/** When (in the event's zone and the reader's), where, who, registration, languages, sectors and country. */
export async function EventFacts({ event, locale, now }: { event: PublicEvent; locale: Locale; now: Date }) {
  const [tEvents, label] = await Promise.all([getTranslations("events"), getVocabulary()]);
  return (
    <>
      <Fact term={tEvents("when")}>
        <p className="text-sm font-semibold">{tEvents("eventTime")}</p>
        <p>
          <EventTime startsAt={event.startsAt} endsAt={event.endsAt} timeZone={event.timeZone} long />
        </p>
        <LocalEventTime startsAt={event.startsAt.toISOString()} endsAt={event.endsAt.toISOString()} timeZone={event.timeZone} />
      </Fact>
      <Fact term={tEvents("place")}>
        {event.isOnline ? (
          safeHref(event.onlineUrl) ? (
            <a href={safeHref(event.onlineUrl)} rel="noopener nofollow">
              {tEvents("joinOnline")}
            </a>
          ) : (
            tEvents("online")
          )
        ) : (
          <EventPlace event={event} />
        )}
      </Fact>
      <Fact term={tEvents("organiser")}>
        <EventOrganiser owner={event} />
      </Fact>
      {event.registrationDeadline && (
        <Fact term={tEvents("registration")}>
          <RegistrationStatus deadline={event.registrationDeadline} now={now} />
          <span className="block text-sm text-muted">
            {tEvents("registrationDeadline", {
              date: formatDateTime(event.registrationDeadline, locale, event.timeZone),
            })}
          </span>
        </Fact>
      )}
      <LanguagesFact term={tEvents("languages")} codes={event.languages} locale={locale} />
      <SectorsFact
        term={tEvents("sectors")}
        pathname="/events"
        sectors={event.sectors.map((sector) => ({ value: sector, label: label("sector", sector) }))}
        className="flex flex-wrap gap-1"
      />
      {event.country && !event.isOnline && (
        <Fact term={tEvents("facetCountry")}>
          <Link href={{ pathname: "/events", query: { country: event.country } }}>{countryName(event.country, locale)}</Link>
        </Fact>
      )}
    </>
  );
}
