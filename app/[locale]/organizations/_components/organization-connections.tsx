import { getTranslations } from "next-intl/server";
import { CommunityTitle } from "@/components/community/community-title";
import { cityName } from "@/components/i18n/display-names";
import { formatterFor } from "@/components/i18n/format";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Localized } from "@/components/i18n/localized";
import type { Locale } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import type { OrganizationConnections as Connections } from "@/lib/organization/queries";

const isPublic = (listing: { status: string; hiddenAt: Date | null } | null) => listing !== null && listing.status === "PUBLISHED" && listing.hiddenAt === null;

/** Partnerships, upcoming events and announcements of an organisation, each with its empty state. */
export async function OrganizationConnections({ organizationId, connections, locale }: { organizationId: string; connections: Connections; locale: Locale }) {
  const [t, label] = await Promise.all([getTranslations("organization"), getVocabulary()]);
  const format = formatterFor(locale);
  return (
    <>
      <section aria-labelledby="partnerships-heading">
        <h2 id="partnerships-heading" className="mb-3 text-xl font-bold">{t("partnerships")}</h2>
        {connections.partnerships.length === 0 ? (
          <p className="text-muted">{t("noPartnerships")}</p>
        ) : (
          <ul className="space-y-2">
            {connections.partnerships.map((partnership) => {
              // The other side: a community, or the other organisation of an organisation pair.
              const other = partnership.organization.id === organizationId ? partnership.partnerOrganization : partnership.organization;
              return (
                <li key={partnership.id} className="rounded-md border border-line bg-surface p-3">
                  <span className="font-medium">{label("partnershipForm", partnership.form)}</span> {t("partnerWith")}{" "}
                  {partnership.community && isPublic(partnership.community) ? (
                    <Link href={`/communities/${partnership.community.slug}`}><CommunityTitle community={partnership.community} /></Link>
                  ) : other && isPublic(other) ? (
                    <Link href={`/organizations/${other.slug}`}><Localized value={other.name} /></Link>
                  ) : null}
                  <span className="text-muted"> · {label("partnershipStatus", partnership.partnershipStatus)}</span>
                  {partnership.startDate && <span className="text-muted"> · {format.dateTime(partnership.startDate, { year: "numeric", month: "long" })}</span>}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="events-heading">
        <h2 id="events-heading" className="mb-3 text-xl font-bold">{t("upcomingEvents")}</h2>
        {connections.events.length === 0 ? (
          <p className="text-muted">{t("noEvents")}</p>
        ) : (
          <ul className="space-y-2">
            {connections.events.map((event) => (
              <li key={event.id} className="rounded-md border border-line bg-surface p-3">
                <span className="font-medium"><Localized value={event.title} /></span>
                <span className="block text-sm text-muted">
                  {format.dateTime(event.startsAt, { dateStyle: "long", timeStyle: "short", timeZone: event.timeZone })} ({event.timeZone}) ·{" "}
                  {label("eventType", event.type)} · {event.isOnline ? t("online") : event.city && event.country ? cityName(event.country, event.city, locale) : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="announcements-heading">
        <h2 id="announcements-heading" className="mb-3 text-xl font-bold">{t("announcements")}</h2>
        {connections.announcements.length === 0 ? (
          <p className="text-muted">{t("noAnnouncements")}</p>
        ) : (
          <ul className="space-y-2">
            {connections.announcements.map((announcement) => (
              <li key={announcement.id}>
                <span className="font-medium"><Localized value={announcement.title} /></span>
                {announcement.publishedAt && <span className="text-sm text-muted"> · {format.dateTime(announcement.publishedAt, { dateStyle: "medium" })}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
