import { DialogueLinks } from "@/components/dialogue/dialogue-links";
import { getTranslations } from "next-intl/server";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Localized } from "@/components/i18n/localized";
import { detailMetadata, openDetail, profileMetadata, publicRead, type SlugParams } from "@/components/listing/detail-page";
import { JsonLd } from "@/components/listing/json-ld";
import { ListingActions } from "@/components/listing/listing-actions";
import { BackLink, BadgeSection, ListingBadges, ProfileColumns, ProfileHeader, TextSections } from "@/components/listing/profile-layout";
import { OrganizationPlace } from "@/components/organization/organization-place";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { getOrganizationBySlug, getOrganizationConnections } from "@/lib/organization/queries";
import { OrganizationConnections } from "./_components/organization-connections";
import { OrganizationDetails } from "./_components/organization-details";
import { OrganizationOffer } from "./_components/organization-offer";
import { organizationStructuredData } from "./_components/structured-data";

const loadOrganization = publicRead(getOrganizationBySlug);

export const generateMetadata = detailMetadata(loadOrganization, "organization.notFoundTitle", (organization, locale, slug) =>
  profileMetadata(
    locale,
    `/organizations/${slug}`,
    "profile",
    pickText(organization.name, locale)?.text,
    pickText(organization.mission, locale)?.text.slice(0, 200),
  ),
);

export default async function OrganizationPage({ params }: { params: SlugParams }) {
  const { locale, item: organization } = await openDetail(params, loadOrganization);
  const [tOrganization, tMatching, label, connections] = await Promise.all([
    getTranslations("organization"),
    getTranslations("matching"),
    getVocabulary(),
    getOrganizationConnections(organization.id),
  ]);

  return (
    <article>
      <JsonLd data={organizationStructuredData(organization, locale)} />
      <BackLink href="/organizations">{tOrganization("backToList")}</BackLink>
      <ProfileHeader
        title={<Localized value={organization.name} labelled />}
        subtitle={
          <>
            {label("organizationKind", organization.kind)} · <OrganizationPlace city={organization.city} country={organization.country} />
          </>
        }
      >
        <ListingBadges listing={organization} />
        {organization.sectors.length > 0 ? (
          <p className="mt-3">
            <Link href={`/organizations/${organization.slug}/matches`} className="font-semibold">
              {tMatching("findCommunities")} →
            </Link>
          </p>
        ) : null}
      </ProfileHeader>

      <ProfileColumns aside={<OrganizationDetails organization={organization} locale={locale} />}>
        <TextSections
          locale={locale}
          sections={[
            { id: "mission", title: tOrganization("mission"), value: organization.mission },
            { id: "description", title: tOrganization("description"), value: organization.description },
            { id: "activities", title: tOrganization("activities"), value: organization.activities },
          ]}
        />
        <BadgeSection
          id="sectors"
          title={tOrganization("sectors")}
          labels={organization.sectors.map((sector) => label("sector", sector))}
        />
        <OrganizationOffer organization={organization} locale={locale} />
        <OrganizationConnections organizationId={organization.id} connections={connections} locale={locale} />
        <DialogueLinks of={{ organizationId: organization.id }} heading="ownerDialogues" />
      </ProfileColumns>
      <ListingActions type="organization" id={organization.id} slug={organization.slug} />
    </article>
  );
}
