import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { CommunityTitle, communityTitle } from "@/components/community/community-title";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Localized } from "@/components/i18n/localized";
import { Fact, SectorsFact } from "@/components/listing/fact";
import { ProfileAside } from "@/components/listing/profile-layout";
import { ProfileMap } from "@/components/listing/profile-map";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { partnershipSectors } from "@/lib/partnership/facets";
import type { PublicPartnership } from "@/lib/partnership/queries";
import { formatDate } from "@/lib/i18n/dates";
import { venuePlaceLine } from "@/lib/i18n/place-line";

/** Where the small map points: the community, or for an organisation pair the first organisation. */
function mapPoint(partnership: PublicPartnership) {
  if (partnership.community) return { lat: partnership.community.publicLat, lng: partnership.community.publicLng, type: "c" as const };
  return { lat: partnership.organization.publicLat, lng: partnership.organization.publicLng, type: "o" as const };
}

function OrganizationFact({
  term,
  organization,
  locale,
}: {
  term: string;
  organization: PublicPartnership["organization"];
  locale: Locale;
}) {
  return (
    <Fact term={term}>
      <Link href={`/organizations/${organization.slug}`}>
        <Localized value={organization.name} />
      </Link>
      <span className="block text-sm text-muted">{venuePlaceLine(organization, locale)}</span>
    </Fact>
  );
}

/** The sides, form, status, dates and sectors, with a small map. */
export async function PartnershipFacts({ partnership, locale }: { partnership: PublicPartnership; locale: Locale }) {
  const [tPartnerships, tCommunity, label] = await Promise.all([
    getTranslations("partnerships"),
    getTranslations("community"),
    getVocabulary(),
  ]);
  const date = (value: Date) => formatDate(value, locale);
  const { organization, partnerOrganization, community } = partnership;
  const sectors = partnershipSectors(
    partnership.needs.map((link) => link.need.sector),
    [organization.sectors, partnerOrganization?.sectors ?? []],
  );
  const point = mapPoint(partnership);
  const placeName = community ? communityTitle(community, locale, tCommunity).text : (pickText(organization.name, locale)?.text ?? "");
  return (
    <ProfileAside
      headingId="facts-heading"
      heading={tPartnerships("sides")}
      map={<ProfileMap lat={point.lat} lng={point.lng} type={point.type} place={placeName} />}
    >
      <OrganizationFact term={tPartnerships("organization")} organization={organization} locale={locale} />
      {community && (
        <Fact term={tPartnerships("community")}>
          <Link href={`/communities/${community.slug}`}>
            <CommunityTitle community={community} />
          </Link>
        </Fact>
      )}
      {partnerOrganization && (
        <OrganizationFact term={tPartnerships("partnerOrganization")} organization={partnerOrganization} locale={locale} />
      )}
      <Fact term={tPartnerships("form")}>
        <Link href={{ pathname: "/partnerships", query: { form: partnership.form } }}>{label("partnershipForm", partnership.form)}</Link>
      </Fact>
      <Fact term={tPartnerships("status")}>{label("partnershipStatus", partnership.partnershipStatus)}</Fact>
      {partnership.startDate && <Fact term={tPartnerships("startDate")}>{date(partnership.startDate)}</Fact>}
      {partnership.endDate && <Fact term={tPartnerships("endDate")}>{date(partnership.endDate)}</Fact>}
      <SectorsFact
        term={tPartnerships("sectors")}
        pathname="/partnerships"
        sectors={sectors.map((sector) => ({ value: sector, label: label("sector", sector) }))}
        className="flex flex-wrap gap-x-3 gap-y-1"
      />
    </ProfileAside>
  );
}
