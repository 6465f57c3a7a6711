import type { Metadata } from "next";
import { cache, type ReactNode } from "react";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EventPlace } from "@/components/event/event-card";
import { EventOrganiser } from "@/components/event/event-organiser";
import { EventTime } from "@/components/event/event-time";
import { LocalEventTime } from "@/components/event/local-time";
import { RegistrationStatus } from "@/components/event/registration-status";
import { countryName, languageName } from "@/components/i18n/display-names";
import { formatterFor } from "@/components/i18n/format";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Localized } from "@/components/i18n/localized";
import { LocalizedParagraphs } from "@/components/i18n/localized-paragraphs";
import { DemoBadge } from "@/components/listing/demo-badge";
import { Badge } from "@/components/ui/badge";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { getPublicEvent } from "@/lib/event/queries";
import { requireLocale } from "@/lib/i18n/locale-param";
import { safeHref } from "@/lib/forms/http-url";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; slug: string }> };

const loadEvent = cache(async (slug: string) => {
  await connection();
  return getPublicEvent(slug);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: localeParam, slug } = await params;
  const locale = requireLocale(localeParam);
  const event = await loadEvent(slug);
  if (!event) return { title: (await getTranslations({ locale, namespace: "events" }))("notFoundTitle") };
  return {
    title: pickText(event.title, locale)?.text,
    description: pickText(event.description, locale)?.text.slice(0, 200),
    alternates: { types: { "text/calendar": `/${locale}/events/${slug}/event.ics` } },
  };
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="border-t border-line py-3 first:border-t-0 first:pt-0">
      <dt className="text-sm font-semibold text-muted">{term}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}

const buttonClass = "inline-flex min-h-11 items-center rounded-md px-4 font-medium no-underline";

export default async function EventPage({ params }: Props) {
  const { locale: localeParam, slug } = await params;
  const locale = requireLocale(localeParam);
  setRequestLocale(locale);
  const event = await loadEvent(slug);
  if (!event) notFound();
  const [t, tf, label, viewer] = await Promise.all([getTranslations("events"), getTranslations("eventForm"), getVocabulary(), getViewer()]);
  const mayEdit = can(viewer, "update", "Event", { organizationId: event.organizationId, communityId: event.communityId });
  const format = formatterFor(locale);
  const now = new Date();
  const ended = event.endsAt.getTime() < now.getTime();
  const registrationOpen = !ended && (!event.registrationDeadline || event.registrationDeadline.getTime() > now.getTime());

  return (
    <article>
      <p className="flex flex-wrap justify-between gap-2 text-sm">
        <Link href="/events">{t("allEvents")}</Link>
        {mayEdit && <Link href={`/events/${event.slug}/edit`} className="font-semibold">{tf("edit")}</Link>}
      </p>
      <header className="mt-2">
        <p className="flex flex-wrap gap-2">
          <Badge tone="brand">{label("eventType", event.type)}</Badge>
          {event.isOnline && <Badge>{t("online")}</Badge>}
          {event.isDemo && <DemoBadge />}
        </p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">
          <Localized value={event.title} />
        </h1>
        {ended && <p className="mt-2 rounded-md border border-note-line bg-note-soft p-2 text-note">{t("ended")}</p>}
      </header>
      <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0">
          <LocalizedParagraphs value={event.description} className="max-w-prose text-lg" />
          <p className="mt-6 flex flex-wrap gap-3">
            {/* A plain anchor: the .ics is a download, not a page. */}
            <a href={`/${locale}/events/${event.slug}/event.ics`} download={`${event.slug}.ics`} type="text/calendar"
              className={`${buttonClass} border border-brand bg-surface text-brand-strong hover:bg-brand-soft`}>
              {t("addToCalendar")}
            </a>
            {registrationOpen && safeHref(event.registrationUrl) && (
              <a href={safeHref(event.registrationUrl)} rel="noopener nofollow" className={`${buttonClass} bg-brand text-white hover:bg-brand-strong`}>
                {t("register")}
              </a>
            )}
          </p>
        </div>
        <dl className="h-fit rounded-lg border border-line bg-surface p-4">
          <Fact term={t("when")}>
            <p className="text-sm font-semibold">{t("eventTime", { zone: event.timeZone })}</p>
            <p>
              <EventTime startsAt={event.startsAt} endsAt={event.endsAt} timeZone={event.timeZone} long />
            </p>
            <LocalEventTime startsAt={event.startsAt.toISOString()} endsAt={event.endsAt.toISOString()} timeZone={event.timeZone} />
          </Fact>
          <Fact term={t("place")}>
            {event.isOnline ? (
              safeHref(event.onlineUrl) ? (
                <a href={safeHref(event.onlineUrl)} rel="noopener nofollow">{t("joinOnline")}</a>
              ) : (
                t("online")
              )
            ) : (
              <>
                {event.venue && <span className="block">{event.venue}</span>}
                <EventPlace event={event} />
              </>
            )}
          </Fact>
          <Fact term={t("organiser")}>
            <EventOrganiser owner={event} />
          </Fact>
          {event.registrationDeadline && (
            <Fact term={t("registration")}>
              <RegistrationStatus deadline={event.registrationDeadline} now={now} />
              <span className="block text-sm text-muted">
                {t("registrationDeadline", {
                  date: format.dateTime(event.registrationDeadline, { dateStyle: "long", timeStyle: "short", timeZone: event.timeZone }),
                })}
              </span>
            </Fact>
          )}
          {event.languages.length > 0 && (
            <Fact term={t("languages")}>{event.languages.map((code) => languageName(code, locale)).join(", ")}</Fact>
          )}
          {event.sectors.length > 0 && (
            <Fact term={t("sectors")}>
              <ul className="flex flex-wrap gap-1">
                {event.sectors.map((sector) => (
                  <li key={sector}>
                    <Link href={{ pathname: "/events", query: { sector } }} className="text-sm">{label("sector", sector)}</Link>
                  </li>
                ))}
              </ul>
            </Fact>
          )}
          {event.country && !event.isOnline && (
            <Fact term={t("facetCountry")}>
              <Link href={{ pathname: "/events", query: { country: event.country } }}>{countryName(event.country, locale)}</Link>
            </Fact>
          )}
        </dl>
      </div>
    </article>
  );
}
