import { useLocale } from "next-intl";
import { oblastName } from "@/lib/i18n/display-names";
import { Localized } from "@/components/i18n/localized";

/** "Тернопільський район, Тернопільська область"; cities with oblast rank show only once. */
export function CommunityPlace({
  community,
}: {
  community: { katottg: string; oblastCode: string; oblastName: unknown; raionName: unknown };
}) {
  const locale = useLocale();
  const oblast = oblastName(community.oblastCode, community.oblastName, locale);
  const oblastText = oblast.lang === locale ? oblast.text : <span lang={oblast.lang}>{oblast.text}</span>;
  if (community.katottg === community.oblastCode) return oblastText;
  return (
    <>
      <Localized value={community.raionName} />, {oblastText}
    </>
  );
}
