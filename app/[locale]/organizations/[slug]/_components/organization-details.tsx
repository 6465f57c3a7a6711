import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { EmailFact, LanguagesFact, WebsiteFact } from "@/components/listing/contact-facts";
import { Fact } from "@/components/listing/fact";
import { ProfileAside } from "@/components/listing/profile-layout";
import { ProfileMap } from "@/components/listing/profile-map";
import { OrganizationPlace } from "@/components/organization/organization-place";
import type { OrganizationProfile } from "@/lib/organization/queries";
import { formatDate } from "@/lib/i18n/dates";
import { venuePlaceLine } from "@/lib/i18n/place-line";

/** Kind, place, founding year, languages and contacts, with a small map. */
export async function OrganizationDetails({ organization, locale }: { organization: OrganizationProfile; locale: Locale }) {
  const [tOrganization, label] = await Promise.all([getTranslations("organization"), getVocabulary()]);
  return (
    <ProfileAside
      headingId="details-heading"
      heading={tOrganization("details")}
      updated={tOrganization("lastUpdated", { date: formatDate(organization.updatedAt, locale) })}
      map={<ProfileMap lat={organization.publicLat} lng={organization.publicLng} type="o" place={venuePlaceLine(organization, locale)} />}
    >
      <Fact term={tOrganization("kind")}>{label("organizationKind", organization.kind)}</Fact>
      <Fact term={tOrganization("location")}>
        <OrganizationPlace city={organization.city} country={organization.country} />
      </Fact>
      {organization.foundedYear !== null && <Fact term={tOrganization("foundedYear")}>{organization.foundedYear}</Fact>}
      <LanguagesFact term={tOrganization("languages")} codes={organization.languages} locale={locale} />
      <EmailFact term={tOrganization("contact")} email={organization.email} label={tOrganization("showEmail")} />
      <WebsiteFact term={tOrganization("website")} website={organization.website} />
    </ProfileAside>
  );
}
