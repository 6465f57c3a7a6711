import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { communityTitle } from "@/components/community/community-title";
import { oblastName } from "@/lib/i18n/display-names";
import { formatterFor } from "@/components/i18n/format";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Localized } from "@/components/i18n/localized";
import { EmailFact, LanguagesFact, WebsiteFact } from "@/components/listing/contact-facts";
import { Fact } from "@/components/listing/fact";
import { ProfileAside } from "@/components/listing/profile-layout";
import { ProfileMap } from "@/components/listing/profile-map";
import { RevealPhone } from "@/components/listing/reveal-email";
import { reversed } from "@/components/listing/reversed";
import type { CommunityProfile } from "@/lib/community/queries";
import { formatDate } from "@/lib/i18n/dates";

/** The codifier's data (code, type, place, population) and the contacts the officials gave, with a small map. */
export async function CommunityOfficialData({ community, locale }: { community: CommunityProfile; locale: Locale }) {
  const [tCommunity, label] = await Promise.all([getTranslations("community"), getVocabulary()]);
  const format = formatterFor(locale);
  const isCityWithOblastRank = community.katottg === community.oblastCode;
  const oblast = oblastName(community.oblastCode, community.oblastName, locale);
  return (
    <ProfileAside
      headingId="official-heading"
      heading={tCommunity("officialData")}
      updated={community.hasProfile ? tCommunity("lastUpdated", { date: formatDate(community.updatedAt, locale) }) : undefined}
      map={
        <ProfileMap
          lat={community.publicLat}
          lng={community.publicLng}
          type="c"
          place={communityTitle(community, locale, tCommunity).text}
        />
      }
    >
      <Fact term={tCommunity("katottg")}>
        <span className="font-mono text-sm">{community.katottg}</span>
      </Fact>
      <Fact term={tCommunity("type")}>{label("communityType", community.type)}</Fact>
      <Fact term={tCommunity("oblast")}>
        <span lang={oblast.lang === locale ? undefined : oblast.lang}>{oblast.text}</span>
      </Fact>
      {!isCityWithOblastRank && (
        <>
          <Fact term={tCommunity("raion")}>
            <Localized value={community.raionName} />
          </Fact>
          <Fact term={tCommunity("centre")}>
            <Localized value={community.centerName} />
          </Fact>
        </>
      )}
      <Fact term={tCommunity("population")}>
        {community.population !== null ? (
          <>
            {tCommunity("populationValue", { count: community.population })}{" "}
            <span className="text-muted">{tCommunity("populationDate")}</span>
          </>
        ) : (
          <span className="text-muted">{tCommunity("populationUnknown")}</span>
        )}
      </Fact>
      {!isCityWithOblastRank && <Fact term={tCommunity("settlements")}>{format.number(community.settlementsCount)}</Fact>}
      <LanguagesFact term={tCommunity("languages")} codes={community.languages} locale={locale} />
      <EmailFact term={tCommunity("contact")} email={community.email} label={tCommunity("showEmail")} />
      {community.phone && (
        <Fact term={tCommunity("phone")}>
          <RevealPhone reversed={reversed(community.phone)} label={tCommunity("showPhone")} />
        </Fact>
      )}
      <WebsiteFact term={tCommunity("website")} website={community.website} />
    </ProfileAside>
  );
}
