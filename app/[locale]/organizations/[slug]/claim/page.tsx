import { notFound } from "next/navigation";
import { openPage, titleMetadata } from "@/components/layout/page";
import { ClaimPage } from "@/components/membership/claim-page";
import { pickText } from "@/lib/i18n/localized-text";
import { getOrganizationBySlug } from "@/lib/organization/queries";

export const generateMetadata = titleMetadata("claim.isThisYoursOrg", { index: false });

export default async function ClaimOrganizationPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const [locale, { slug }] = await Promise.all([openPage(params), params]);
  const org = await getOrganizationBySlug(slug);
  if (!org) notFound();
  return (
    <ClaimPage
      target={{ type: "ORGANIZATION", id: org.id }}
      name={pickText(org.name, locale)?.text ?? slug}
      backHref={`/organizations/${slug}`}
      locale={locale}
    />
  );
}
