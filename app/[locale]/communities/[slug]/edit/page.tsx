import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { communityTitle } from "@/components/community/community-title";
import { oblastName } from "@/components/i18n/display-names";
import { formatterFor } from "@/components/i18n/format";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Localized } from "@/components/i18n/localized";
import { CooperationGoal, OrganizationKind } from "@/generated/prisma/enums";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { getCommunityForEdit } from "@/lib/community/queries";
import { requireLocale } from "@/lib/i18n/locale-param";
import { asLocalizedText, pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { CommunityForm } from "./_components/community-form";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "community" });
  return { title: t("editProfile"), robots: { index: false } };
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-x-4 py-1 sm:grid-cols-[12rem_1fr]">
      <dt className="font-semibold text-muted">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export default async function EditCommunityPage({ params }: Props) {
  const { locale: raw, slug } = await params;
  const locale = requireLocale(raw);
  setRequestLocale(locale);
  await connection();
  const viewer = await getViewer();
  if (!viewer) redirect(`/${locale}/sign-in?next=/${locale}/communities/${slug}/edit`);
  const community = await getCommunityForEdit(slug);
  // Not found and not allowed look the same: the page confirms nothing to someone who may not edit.
  if (!community || !can(viewer, "update", "Community", { id: community.id })) notFound();
  const [t, tc, label] = await Promise.all([getTranslations("communityForm"), getTranslations("community"), getVocabulary()]);
  const format = formatterFor(locale);
  const title = communityTitle(community, locale, tc);
  const officialName = pickText(community.name, locale);
  const oblast = oblastName(community.oblastCode, community.oblastName, locale);
  const occupation = [
    community.isOccupied ? tc("occupied") : community.isPartlyOccupied ? tc("partlyOccupied") : t("notOccupied"),
    ...(community.combatZone ? [label("combatZone", community.combatZone)] : []),
  ].join(" · ");
  const uk = (value: unknown) => asLocalizedText(value).uk ?? "";
  const en = (value: unknown) => asLocalizedText(value).en ?? "";

  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm"><Link href={`/communities/${community.slug}`}>← {t("backToProfile")}</Link></p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t("title", { name: title.text })}</h1>
      <p className="mt-2 text-lg text-muted">{t("lead")}</p>

      <section aria-labelledby="official-heading" className="mt-6 rounded-lg border border-line bg-note-soft p-4">
        <h2 id="official-heading" className="text-lg font-bold">{t("officialHeading")}</h2>
        <p className="mt-1 text-sm text-muted">{t("officialNote")}</p>
        <dl className="mt-3 text-sm">
          <Fact term={t("name")}>
            {officialName ? <span lang={officialName.lang === locale ? undefined : officialName.lang}>{officialName.text}</span> : title.text}
          </Fact>
          <Fact term={tc("katottg")}><span className="font-mono">{community.katottg}</span></Fact>
          <Fact term={tc("type")}>{label("communityType", community.type)}</Fact>
          <Fact term={tc("oblast")}><span lang={oblast.lang === locale ? undefined : oblast.lang}>{oblast.text}</span></Fact>
          {community.katottg !== community.oblastCode ? <Fact term={tc("raion")}><Localized value={community.raionName} /></Fact> : null}
          <Fact term={tc("population")}>
            {community.population !== null ? `${tc("populationValue", { count: community.population })} ${tc("populationDate")}` : tc("populationUnknown")}
          </Fact>
          <Fact term={t("coordinates")}>
            {format.number(community.publicLat, { maximumFractionDigits: 4 })}, {format.number(community.publicLng, { maximumFractionDigits: 4 })}
          </Fact>
          <Fact term={t("occupation")}>{occupation}</Fact>
        </dl>
      </section>

      <CommunityForm
        communityId={community.id}
        slug={community.slug}
        goals={Object.values(CooperationGoal).map((goal) => ({ value: goal, label: label("cooperationGoal", goal) }))}
        kinds={Object.values(OrganizationKind).map((kind) => ({ value: kind, label: label("organizationKind", kind) }))}
        values={{
          descriptionUk: uk(community.description), descriptionEn: en(community.description),
          challengesUk: uk(community.challenges), challengesEn: en(community.challenges),
          assetIndustryUk: uk(community.assetIndustry), assetIndustryEn: en(community.assetIndustry),
          assetHeritageUk: uk(community.assetHeritage), assetHeritageEn: en(community.assetHeritage),
          assetInfrastructureUk: uk(community.assetInfrastructure), assetInfrastructureEn: en(community.assetInfrastructure),
          offerUk: uk(community.offer), offerEn: en(community.offer),
          cooperationGoals: community.cooperationGoals, languages: community.languages.join(", "),
          email: community.email ?? "", phone: community.phone ?? "", website: community.website ?? "",
          preferredCountries: community.preferredCountries.join(", "), preferredKinds: community.preferredKinds,
          preferredPopulationMin: community.preferredPopulationMin?.toString() ?? "", preferredPopulationMax: community.preferredPopulationMax?.toString() ?? "",
        }}
      />
    </div>
  );
}
