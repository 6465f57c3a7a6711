import type { Metadata } from "next";
import { cache, type ReactNode } from "react";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CommunityTitle, communityTitle } from "@/components/community/community-title";
import { countryName } from "@/components/i18n/display-names";
import { formatterFor } from "@/components/i18n/format";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Localized } from "@/components/i18n/localized";
import { LocalizedParagraphs } from "@/components/i18n/localized-paragraphs";
import { DemoBadge } from "@/components/listing/demo-badge";
import { MiniMap } from "@/components/map/mini-map";
import { Badge } from "@/components/ui/badge";
import { requireLocale } from "@/lib/i18n/locale-param";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { partnershipSectors } from "@/lib/partnership/facets";
import { getPublicPartnership, type PublicPartnership } from "@/lib/partnership/queries";
import { PartnershipSides, partnershipName } from "../_components/partnership-card";

type Props = { params: Promise<{ locale: string; slug: string }> };

// One read for generateMetadata and the page.
const loadPartnership = cache(async (slug: string) => {
  await connection();
  return getPublicPartnership(slug);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: localeParam, slug } = await params;
  const locale = requireLocale(localeParam);
  const partnership = await loadPartnership(slug);
  if (!partnership) return { title: (await getTranslations({ locale, namespace: "partnerships" }))("notFoundTitle") };
  return {
    title: partnershipName(partnership, locale),
    description: pickText(partnership.description, locale)?.text.slice(0, 200),
    alternates: { canonical: `/${locale}/partnerships/${slug}`, languages: { uk: `/uk/partnerships/${slug}`, en: `/en/partnerships/${slug}` } },
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

/** Where the small map points: the community, or for an organisation pair the first organisation. */
function mapPoint(partnership: PublicPartnership) {
  if (partnership.community) return { lat: partnership.community.publicLat, lng: partnership.community.publicLng, type: "c" as const };
  return { lat: partnership.organization.publicLat, lng: partnership.organization.publicLng, type: "o" as const };
}

export default async function PartnershipPage({ params }: Props) {
  const { locale: localeParam, slug } = await params;
  const locale = requireLocale(localeParam);
  setRequestLocale(locale);
  const partnership = await loadPartnership(slug);
  if (!partnership) notFound();
  const [t, tm, tc, label] = await Promise.all([getTranslations("partnerships"), getTranslations("map"), getTranslations("community"), getVocabulary()]);
  const format = formatterFor(locale);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long" });
  const { organization, partnerOrganization, community } = partnership;
  const sectors = partnershipSectors(partnership.needs.map((link) => link.need.sector), [organization.sectors, partnerOrganization?.sectors ?? []]);
  const point = mapPoint(partnership);
  const placeName = community ? communityTitle(community, locale, tc).text : pickText(organization.name, locale)?.text ?? "";

  return (
    <article>
      <p className="text-sm">
        <Link href="/partnerships">
          <span aria-hidden="true">← </span>
          {t("allPartnerships")}
        </Link>
      </p>
      <header className="mt-2 border-b border-line pb-6">
        <p className="flex flex-wrap gap-2">
          <Badge tone="brand">{label("partnershipForm", partnership.form)}</Badge>
          <Badge tone={partnership.partnershipStatus === "ACTIVE" ? "ok" : "neutral"}>{label("partnershipStatus", partnership.partnershipStatus)}</Badge>
          {partnership.isDemo && <DemoBadge />}
        </p>
        <h1 className="mt-2 text-3xl leading-tight font-bold tracking-tight sm:text-4xl">
          <Localized value={partnership.title} fallback={partnershipName(partnership, locale)} />
        </h1>
        <p className="mt-2 text-lg">
          <PartnershipSides partnership={partnership} />
        </p>
      </header>

      <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]">
        <div className="flex min-w-0 flex-col gap-8">
          {pickText(partnership.description, locale) && (
            <section aria-labelledby="about-heading">
              <h2 id="about-heading" className="mb-2 text-xl font-bold">{t("about")}</h2>
              <LocalizedParagraphs value={partnership.description} className="max-w-prose text-lg" />
            </section>
          )}
          <section aria-labelledby="needs-heading">
            <h2 id="needs-heading" className="mb-3 text-xl font-bold">{t("needs")}</h2>
            {partnership.needs.length === 0 ? (
              <p className="text-muted">{t("noNeeds")}</p>
            ) : (
              <ul className="space-y-2">
                {partnership.needs.map(({ need }) => (
                  <li key={need.id} className="rounded-md border border-line bg-surface p-3">
                    <Link href={`/communities/${need.community.slug}`} className="font-medium"><Localized value={need.title} /></Link>
                    <span className="mt-1 flex flex-wrap gap-2">
                      <Badge tone="brand">{label("sector", need.sector)}</Badge>
                      <Badge tone={need.needStatus === "MET" ? "ok" : "neutral"}>{label("needStatus", need.needStatus)}</Badge>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>

        <aside aria-labelledby="facts-heading" className="h-fit rounded-lg border border-line bg-surface p-5">
          <h2 id="facts-heading" className="mb-3 text-lg font-bold">{t("sides")}</h2>
          <dl>
            <Fact term={t("organization")}>
              <Link href={`/organizations/${organization.slug}`}><Localized value={organization.name} /></Link>
              <span className="block text-sm text-muted">{organization.city}, {countryName(organization.country, locale)}</span>
            </Fact>
            {community && (
              <Fact term={t("community")}>
                <Link href={`/communities/${community.slug}`}><CommunityTitle community={community} /></Link>
              </Fact>
            )}
            {partnerOrganization && (
              <Fact term={t("partnerOrganization")}>
                <Link href={`/organizations/${partnerOrganization.slug}`}><Localized value={partnerOrganization.name} /></Link>
                <span className="block text-sm text-muted">{partnerOrganization.city}, {countryName(partnerOrganization.country, locale)}</span>
              </Fact>
            )}
            <Fact term={t("form")}>
              <Link href={{ pathname: "/partnerships", query: { form: partnership.form } }}>{label("partnershipForm", partnership.form)}</Link>
            </Fact>
            <Fact term={t("status")}>{label("partnershipStatus", partnership.partnershipStatus)}</Fact>
            {partnership.startDate && <Fact term={t("startDate")}>{date(partnership.startDate)}</Fact>}
            {partnership.endDate && <Fact term={t("endDate")}>{date(partnership.endDate)}</Fact>}
            {sectors.length > 0 && (
              <Fact term={t("sectors")}>
                <ul className="flex flex-wrap gap-x-3 gap-y-1">
                  {sectors.map((sector) => (
                    <li key={sector}>
                      <Link href={{ pathname: "/partnerships", query: { sector } }} className="text-sm">{label("sector", sector)}</Link>
                    </li>
                  ))}
                </ul>
              </Fact>
            )}
          </dl>
          <div className="mt-4">
            <MiniMap lat={point.lat} lng={point.lng} type={point.type} label={tm("profileMapLabel", { place: placeName })} linkLabel={tm("openOnMap")} />
          </div>
        </aside>
      </div>
    </article>
  );
}
