import type { Metadata } from "next";
import { cache, type ReactNode } from "react";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProfileAnnouncements } from "@/components/announcement/profile-announcements";
import { CommunityPlace } from "@/components/community/community-place";
import { CommunityStatusNote } from "@/components/community/community-status";
import { CommunityTitle, communityTitle } from "@/components/community/community-title";
import { countryName, languageName, oblastName } from "@/components/i18n/display-names";
import { formatterFor } from "@/components/i18n/format";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Localized } from "@/components/i18n/localized";
import { ProfileEvents } from "@/components/event/profile-events";
import { LocalizedParagraphs } from "@/components/i18n/localized-paragraphs";
import { JsonLd } from "@/components/listing/json-ld";
import { MiniMap } from "@/components/map/mini-map";
import { ListingActions } from "@/components/listing/listing-actions";
import { RevealEmail, RevealPhone } from "@/components/listing/reveal-email";
import { reversed } from "@/components/listing/reversed";
import { DemoBadge } from "@/components/listing/demo-badge";
import { VerifiedBadge } from "@/components/listing/verified-badge";
import { NeedItem } from "@/components/need/need-item";
import { Badge } from "@/components/ui/badge";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { getCommunityBySlug, getCommunityPartnerships, getCommunitySlugByKatottg } from "@/lib/community/queries";
import { listClosedNeeds } from "@/lib/need/queries";
import { requireLocale } from "@/lib/i18n/locale-param";
import { safeHref } from "@/lib/forms/http-url";
import { pickText } from "@/lib/i18n/localized-text";
import { Link, redirect } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; slug: string }> };

const KATOTTG = /^UA\d{17}$/;

