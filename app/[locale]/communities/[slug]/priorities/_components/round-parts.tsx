// What the priorities pages share: the phase as a badge, and the round's dates as facts in the
// zone the official chose (with the reader's own time beside them in the browser).
import { getTranslations } from "next-intl/server";
import { ReaderTime } from "@/components/event/local-time";
import { DemoBadge } from "@/components/listing/demo-badge";
import { Fact } from "@/components/listing/fact";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/i18n/dates";
import type { RoundPhase } from "@/lib/priorities/state";

const phaseTone: Record<RoundPhase, BadgeTone> = { UPCOMING: "neutral", IDEAS: "brand", RANKING: "note", CLOSED: "neutral" };

export async function RoundBadges({ phase, pending, isDemo }: { phase: RoundPhase; pending: boolean; isDemo: boolean }) {
  const t = await getTranslations("priorities");
  return (
    <p className="flex flex-wrap gap-2">
      <Badge tone={phaseTone[phase]}>{t(`phase.${phase}`)}</Badge>
      {pending ? <Badge tone="note">{t("pendingRound")}</Badge> : null}
      {isDemo ? <DemoBadge /> : null}
    </p>
  );
}

interface RoundDates {
  opensAt: Date;
  ideasCloseAt: Date;
  closesAt: Date;
  timeZone: string;
  points: number;
}

/** The two phases of the round and its points, for a detail page's fact box. */
export async function RoundFacts({ round, locale }: { round: RoundDates; locale: string }) {
  const t = await getTranslations("priorities");
  const at = (value: Date) => (
    <>
      <time dateTime={value.toISOString()}>{formatDateTime(value, locale, round.timeZone)}</time>
      <ReaderTime at={value.toISOString()} timeZone={round.timeZone} />
    </>
  );
  return (
    <>
      <Fact term={t("ideasPhase")}>
        {at(round.opensAt)} – {at(round.ideasCloseAt)}
      </Fact>
      <Fact term={t("rankingPhase")}>
        {at(round.ideasCloseAt)} – {at(round.closesAt)}
      </Fact>
      <Fact term={t("pointsEach")}>{round.points}</Fact>
    </>
  );
}
