import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { countryName } from "@/lib/i18n/display-names";
import { formatterFor } from "@/components/i18n/format";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { LocalizedParagraphs } from "@/components/i18n/localized-paragraphs";
import { ListTermRow, TermRow } from "@/components/listing/fact";
import { BadgeSection, ProfileSection, TermsSection, TextSections } from "@/components/listing/profile-layout";
import type { CommunityProfile } from "@/lib/community/queries";
import { pickText } from "@/lib/i18n/localized-text";

/** What the officials wrote: texts, assets, cooperation goals and partner preferences, or a note that there is nothing yet. */
export async function CommunityProfileSections({ community, locale }: { community: CommunityProfile; locale: Locale }) {
  const [tCommunity, label] = await Promise.all([getTranslations("community"), getVocabulary()]);
  const format = formatterFor(locale);
  const populationRange = (() => {
    const { preferredPopulationMin: min, preferredPopulationMax: max } = community;
    if (min !== null && max !== null) return tCommunity("populationRange", { min: format.number(min), max: format.number(max) });
    if (min !== null) return tCommunity("populationFrom", { min: format.number(min) });
    if (max !== null) return tCommunity("populationUpTo", { max: format.number(max) });
    return null;
  })();
  const hasPreferences = community.preferredCountries.length > 0 || community.preferredKinds.length > 0 || populationRange !== null;
  const textSections = [
    { id: "description", title: tCommunity("description"), value: community.description },
    { id: "challenges", title: tCommunity("challenges"), value: community.challenges },
    { id: "offer", title: tCommunity("offer"), value: community.offer },
  ];
  const assets = [
    { id: "asset-industry", title: tCommunity("assetIndustry"), value: community.assetIndustry },
    { id: "asset-heritage", title: tCommunity("assetHeritage"), value: community.assetHeritage },
    { id: "asset-infrastructure", title: tCommunity("assetInfrastructure"), value: community.assetInfrastructure },
  ].filter((section) => pickText(section.value, locale));
  const hasProfileContent =
    textSections.some((section) => pickText(section.value, locale)) ||
    assets.length > 0 ||
    community.cooperationGoals.length > 0 ||
    community.languages.length > 0 ||
    hasPreferences;

  if (!hasProfileContent)
    return <p className="rounded-lg border border-dashed border-line bg-surface p-5 text-muted">{tCommunity("noProfile")}</p>;
  return (
    <>
      <TextSections sections={textSections} locale={locale} />
      {assets.length > 0 && (
        <ProfileSection id="assets" heading={tCommunity("assets")} headingClassName="mb-2 text-xl font-bold">
          <div className="flex flex-col gap-4">
            {assets.map((asset) => (
              <div key={asset.id}>
                <h3 className="font-semibold">{asset.title}</h3>
                <LocalizedParagraphs value={asset.value} className="max-w-prose" />
              </div>
            ))}
          </div>
        </ProfileSection>
      )}
      <BadgeSection
        id="goals"
        title={tCommunity("cooperationGoals")}
        labels={community.cooperationGoals.map((goal) => label("cooperationGoal", goal))}
      />
      {hasPreferences && (
        <TermsSection
          id="preferences"
          heading={tCommunity("preferences")}
          headingClassName="mb-2 text-xl font-bold"
          listClassName="gap-y-1"
        >
          <ListTermRow
            term={tCommunity("preferredCountries")}
            values={community.preferredCountries.map((code) => countryName(code, locale))}
          />
          <ListTermRow
            term={tCommunity("preferredKinds")}
            values={community.preferredKinds.map((kind) => label("organizationKind", kind))}
          />
          {populationRange && <TermRow term={tCommunity("preferredPopulation")}>{populationRange}</TermRow>}
        </TermsSection>
      )}
    </>
  );
}