// One read for generateMetadata and the page.
const loadCommunity = cache(async (slug: string) => {
  await connection();
  return getCommunityBySlug(slug);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: localeParam, slug } = await params;
  const locale = requireLocale(localeParam);
  const [community, t] = await Promise.all([loadCommunity(slug), getTranslations({ locale, namespace: "community" })]);
  if (!community) return { title: t("notFoundTitle") };
  const title = communityTitle(community, locale, t).text;
  const description = pickText(community.description, locale)?.text.slice(0, 200);
  return {
    title,
    description,
    alternates: { canonical: `/${locale}/communities/${slug}`, languages: { uk: `/uk/communities/${slug}`, en: `/en/communities/${slug}` } },
    openGraph: { type: "website", title, description, locale: locale === "uk" ? "uk_UA" : "en_GB", siteName: "Diaspora Atlas" },
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

export default async function CommunityPage({ params }: Props) {
  const { locale: localeParam, slug } = await params;
  const locale = requireLocale(localeParam);
  setRequestLocale(locale);
  const community = await loadCommunity(slug);
  if (!community) {
    // Links that carry the official code instead of the slug still arrive.
    const bySlug = KATOTTG.test(slug.toUpperCase()) ? await getCommunitySlugByKatottg(slug.toUpperCase()) : null;
    if (bySlug) redirect({ href: `/communities/${bySlug}`, locale });
    notFound();
  }
  const [t, tm, tm2, label, partnerships, viewer, tPartnerships] = await Promise.all([
    getTranslations("community"), getTranslations("map"), getTranslations("matching"), getVocabulary(), getCommunityPartnerships(community.id), getViewer(),
    getTranslations("partnerships"),
  ]);
  const mayAddNeed = can(viewer, "create", "Need", { communityId: community.id });
  const format = formatterFor(locale);
  // The community's workspace: its verified officials, and moderators who correct listings.
  const mayEdit = can(viewer, "update", "Community", { id: community.id });
  const mayEditNeeds = can(viewer, "update", "Need", { communityId: community.id });
  const [tw, tn, closedNeeds] = await Promise.all([
    getTranslations("communityForm"), getTranslations("need"), mayEditNeeds ? listClosedNeeds(community.id) : Promise.resolve([]),
  ]);
  const populationRange = (() => {
    const { preferredPopulationMin: min, preferredPopulationMax: max } = community;
    if (min !== null && max !== null) return t("populationRange", { min: format.number(min), max: format.number(max) });
    if (min !== null) return t("populationFrom", { min: format.number(min) });
    if (max !== null) return t("populationUpTo", { max: format.number(max) });
    return null;
  })();
  const hasPreferences = community.preferredCountries.length > 0 || community.preferredKinds.length > 0 || populationRange !== null;
  const isCityWithOblastRank = community.katottg === community.oblastCode;
  const officialName = pickText(community.name, locale);
  const title = communityTitle(community, locale, t);
  const oblast = oblastName(community.oblastCode, community.oblastName, locale);

  const textSections = [
    { id: "description", title: t("description"), value: community.description },
    { id: "challenges", title: t("challenges"), value: community.challenges },
    { id: "offer", title: t("offer"), value: community.offer },
  ].filter((section) => pickText(section.value, locale));
  const assets = [
    { id: "asset-industry", title: t("assetIndustry"), value: community.assetIndustry },
    { id: "asset-heritage", title: t("assetHeritage"), value: community.assetHeritage },
    { id: "asset-infrastructure", title: t("assetInfrastructure"), value: community.assetInfrastructure },
  ].filter((section) => pickText(section.value, locale));
  const hasProfileContent =
    textSections.length > 0 || assets.length > 0 || community.cooperationGoals.length > 0 || community.languages.length > 0 || hasPreferences;

  // A hromada is a local government body with a territory: GovernmentOrganization, located in a
  // Place at its public point, identified by its KATOTTG code.
  const structuredData = {
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

  return (
    <article>
      <JsonLd data={structuredData} />
      <p className="mb-4 text-sm">
        <Link href="/communities">
          <span aria-hidden="true">← </span>
          {t("backToList")}
        </Link>
      </p>
      <header className="border-b border-line pb-6">
        <h1 className="text-3xl leading-tight font-bold tracking-tight sm:text-4xl">
          <CommunityTitle community={community} />
        </h1>
        <p className="mt-2 text-lg text-muted">
          {label("communityType", community.type)} · <CommunityPlace community={community} />
        </p>
        {officialName && officialName.text !== title.text && (
          <p className="mt-1 text-sm text-muted">
            {t("officialName")}: <span lang={officialName.lang === locale ? undefined : officialName.lang}>{officialName.text}</span>
          </p>
        )}
        {(community.isVerified || community.isDemo) && (
          <p className="mt-3 flex flex-wrap gap-2">
            {community.isVerified && <VerifiedBadge />}
            {community.isDemo && <DemoBadge />}
          </p>
        )}
      </header>

      {mayEdit || mayEditNeeds ? (
        <section aria-labelledby="workspace-heading" className="mt-6 rounded-lg border border-line bg-brand-soft p-4">
          <h2 id="workspace-heading" className="text-lg font-bold">{tw("workspaceHeading")}</h2>
          <p className="text-sm text-muted">{tw("workspaceLead")}</p>
          <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
            {mayEdit ? <li><Link href={`/communities/${community.slug}/edit`} className="font-semibold">{t("editProfile")}</Link></li> : null}
            {mayAddNeed ? <li><Link href={`/communities/${community.slug}/needs/new`}>{tm2("addNeed")}</Link></li> : null}
            <li><Link href={`/communities/${community.slug}/matches`}>{tw("matches")}</Link></li>
            {mayAddNeed ? <li><Link href="/partnerships/proposals">{tw("proposals")}</Link></li> : null}
          </ul>
          {closedNeeds.length > 0 ? (
            <>
              <h3 className="mt-3 font-semibold">{tw("closedNeeds")}</h3>
              <ul className="mt-1 space-y-1 text-sm">
                {closedNeeds.map((need) => (
                  <li key={need.id}>
                    <Localized value={need.title} /> <span className="text-muted">· {label("needStatus", need.needStatus)} ·</span>{" "}
                    <Link href={`/communities/${community.slug}/needs/${need.slug}/edit`} aria-label={`${tn("edit")}: ${pickText(need.title, locale)?.text ?? ""}`}>
                      {tn("edit")}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}

      <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]">
        <div className="flex flex-col gap-8">
          <CommunityStatusNote community={community} headingId="status-heading" />

          {hasProfileContent ? (
            <>
              {textSections.map((section) => (
                <section key={section.id} aria-labelledby={`${section.id}-heading`}>
                  <h2 id={`${section.id}-heading`} className="mb-2 text-xl font-bold">
                    {section.title}
                  </h2>
                  <LocalizedParagraphs value={section.value} className="max-w-prose text-lg" />
                </section>
              ))}
              {assets.length > 0 && (
                <section aria-labelledby="assets-heading">
                  <h2 id="assets-heading" className="mb-2 text-xl font-bold">
                    {t("assets")}
                  </h2>
                  <div className="flex flex-col gap-4">
                    {assets.map((asset) => (
                      <div key={asset.id}>
                        <h3 className="font-semibold">{asset.title}</h3>
                        <LocalizedParagraphs value={asset.value} className="max-w-prose" />
                      </div>
                    ))}
                  </div>
                </section>
              )}
              {community.cooperationGoals.length > 0 && (
                <section aria-labelledby="goals-heading">
                  <h2 id="goals-heading" className="mb-3 text-xl font-bold">
                    {t("cooperationGoals")}
                  </h2>
                  <ul className="flex flex-wrap gap-2">
                    {community.cooperationGoals.map((goal) => (
                      <li key={goal}>
                        <Badge tone="brand">{label("cooperationGoal", goal)}</Badge>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
              {hasPreferences && (
                <section aria-labelledby="preferences-heading">
                  <h2 id="preferences-heading" className="mb-2 text-xl font-bold">
                    {t("preferences")}
                  </h2>
                  <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                    {community.preferredCountries.length > 0 && (
                      <>
                        <dt className="font-semibold">{t("preferredCountries")}</dt>
                        <dd>{community.preferredCountries.map((code) => countryName(code, locale)).join(", ")}</dd>
                      </>
                    )}
                    {community.preferredKinds.length > 0 && (
                      <>
                        <dt className="font-semibold">{t("preferredKinds")}</dt>
                        <dd>{community.preferredKinds.map((kind) => label("organizationKind", kind)).join(", ")}</dd>
                      </>
                    )}
                    {populationRange && (
                      <>
                        <dt className="font-semibold">{t("preferredPopulation")}</dt>
                        <dd>{populationRange}</dd>
                      </>
                    )}
                  </dl>
                </section>
              )}
            </>
          ) : (
            <p className="rounded-lg border border-dashed border-line bg-surface p-5 text-muted">{t("noProfile")}</p>
          )}

          <section aria-labelledby="needs-heading">
            <h2 id="needs-heading" className="mb-3 text-xl font-bold">
              {t("needsHeading")}
            </h2>
            {community.needs.length === 0 ? (
              <p className="text-muted">{t("needsEmpty")}</p>
            ) : (
              <ul className="flex flex-col gap-3">
                {community.needs.map((need) => (
                  <li key={need.id}>
                    <NeedItem need={need} />
                    {mayEditNeeds ? (
                      <p className="mt-1 text-sm">
                        <Link href={`/communities/${community.slug}/needs/${need.slug}/edit`} aria-label={`${tn("edit")}: ${pickText(need.title, locale)?.text ?? ""}`}>
                          {tn("edit")}
                        </Link>
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-3 flex flex-wrap gap-x-4">
              {community.needs.length > 0 ? <Link href={`/communities/${community.slug}/matches`} className="font-semibold">{tm2("findPartners")} →</Link> : null}
              {mayAddNeed ? <Link href={`/communities/${community.slug}/needs/new`}>+ {tm2("addNeed")}</Link> : null}
            </p>
          </section>

          <section aria-labelledby="partnerships-heading">
            <h2 id="partnerships-heading" className="mb-3 text-xl font-bold">{tm2("partnerships")}</h2>
            {partnerships.length === 0 ? (
              <p className="text-muted">{tm2("noPartnerships")}</p>
            ) : (
              <ul className="space-y-2">
                {partnerships.map((partnership) => (
                  <li key={partnership.id} className="rounded-md border border-line bg-surface p-3">
                    <span className="font-medium">{label("partnershipForm", partnership.form)}</span> ·{" "}
                    <Link href={`/organizations/${partnership.organization.slug}`}><Localized value={partnership.organization.name} /></Link>
                    <span className="text-muted"> · {label("partnershipStatus", partnership.partnershipStatus)}</span>
                    {partnership.startDate && <span className="text-muted"> · {format.dateTime(partnership.startDate, { year: "numeric", month: "long" })}</span>}
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-3"><Link href="/partnerships">{tPartnerships("allPartnerships")} →</Link></p>
          </section>

          <ProfileEvents owner={{ communityId: community.id }} />
          <ProfileAnnouncements owner={{ communityId: community.id }} />
        </div>

        <aside aria-labelledby="official-heading" className="h-fit rounded-lg border border-line bg-surface p-5">
          <h2 id="official-heading" className="mb-3 text-lg font-bold">
            {t("officialData")}
          </h2>
          <dl>
            <Fact term={t("katottg")}>
              <span className="font-mono text-sm">{community.katottg}</span>
            </Fact>
            <Fact term={t("type")}>{label("communityType", community.type)}</Fact>
            <Fact term={t("oblast")}>
              <span lang={oblast.lang === locale ? undefined : oblast.lang}>{oblast.text}</span>
            </Fact>
            {!isCityWithOblastRank && (
              <>
                <Fact term={t("raion")}>
                  <Localized value={community.raionName} />
                </Fact>
                <Fact term={t("centre")}>
                  <Localized value={community.centerName} />
                </Fact>
              </>
            )}
            <Fact term={t("population")}>
              {community.population !== null ? (
                <>
                  {t("populationValue", { count: community.population })}{" "}
                  <span className="text-muted">{t("populationDate")}</span>
                </>
              ) : (
                <span className="text-muted">{t("populationUnknown")}</span>
              )}
            </Fact>
            {!isCityWithOblastRank && <Fact term={t("settlements")}>{format.number(community.settlementsCount)}</Fact>}
            {community.languages.length > 0 && (
              <Fact term={t("languages")}>{community.languages.map((code) => languageName(code, locale)).join(", ")}</Fact>
            )}
            {community.email?.includes("@") && (
              <Fact term={t("contact")}>
                <RevealEmail reversedUser={reversed(community.email.split("@")[0]!)} reversedDomain={reversed(community.email.split("@")[1]!)} label={t("showEmail")} />
              </Fact>
            )}
            {community.phone && (
              <Fact term={t("phone")}>
                <RevealPhone reversed={reversed(community.phone)} label={t("showPhone")} />
              </Fact>
            )}
            {safeHref(community.website) && (
              <Fact term={t("website")}>
                <a href={safeHref(community.website)} rel="noopener noreferrer external" className="break-all">
                  {(community.website ?? "").replace(/^https?:\/\//, "").replace(/\/$/, "")}
                </a>
              </Fact>
            )}
          </dl>
          {community.hasProfile && (
            <p className="mt-4 border-t border-line pt-3 text-sm text-muted">
              {t("lastUpdated", { date: format.dateTime(community.updatedAt, { dateStyle: "long" }) })}
            </p>
          )}
          <div className="mt-4">
            <MiniMap lat={community.publicLat} lng={community.publicLng} type="c" label={tm("profileMapLabel", { place: title.text })} linkLabel={tm("openOnMap")} />
          </div>
        </aside>
      </div>
      <ListingActions type="community" id={community.id} slug={community.slug} />
    </article>
  );
}
