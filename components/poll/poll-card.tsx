import { useTranslations } from "next-intl";
import { EventOrganiser } from "@/components/event/event-organiser";
import { useAppFormatter } from "@/components/i18n/format";
import { Localized } from "@/components/i18n/localized";
import { DemoBadge } from "@/components/listing/demo-badge";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/lib/i18n/navigation";
import type { PollItem } from "@/lib/poll/queries";
import { pollState, type PollState } from "@/lib/poll/state";

export function PollStateBadge({ state }: { state: PollState }) {
  const t = useTranslations("polls");
  const text = { OPEN: t("stateOpen"), UPCOMING: t("stateUpcoming"), CLOSED: t("stateClosed") }[state];
  return <Badge tone={state === "OPEN" ? "ok" : state === "UPCOMING" ? "brand" : "note"}>{text}</Badge>;
}

export function PollCard({ poll, now }: { poll: PollItem; now: Date }) {
  const t = useTranslations("polls");
  const format = useAppFormatter();
  const state = pollState(poll, now);
  return (
    <article className="rounded-lg border border-line bg-surface p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-lg leading-snug font-semibold">
          <Link href={`/polls/${poll.slug}`}>
            <Localized value={poll.question} />
          </Link>
        </h3>
        <p className="flex flex-wrap gap-2">
          <PollStateBadge state={state} />
          {poll.isDemo && <DemoBadge />}
        </p>
      </div>
      <p className="mt-1 text-sm text-muted">
        <EventOrganiser owner={poll} /> · {state === "UPCOMING" ? t("opens") : state === "OPEN" ? t("closes") : t("closed")}{" "}
        <time dateTime={(state === "UPCOMING" ? poll.opensAt : poll.closesAt).toISOString()}>
          {format.dateTime(state === "UPCOMING" ? poll.opensAt : poll.closesAt, { dateStyle: "long" })}
        </time>{" "}
        · {t("participants", { count: poll._count.participations })}
      </p>
    </article>
  );
}
