import { getTranslations } from "next-intl/server";
import { ProfileAnnouncements } from "@/components/announcement/profile-announcements";
import { ProfileEvents } from "@/components/event/profile-events";
import { CommunityTitle } from "@/components/community/community-title";
import { formatterFor } from "@/components/i18n/format";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Localized } from "@/components/i18n/localized";
import type { Locale } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import type { OrganizationConnections as Connections } from "@/lib/organization/queries";

const isPublic = (listing: { status: string; hiddenAt: Date | null } | null) => listing !== null && listing.status === "PUBLISHED" && listing.hiddenAt === null;

/** Partnerships, upcoming events and announcements of an organisation, each with its empty state
 *  (events and announcements are the blocks community profiles use too). */
export async function OrganizationConnections({ organizationId, connections, locale }: { organizationId: string; connections: Connections; locale: Locale }) {
  const [t, label, tPartnerships] = await Promise.all([getTranslations("organization"), getVocabulary(), getTranslations("partnerships")]);
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
        <p className="mt-3"><Link href="/partnerships">{tPartnerships("allPartnerships")} →</Link></p>
      </section>
      <ProfileEvents owner={{ organizationId }} />
      <ProfileAnnouncements owner={{ organizationId }} />
    </>
  );
}
