import { useLocale, useTranslations } from "next-intl";
import { EventOrganiser } from "@/components/event/event-organiser";
import { DemoBadge } from "@/components/listing/demo-badge";
import { PostCardHead } from "@/components/listing/post-layout";
import { Badge } from "@/components/ui/badge";
import { dialogueState, type DialogueItem, type DialogueState } from "@/lib/dialogue/queries";
import { formatDateTime } from "@/lib/i18n/dates";
import { Link } from "@/lib/i18n/navigation";

export function DialogueStateBadge({ state }: { state: DialogueState }) {
  const t = useTranslations("dialogues");
  return <Badge tone={state === "OPEN" ? "ok" : state === "UPCOMING" ? "brand" : "note"}>{t(`state${state}`)}</Badge>;
}

/** One dialogue in a list: its question, host, window, how many took part, and its report once published. */
export function DialogueCard({ dialogue, now }: { dialogue: DialogueItem; now: Date }) {
  const t = useTranslations("dialogues");
  const locale = useLocale();
  const state = dialogueState(dialogue, now);
  const date = (value: Date) => formatDateTime(value, locale, dialogue.timeZone);
  return (
    <article className="rounded-lg border border-line bg-surface p-4">
      <PostCardHead
        href={`/dialogues/${dialogue.slug}`}
        title={dialogue.question}
        badges={
          <p className="flex flex-wrap gap-2">
            <DialogueStateBadge state={state} />
            {dialogue.isDemo && <DemoBadge />}
          </p>
        }
      />
      <p className="mt-1 text-sm text-muted">
        <EventOrganiser owner={dialogue} />
      </p>
      <p className="mt-1 text-sm">
        {state === "UPCOMING"
          ? t("opensOn", { date: date(dialogue.opensAt) })
          : state === "OPEN"
            ? t("closesOn", { date: date(dialogue.closesAt) })
            : t("closedOn", { date: date(dialogue.closesAt) })}
        {" · "}
        {t("participants", { count: dialogue._count.participants })} · {t("statementsCount", { count: dialogue._count.statements })}
      </p>
      {dialogue.reportPublishedAt && (
        <p className="mt-2">
          <Link href={`/dialogues/${dialogue.slug}/report`} className="font-semibold">
            {t("readReport")}
          </Link>
        </p>
      )}
    </article>
  );
}
