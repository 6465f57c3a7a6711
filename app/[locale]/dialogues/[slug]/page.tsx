import { getTranslations } from "next-intl/server";
import { AnalysisView } from "@/components/dialogue/analysis-view";
import { AnswerCard } from "@/components/dialogue/answer-card";
import { DialogueStateBadge } from "@/components/dialogue/dialogue-card";
import { PositionForm } from "@/components/dialogue/position-form";
import { StatementForm } from "@/components/dialogue/statement-form";
import { EventOrganiser } from "@/components/event/event-organiser";
import { ReaderTime } from "@/components/event/local-time";
import { Localized } from "@/components/i18n/localized";
import { LocalizedParagraphs } from "@/components/i18n/localized-paragraphs";
import { DemoBadge } from "@/components/listing/demo-badge";
import { detailMetadata, openDetail, publicRead, type SlugParams } from "@/components/listing/detail-page";
import { Fact } from "@/components/listing/fact";
import { PostColumns, PostNav } from "@/components/listing/post-layout";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { readVoiceToken } from "@/lib/dialogue/participant";
import { dialogueState, getPublicDialogue, liveResults, participantProgress } from "@/lib/dialogue/queries";
import { formatDateTime } from "@/lib/i18n/dates";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";

const loadDialogue = publicRead(getPublicDialogue);

export const generateMetadata = detailMetadata(loadDialogue, "notFound.title", (dialogue, locale) => ({
  title: pickText(dialogue.question, locale)?.text,
}));

export default async function DialoguePage({ params }: { params: SlugParams }) {
  const { locale, item: dialogue } = await openDetail(params, loadDialogue);
  const now = new Date();
  const state = dialogueState(dialogue, now);
  // The participant is this browser's anonymous token, read from its cookie (never made here:
  // a page cannot set cookies; the first answer does).
  const [t, viewer, token] = await Promise.all([getTranslations("dialogues"), getViewer(), readVoiceToken()]);
  const [progress, results] = await Promise.all([
    state === "OPEN" ? participantProgress(dialogue.id, token) : null,
    state === "UPCOMING" ? null : liveResults(dialogue.id),
  ]);
  const date = (value: Date) => formatDateTime(value, locale, dialogue.timeZone);
  const facilitator = can(viewer, "update", "Dialogue", { organizationId: dialogue.organizationId, communityId: dialogue.communityId });
  const facts = (
    <>
      <Fact term={t("host")}>
        <EventOrganiser owner={dialogue} />
      </Fact>
      <Fact term={t("when")}>
        <time dateTime={dialogue.opensAt.toISOString()}>{date(dialogue.opensAt)}</time> –{" "}
        <time dateTime={dialogue.closesAt.toISOString()}>{date(dialogue.closesAt)}</time>
        <ReaderTime at={dialogue.closesAt.toISOString()} timeZone={dialogue.timeZone} />
      </Fact>
      <Fact term={t("takingPart")}>
        {t("participants", { count: dialogue._count.participants })} · {t("statementsCount", { count: dialogue._count.statements })}
      </Fact>
      {dialogue.event && (
        <Fact term={t("eventDialogue")}>
          <Link href={`/events/${dialogue.event.slug}`}>
            <Localized value={dialogue.event.title} />
          </Link>
        </Fact>
      )}
    </>
  );
  return (
    <article>
      <PostNav
        className="flex flex-wrap gap-4 text-sm"
        back={{ href: "/dialogues", text: t("title") }}
        edit={facilitator && { href: `/dialogues/${dialogue.slug}/facilitate`, text: t("facilitate") }}
      />
      <p className="mt-2 flex flex-wrap gap-2">
        <DialogueStateBadge state={state} />
        {dialogue.isDemo && <DemoBadge />}
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">
        <Localized value={dialogue.question} labelled />
      </h1>
      <PostColumns facts={facts}>
        <LocalizedParagraphs value={dialogue.description} className="max-w-prose text-lg" />
        {state === "UPCOMING" && <p className="mt-4 font-medium">{t("notOpenYet", { date: date(dialogue.opensAt) })}</p>}
        {state === "CLOSED" && (
          <p className="mt-4 rounded-lg border border-line bg-surface p-4">
            {t("closedNote")}{" "}
            {dialogue.reportPublishedAt ? (
              <Link href={`/dialogues/${dialogue.slug}/report`} className="font-semibold">
                {t("readReport")}
              </Link>
            ) : (
              t("reportPending")
            )}
          </p>
        )}
        {progress && (
          <section aria-label={t("statementLabel")} className="mt-6 space-y-4">
            <p className="text-sm text-muted">{t("anonymityNote")}</p>
            <p className="font-medium" data-testid="dialogue-progress">
              {t("progress", { answered: progress.answered, total: progress.total })}
            </p>
            {progress.next ? (
              <>
                <AnswerCard key={progress.next.id} dialogueId={dialogue.id} statement={progress.next} />
                <p className="text-right text-sm">
                  <Link href={`/report?type=statement&slug=${progress.next.id}`}>{t("reportStatement")}</Link>
                </p>
              </>
            ) : (
              <p className="rounded-lg border border-dashed border-line bg-surface p-4">
                {progress.total === 0 ? t("noStatements") : t("allAnswered")}
              </p>
            )}
            {progress.pendingOwn > 0 && <p className="text-sm">{t("pendingOwn", { count: progress.pendingOwn })}</p>}
            {!progress.positionAsked && <PositionForm dialogueId={dialogue.id} />}
            <div className="rounded-lg border border-line bg-surface p-4">
              <StatementForm dialogueId={dialogue.id} locale={locale} title={t("addTitle")} help={t("addHelp")} />
            </div>
          </section>
        )}
        {results && (
          <section aria-labelledby="results-heading" className="mt-8">
            <h2 id="results-heading" className="text-xl font-semibold">
              {t("resultsTitle")}
            </h2>
            <p className="mb-3 text-sm text-muted">
              {t("participants", { count: results.analysis.participants })} · {t("statementsCount", { count: dialogue._count.statements })}
            </p>
            <AnalysisView analysis={results.analysis} texts={results.texts} />
          </section>
        )}
      </PostColumns>
    </article>
  );
}
