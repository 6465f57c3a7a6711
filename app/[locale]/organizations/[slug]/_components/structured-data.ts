import type { Locale } from "next-intl";
import { safeHref } from "@/lib/forms/http-url";
import { pickText } from "@/lib/i18n/localized-text";
import type { OrganizationProfile } from "@/lib/organization/queries";

/** schema.org Organization (a foreign municipality: GovernmentOrganization) with its other-language names. */
export function organizationStructuredData(organization: OrganizationProfile, locale: Locale) {
  const name = pickText(organization.name, locale)?.text;
  return {
    "@context": "https://schema.org",
    "@type": organization.kind === "FOREIGN_MUNICIPALITY" ? "GovernmentOrganization" : "Organization",
    name,
    alternateName: Object.values(organization.name as Record<string, string>).filter((other) => other !== name),
    description: pickText(organization.mission, locale)?.text,
    ...(safeHref(organization.website) ? { url: safeHref(organization.website) } : {}),
    ...(organization.foundedYear ? { foundingDate: String(organization.foundedYear) } : {}),
    address: { "@type": "PostalAddress", addressLocality: organization.city, addressCountry: organization.country },
    knowsLanguage: organization.languages,
  };
}
