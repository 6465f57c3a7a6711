import type { ReactNode } from "react";
import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { communityTitle } from "@/components/community/community-title";
import { formatterFor } from "@/components/i18n/format";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Localized } from "@/components/i18n/localized";
import type { getCommunityForEdit } from "@/lib/community/queries";
import { oblastName } from "@/lib/i18n/display-names";
import { pickText } from "@/lib/i18n/localized-text";

type EditedCommunity = NonNullable<Awaited<ReturnType<typeof getCommunityForEdit>>>;

/** A term beside its value, in the read-only box. */
function OfficialRow({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-x-4 py-1 sm:grid-cols-[12rem_1fr]">
      <dt className="font-semibold text-muted">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What the officials cannot change here: the codifier's data, the coordinates and the occupation status. */
export async function OfficialFacts({ community, locale }: { community: EditedCommunity; locale: Locale }) {
  const [tCommunityForm, tCommunity, label] = await Promise.all([
    getTranslations("communityForm"),
    getTranslations("community"),
    getVocabulary(),
  ]);
  const format = formatterFor(locale);
  const title = communityTitle(community, locale, tCommunity);
  const officialName = pickText(community.name, locale);
  const oblast = oblastName(community.oblastCode, community.oblastName, locale);
  const occupation = [
    community.isOccupied
      ? tCommunity("occupied")
      : community.isPartlyOccupied
        ? tCommunity("partlyOccupied")
        : tCommunityForm("notOccupied"),
    ...(community.combatZone ? [label("combatZone", community.combatZone)] : []),
  ].join(" · ");
  return (
    <section aria-labelledby="official-heading" className="mt-6 rounded-lg border border-line bg-note-soft p-4">
      <h2 id="official-heading" className="text-lg font-bold">
        {tCommunityForm("officialHeading")}
      </h2>
      <p className="mt-1 text-sm text-muted">{tCommunityForm("officialNote")}</p>
      <dl className="mt-3 text-sm">
        <OfficialRow term={tCommunityForm("name")}>
          {officialName ? <span lang={officialName.lang === locale ? undefined : officialName.lang}>{officialName.text}</span> : title.text}
        </OfficialRow>
        <OfficialRow term={tCommunity("katottg")}>
          <span className="font-mono">{community.katottg}</span>
        </OfficialRow>
        <OfficialRow term={tCommunity("type")}>{label("communityType", community.type)}</OfficialRow>
        <OfficialRow term={tCommunity("oblast")}>
          <span lang={oblast.lang === locale ? undefined : oblast.lang}>{oblast.text}</span>
        </OfficialRow>
        {community.katottg !== community.oblastCode ? (
          <OfficialRow term={tCommunity("raion")}>
            <Localized value={community.raionName} />
          </OfficialRow>
        ) : null}
        <OfficialRow term={tCommunity("population")}>
          {community.population !== null
            ? `${tCommunity("populationValue", { count: community.population })} ${tCommunity("populationDate")}`
            : tCommunity("populationUnknown")}
        </OfficialRow>
        <OfficialRow term={tCommunityForm("coordinates")}>
          {format.number(community.publicLat, { maximumFractionDigits: 4 })},{" "}
          {format.number(community.publicLng, { maximumFractionDigits: 4 })}
        </OfficialRow>
        <OfficialRow term={tCommunityForm("occupation")}>{occupation}</OfficialRow>
      </dl>
    </section>
  );
}
