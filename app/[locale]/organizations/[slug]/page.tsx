import type { Metadata } from "next";
import { cache, type ReactNode } from "react";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { countryName, languageName, oblastName } from "@/components/i18n/display-names";
import { formatterFor } from "@/components/i18n/format";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Localized } from "@/components/i18n/localized";
import { LocalizedParagraphs } from "@/components/i18n/localized-paragraphs";
import { MiniMap } from "@/components/map/mini-map";
import { ListingActions } from "@/components/listing/listing-actions";
import { DemoBadge } from "@/components/listing/demo-badge";
import { VerifiedBadge } from "@/components/listing/verified-badge";
import { OrganizationPlace } from "@/components/organization/organization-place";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/lib/i18n/navigation";
import { pickText } from "@/lib/i18n/localized-text";
import { minorToUnits } from "@/lib/money/minor";
import { getOrganizationBySlug, getOrganizationConnections } from "@/lib/organization/queries";
import { JsonLd } from "@/components/listing/json-ld";
import { RevealEmail } from "@/components/listing/reveal-email";
import { reversed } from "@/components/listing/reversed";
import { OrganizationConnections } from "../_components/organization-connections";
import { requireLocale } from "@/lib/i18n/locale-param";
import { safeHref } from "@/lib/forms/http-url";

type Props = { params: Promise<{ locale: string; slug: string }> };

// One read for generateMetadata and the page.
const loadOrganization = cache(async (slug: string) => {
  await connection();
  return getOrganizationBySlug(slug);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: localeParam, slug } = await params;
  const locale = requireLocale(localeParam);
  const organization = await loadOrganization(slug);
  if (!organization) {
    const t = await getTranslations({ locale, namespace: "organization" });
    return { title: t("notFoundTitle") };
  }
  const title = pickText(organization.name, locale)?.text;
  const description = pickText(organization.mission, locale)?.text.slice(0, 200);
  return {
    title,
    description,
    alternates: { canonical: `/${locale}/organizations/${slug}`, languages: { uk: `/uk/organizations/${slug}`, en: `/en/organizations/${slug}` } },
    openGraph: { type: "profile", title, description, locale: locale === "uk" ? "uk_UA" : "en_GB", siteName: "Diaspora Atlas" },
  };
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="border-t border-line py-3 first:border-t-0 first:pt-0">
      <dt className="text-sm font-semibold text-muted">{term}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}

