import type { Locale } from "next-intl";
import { communityTitle } from "@/components/community/community-title";
import { oblastName } from "@/lib/i18n/display-names";
import type { CommunityProfile } from "@/lib/community/queries";
import { safeHref } from "@/lib/forms/http-url";
import { pickText } from "@/lib/i18n/localized-text";

type TitleTranslator = Parameters<typeof communityTitle>[2];

/**
 * A hromada is a local government body with a territory: GovernmentOrganization, located in a
 * Place at its public point, identified by its KATOTTG code.
 */
export function communityStructuredData(community: CommunityProfile, locale: Locale, tCommunity: TitleTranslator) {
  const title = communityTitle(community, locale, tCommunity);
  const officialName = pickText(community.name, locale);
  const oblast = oblastName(community.oblastCode, community.oblastName, locale);
  return {
    "@context": "https://schema.org",
    "@type": "GovernmentOrganization",
    name: title.text,
    ...(officialName ? { legalName: officialName.text } : {}),
    identifier: { "@type": "PropertyValue", propertyID: "KATOTTG", value: community.katottg },
    description: pickText(community.description, locale)?.text,
    ...(safeHref(community.website) ? { url: safeHref(community.website) } : {}),
    areaServed: {
      "@type": "Place",
      name: title.text,
      geo: { "@type": "GeoCoordinates", latitude: community.publicLat, longitude: community.publicLng },
      address: { "@type": "PostalAddress", addressRegion: oblast.text, addressCountry: "UA" },
    },
    ...(community.languages.length ? { knowsLanguage: community.languages } : {}),
  };
}
