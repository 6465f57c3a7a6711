import { useLocale, useTranslations } from "next-intl";
import { EventOrganiser } from "@/components/event/event-organiser";
import { DemoBadge } from "@/components/listing/demo-badge";
import { Badge } from "@/components/ui/badge";
import { PostCardHead } from "@/components/listing/post-layout";
import type { PollItem } from "@/lib/poll/queries";
import { pollState, type PollState } from "@/lib/poll/state";
import { formatDateTime } from "@/lib/i18n/dates";

export function PollStateBadge({ state }: { state: PollState }) {
  const t = useTranslations("polls");
  const text = { OPEN: t("stateOpen"), UPCOMING: t("stateUpcoming"), CLOSED: t("stateClosed") }[state];
  return <Badge tone={state === "OPEN" ? "ok" : state === "UPCOMING" ? "brand" : "note"}>{text}</Badge>;
}

/** Open, upcoming or closed, and "Demo" for example content. */
export function PollBadges({
  state,
  isDemo,
  className = "flex flex-wrap gap-2",
}: {
  state: PollState;
  isDemo: boolean;
  className?: string;
}) {
  return (
    <p className={className}>
      <PollStateBadge state={state} />
      {isDemo && <DemoBadge />}
    </p>
  );
}

export function PollCard({ poll, now }: { poll: PollItem; now: Date }) {
  const t = useTranslations("polls");
  const locale = useLocale();
  const state = pollState(poll, now);
  return (
    <article className="rounded-lg border border-line bg-surface p-4">
      <PostCardHead href={`/polls/${poll.slug}`} title={poll.question} badges={<PollBadges state={state} isDemo={poll.isDemo} />} />
      <p className="mt-1 text-sm text-muted">
        <EventOrganiser owner={poll} /> · {state === "UPCOMING" ? t("opens") : state === "OPEN" ? t("closes") : t("closed")}{" "}
        <time dateTime={(state === "UPCOMING" ? poll.opensAt : poll.closesAt).toISOString()}>
          {/* In the zone the organiser chose, named: "closes 28 March 2027, 18:00 (Berlin time)". */}
          {formatDateTime(state === "UPCOMING" ? poll.opensAt : poll.closesAt, locale, poll.timeZone)}
        </time>{" "}
        · {t("participants", { count: poll._count.participations })}
      </p>
    </article>
  );
}