function OfferRow({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** "€10,000 – €90,000", "from €10,000", "up to €90,000", or null when no budget is stated. */
function budgetText(
  org: { budgetMinMinor: bigint | null; budgetMaxMinor: bigint | null; budgetCurrency: string | null },
  money: (minor: bigint, currency: string) => string,
  t: (key: "budgetRange" | "budgetFrom" | "budgetUpTo", values: Record<string, string>) => string,
): string | null {
  const currency = org.budgetCurrency;
  if (!currency) return null;
  const { budgetMinMinor: min, budgetMaxMinor: max } = org;
  if (min !== null && max !== null) return min === max ? money(min, currency) : t("budgetRange", { min: money(min, currency), max: money(max, currency) });
  if (min !== null) return t("budgetFrom", { min: money(min, currency) });
  if (max !== null) return t("budgetUpTo", { max: money(max, currency) });
  return null;
}

export default async function OrganizationPage({ params }: Props) {
  const { locale: localeParam, slug } = await params;
  const locale = requireLocale(localeParam);
  setRequestLocale(locale);
  const organization = await loadOrganization(slug);
  if (!organization) notFound();
  const [t, tm, tmatch, label, connections] = await Promise.all([
    getTranslations("organization"), getTranslations("map"), getTranslations("matching"), getVocabulary(), getOrganizationConnections(organization.id),
  ]);
  const [emailUser, emailDomain] = organization.email?.split("@") ?? [];
  const structuredData = {
    "@context": "https://schema.org",
    "@type": organization.kind === "FOREIGN_MUNICIPALITY" ? "GovernmentOrganization" : "Organization",
    name: pickText(organization.name, locale)?.text,
    alternateName: Object.values(organization.name as Record<string, string>).filter((name) => name !== pickText(organization.name, locale)?.text),
    description: pickText(organization.mission, locale)?.text,
    ...(safeHref(organization.website) ? { url: safeHref(organization.website) } : {}),
    ...(organization.foundedYear ? { foundingDate: String(organization.foundedYear) } : {}),
    address: { "@type": "PostalAddress", addressLocality: organization.city, addressCountry: organization.country },
    knowsLanguage: organization.languages,
  };
  const format = formatterFor(locale);
  const sections = [
    { id: "mission", title: t("mission"), value: organization.mission },
    { id: "description", title: t("description"), value: organization.description },
    { id: "activities", title: t("activities"), value: organization.activities },
  ].filter((section) => pickText(section.value, locale));
  const budget = budgetText(organization, (minor, currency) => format.number(minorToUnits(minor), { style: "currency", currency, maximumFractionDigits: 0 }), t);
  const population = organization.kind === "FOREIGN_MUNICIPALITY" ? organization.population : null;
  const hasOffer = organization.aidTypes.length > 0 || organization.operatingCountries.length > 0 || organization.operatingOblasts.length > 0 || budget !== null || population !== null;

  return (
    <article>
      <JsonLd data={structuredData} />
      <p className="mb-4 text-sm">
        <Link href="/organizations">
          <span aria-hidden="true">← </span>
          {t("backToList")}
        </Link>
      </p>
      <header className="border-b border-line pb-6">
        <h1 className="text-3xl leading-tight font-bold tracking-tight sm:text-4xl">
          <Localized value={organization.name} />
        </h1>
        <p className="mt-2 text-lg text-muted">
          {label("organizationKind", organization.kind)} · <OrganizationPlace city={organization.city} country={organization.country} />
        </p>
        {(organization.isVerified || organization.isDemo) && (
          <p className="mt-3 flex flex-wrap gap-2">
            {organization.isVerified && <VerifiedBadge />}
            {organization.isDemo && <DemoBadge />}
          </p>
        )}
        {organization.sectors.length > 0 ? (
          <p className="mt-3"><Link href={`/organizations/${organization.slug}/matches`} className="font-semibold">{tmatch("findCommunities")} →</Link></p>
        ) : null}
      </header>

      <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]">
        <div className="flex flex-col gap-8">
          {sections.map((section) => (
            <section key={section.id} aria-labelledby={`${section.id}-heading`}>
              <h2 id={`${section.id}-heading`} className="mb-2 text-xl font-bold">
                {section.title}
              </h2>
              <LocalizedParagraphs value={section.value} className="max-w-prose text-lg" />
            </section>
          ))}
          {organization.sectors.length > 0 && (
            <section aria-labelledby="sectors-heading">
              <h2 id="sectors-heading" className="mb-3 text-xl font-bold">
                {t("sectors")}
              </h2>
              <ul className="flex flex-wrap gap-2">
                {organization.sectors.map((sector) => (
                  <li key={sector}>
                    <Badge tone="brand">{label("sector", sector)}</Badge>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {hasOffer && (
            <section aria-labelledby="offer-heading">
              <h2 id="offer-heading" className="mb-3 text-xl font-bold">
                {t("offer")}
              </h2>
              <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
                {organization.aidTypes.length > 0 && (
                  <OfferRow term={t("aidTypes")}>{organization.aidTypes.map((aid) => label("aidType", aid)).join(", ")}</OfferRow>
                )}
                {organization.operatingCountries.length > 0 && (
                  <OfferRow term={t("operatingCountries")}>{organization.operatingCountries.map((code) => countryName(code, locale)).join(", ")}</OfferRow>
                )}
                {organization.operatingOblasts.length > 0 && (
                  <OfferRow term={t("operatingOblasts")}>
                    {organization.operatingOblasts.map((code) => oblastName(code, null, locale).text).sort((a, b) => a.localeCompare(b, locale)).join(", ")}
                  </OfferRow>
                )}
                {budget !== null && <OfferRow term={t("budget")}>{budget}</OfferRow>}
                {population !== null && <OfferRow term={t("population")}>{format.number(population)}</OfferRow>}
              </dl>
            </section>
          )}
          <OrganizationConnections organizationId={organization.id} connections={connections} locale={locale} />
        </div>

        <aside aria-labelledby="details-heading" className="h-fit rounded-lg border border-line bg-surface p-5">
          <h2 id="details-heading" className="mb-3 text-lg font-bold">
            {t("details")}
          </h2>
          <dl>
            <Fact term={t("kind")}>{label("organizationKind", organization.kind)}</Fact>
            <Fact term={t("location")}>
              <OrganizationPlace city={organization.city} country={organization.country} />
            </Fact>
            {organization.foundedYear !== null && <Fact term={t("foundedYear")}>{organization.foundedYear}</Fact>}
            {organization.languages.length > 0 && (
              <Fact term={t("languages")}>{organization.languages.map((code) => languageName(code, locale)).join(", ")}</Fact>
            )}
            {emailUser && emailDomain && (
              <Fact term={t("contact")}>
                <RevealEmail reversedUser={reversed(emailUser)} reversedDomain={reversed(emailDomain)} label={t("showEmail")} />
              </Fact>
            )}
            {safeHref(organization.website) && (
              <Fact term={t("website")}>
                <a href={safeHref(organization.website)} rel="noopener noreferrer external" className="break-all">
                  {(organization.website ?? "").replace(/^https?:\/\//, "").replace(/\/$/, "")}
                </a>
              </Fact>
            )}
          </dl>
          <p className="mt-4 border-t border-line pt-3 text-sm text-muted">
            {t("lastUpdated", { date: format.dateTime(organization.updatedAt, { dateStyle: "long" }) })}
          </p>
          <div className="mt-4">
            <MiniMap lat={organization.publicLat} lng={organization.publicLng} type="o"
              label={tm("profileMapLabel", { place: `${organization.city}, ${countryName(organization.country, locale)}` })} linkLabel={tm("openOnMap")} />
          </div>
        </aside>
      </div>
      <ListingActions type="organization" id={organization.id} slug={organization.slug} />
    </article>
  );
}
