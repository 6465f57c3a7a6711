import { Fragment } from "react";
import { useLocale } from "next-intl";
import { oblastName } from "@/lib/i18n/display-names";
import { pickText } from "@/lib/i18n/localized-text";
import { placeParts } from "@/lib/i18n/place-line";

/** "Тернопільський район, Тернопільська область"; cities with oblast rank, and any name repeated, show only once. */
export function CommunityPlace({
  community,
}: {
  community: { katottg: string; oblastCode: string; oblastName: unknown; raionName: unknown };
}) {
  const locale = useLocale();
  const oblast = oblastName(community.oblastCode, community.oblastName, locale);
  const raion = community.katottg === community.oblastCode ? null : pickText(community.raionName, locale);
  const parts = placeParts([raion, oblast]);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={part.text}>
          {i > 0 && ", "}
          {part.lang && part.lang !== locale ? <span lang={part.lang}>{part.text}</span> : part.text}
        </Fragment>
      ))}
    </>
  );
}
