import { getTranslations } from "next-intl/server";
import { ProfileAnnouncements } from "@/components/announcement/profile-announcements";
import { ProfileEvents } from "@/components/event/profile-events";
import { CommunityTitle } from "@/components/community/community-title";
import { formatterFor } from "@/components/i18n/format";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Localized } from "@/components/i18n/localized";
import { ProfileList } from "@/components/listing/profile-list";
import type { Locale } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import type { OrganizationConnections as Connections } from "@/lib/organization/queries";

const isPublic = (listing: { status: string; hiddenAt: Date | null } | null) =>
  listing !== null && listing.status === "PUBLISHED" && listing.hiddenAt === null;

/** Partnerships, upcoming events and announcements of an organisation, each with its empty state
 *  (events and announcements are the blocks community profiles use too). */
export async function OrganizationConnections({
  organizationId,
  connections,
  locale,
}: {
  organizationId: string;
  connections: Connections;
  locale: Locale;
}) {
  const [tOrganization, label, tPartnerships] = await Promise.all([
    getTranslations("organization"),
    getVocabulary(),
    getTranslations("partnerships"),
  ]);
  const format = formatterFor(locale);
  return (
    <>
      <ProfileList
        headingId="partnerships-heading"
        heading={tOrganization("partnerships")}
        count={connections.partnerships.length}
        empty={tOrganization("noPartnerships")}
        listClassName="space-y-2"
        more={{ href: "/partnerships", text: tPartnerships("allPartnerships") }}
      >
        {connections.partnerships.map((partnership) => {
          // The other side: a community, or the other organisation of an organisation pair.
          const other = partnership.organization.id === organizationId ? partnership.partnerOrganization : partnership.organization;
          return (
            <li key={partnership.id} className="rounded-md border border-line bg-surface p-3">
              <span className="font-medium">{label("partnershipForm", partnership.form)}</span> {tOrganization("partnerWith")}{" "}
              {partnership.community && isPublic(partnership.community) ? (
                <Link href={`/communities/${partnership.community.slug}`}>
                  <CommunityTitle community={partnership.community} />
                </Link>
              ) : other && isPublic(other) ? (
                <Link href={`/organizations/${other.slug}`}>
                  <Localized value={other.name} />
                </Link>
              ) : null}
              <span className="text-muted"> · {label("partnershipStatus", partnership.partnershipStatus)}</span>
              {partnership.startDate && (
                <span className="text-muted"> · {format.dateTime(partnership.startDate, { year: "numeric", month: "long" })}</span>
              )}
            </li>
          );
        })}
      </ProfileList>
      <ProfileEvents owner={{ organizationId }} />
      <ProfileAnnouncements owner={{ organizationId }} />
    </>
  );
}
