import { getTranslations } from "next-intl/server";
import { ProfileAnnouncements } from "@/components/announcement/profile-announcements";
import { ProfileEvents } from "@/components/event/profile-events";
import { CommunityTitle } from "@/components/community/community-title";
import { Localized } from "@/components/i18n/localized";
import { ProfilePartnerships } from "@/components/partnership/profile-partnerships";
import type { Locale } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { isShown } from "@/lib/listing/public-where";
import type { OrganizationConnections as Connections } from "@/lib/organization/queries";

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
  const tOrganization = await getTranslations("organization");
  return (
    <>
      <ProfilePartnerships
        heading={tOrganization("partnerships")}
        empty={tOrganization("noPartnerships")}
        between={tOrganization("partnerWith")}
        partnerships={connections.partnerships.map((partnership) => {
          // The other side: a community, or the other organisation of an organisation pair.
          const other = partnership.organization.id === organizationId ? partnership.partnerOrganization : partnership.organization;
          return {
            ...partnership,
            other:
              partnership.community && isShown(partnership.community) ? (
                <Link href={`/communities/${partnership.community.slug}`}>
                  <CommunityTitle community={partnership.community} />
                </Link>
              ) : other && isShown(other) ? (
                <Link href={`/organizations/${other.slug}`}>
                  <Localized value={other.name} />
                </Link>
              ) : null,
          };
        })}
        locale={locale}
      />
      <ProfileEvents owner={{ organizationId }} />
      <ProfileAnnouncements owner={{ organizationId }} />
    </>
  );
}
