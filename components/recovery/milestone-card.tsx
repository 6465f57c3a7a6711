// One milestone of a recovery plan: its status, dates, the needs it addresses, its money and
// goods, evidence and public questions; with the forms its viewer may use (passed in, decided on
// the server by the policy). Shared by the partnership page and the recovery pages (read only).
import { useLocale, useTranslations } from "next-intl";
import { Localized } from "@/components/i18n/localized";
import { useVocabulary } from "@/components/i18n/vocabulary";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { MilestoneStatus, PartnershipSide } from "@/generated/prisma/enums";
import { formatDate } from "@/lib/i18n/dates";
import type { PlanMilestone, PlanTransaction } from "@/lib/recovery/queries";
import { isLongUnanswered } from "@/lib/recovery/questions";
import { prozorroUrl, registryUrl } from "@/lib/recovery/registries";
import { Money } from "./money";

const statusTone: Record<MilestoneStatus, BadgeTone> = {
  PLANNED: "neutral",
  IN_PROGRESS: "note",
  DELIVERED: "brand",
  CONFIRMED: "ok",
  CANCELLED: "neutral",
};

/** The day of a date-only column, in UTC (it holds no time of day). */
const day = (date: Date, locale: string) => formatDate(date, locale, "UTC");

export function MilestoneStatusBadge({ status }: { status: MilestoneStatus }) {
  const label = useVocabulary();
  return <Badge tone={statusTone[status]}>{label("milestoneStatus", status)}</Badge>;
}

export function TransactionLine({ transaction }: { transaction: PlanTransaction }) {
  const t = useTranslations("recovery");
  const label = useVocabulary();
  const locale = useLocale();
  return (
    <li className="flex flex-wrap items-baseline gap-x-2 gap-y-1" data-flow={transaction.flow}>
      <span className="font-medium">{label("aidFlow", transaction.flow)}</span>
      <Money minor={transaction.amountMinor} currency={transaction.currency} />
      {transaction.inKind ? (
        <span>
          ({t("inKind")}
          {transaction.item ? `: ${t("inKindItem", { quantity: transaction.quantity ?? 1, item: transaction.item })}` : ""})
        </span>
      ) : null}
      <span className="text-muted">
        {t("from", { from: label("partnershipSide", transaction.providerSide), to: label("partnershipSide", transaction.receiverSide) })}
        {" · "}
        <time dateTime={transaction.date.toISOString().slice(0, 10)}>{day(transaction.date, locale)}</time>
      </span>
      {transaction.note ? <span className="w-full text-sm text-muted">{transaction.note}</span> : null}
    </li>
  );
}

export interface MilestoneControls {
  /** Forms under the money list, the evidence and each question (rendered by the page). */
  money?: React.ReactNode;
  evidence?: React.ReactNode;
  steps?: React.ReactNode;
  ask?: React.ReactNode;
  answer?: (questionId: string) => React.ReactNode;
  /** Shown while delivered and not confirmed: who is awaited. */
  awaiting?: PartnershipSide | null;
}

export function MilestoneCard({
  milestone,
  controls = {},
  context,
  headingLevel = 3,
}: {
  milestone: PlanMilestone;
  controls?: MilestoneControls;
  /** On the recovery pages: the partnership and community it belongs to. */
  context?: React.ReactNode;
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations("recovery");
  const label = useVocabulary();
  const locale = useLocale();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const photos = milestone.evidence.filter((e) => e.kind === "IMAGE");
  const documents = milestone.evidence.filter((e) => e.kind === "DOCUMENT");
  return (
    <article
      id={`milestone-${milestone.id}`}
      className="min-w-0 scroll-mt-20 rounded-lg border border-line bg-surface p-4 [overflow-wrap:anywhere]"
      data-testid="milestone"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Heading className="min-w-0 text-lg leading-snug font-semibold">
          <Localized value={milestone.title} />
        </Heading>
        <MilestoneStatusBadge status={milestone.milestoneStatus} />
      </div>
      {context ? <div className="mt-1 text-sm">{context}</div> : null}
      <p className="mt-1 text-sm text-muted">
        {milestone.plannedDate ? t("planned", { date: day(milestone.plannedDate, locale) }) : t("noDate")}
        {milestone.deliveredAt && milestone.deliveredBySide
          ? ` · ${t("deliveredOn", { date: formatDate(milestone.deliveredAt, locale), side: label("partnershipSide", milestone.deliveredBySide) })}`
          : null}
        {milestone.confirmedAt ? ` · ${t("confirmedOn", { date: formatDate(milestone.confirmedAt, locale) })}` : null}
      </p>
      {milestone.milestoneStatus === "CANCELLED" && milestone.cancelReason ? (
        <p className="mt-1 text-sm">{t("cancelledBecause", { reason: milestone.cancelReason })}</p>
      ) : null}
      {controls.awaiting ? (
        <p className="mt-1 text-sm font-medium">{t("confirmWaiting", { side: label("partnershipSide", controls.awaiting) })}</p>
      ) : null}

      {milestone.needs.length > 0 || milestone.registryProjectId || milestone.tenderId ? (
        <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          {milestone.needs.length > 0 ? (
            <>
              <dt className="font-semibold">{t("addresses")}</dt>
              <dd>
                {milestone.needs.map(({ need }, i) => (
                  <span key={need.id}>
                    {i > 0 ? ", " : null}
                    <Localized value={need.title} /> <span className="text-muted">({label("sector", need.sector)})</span>
                  </span>
                ))}
              </dd>
            </>
          ) : null}
          {milestone.registryProjectId ? (
            <dd className="sm:col-span-2">
              <a href={registryUrl(milestone.registryProjectId)} rel="noopener noreferrer external" target="_blank">
                {t("registry", { id: milestone.registryProjectId })}
              </a>
            </dd>
          ) : null}
          {milestone.tenderId ? (
            <dd className="sm:col-span-2">
              <a href={prozorroUrl(milestone.tenderId)} rel="noopener noreferrer external" target="_blank">
                {t("tender", { id: milestone.tenderId })}
              </a>
            </dd>
          ) : null}
        </dl>
      ) : null}

      <div className="mt-3">
        <h4 className="text-sm font-semibold">{t("money")}</h4>
        {milestone.transactions.length === 0 ? (
          <p className="text-sm text-muted">{t("noMoney")}</p>
        ) : (
          <ul className="mt-1 space-y-1 text-sm">
            {milestone.transactions.map((transaction) => (
              <TransactionLine key={transaction.id} transaction={transaction} />
            ))}
          </ul>
        )}
        {controls.money}
      </div>

      <div className="mt-3">
        <h4 className="text-sm font-semibold">{t("evidence")}</h4>
        {milestone.evidence.length === 0 ? <p className="text-sm text-muted">{t("noEvidence")}</p> : null}
        {photos.length > 0 ? (
          <ul className="mt-2 flex flex-wrap gap-2">
            {photos.map((photo, i) => (
              <li key={photo.id}>
                <a href={`/api/v1/evidence/${photo.id}`} aria-label={t("openPhoto", { n: i + 1 })} className="block">
                  {/* Thumbnails are ours, small and already re-encoded: no image optimiser needed. */}
                  {/* eslint-disable-next-line @next/next/no-img-element */}
                  <img
                    src={`/api/v1/evidence/${photo.id}?size=thumb`}
                    alt={photo.caption ?? ""}
                    loading="lazy"
                    width={160}
                    height={photo.width && photo.height ? Math.round((160 * photo.height) / photo.width) : 120}
                    className="h-28 w-auto rounded border border-line object-cover"
                  />
                </a>
                {photo.caption ? <p className="mt-1 max-w-40 text-xs text-muted">{photo.caption}</p> : null}
              </li>
            ))}
          </ul>
        ) : null}
        {documents.length > 0 ? (
          <ul className="mt-2 space-y-1 text-sm">
            {documents.map((document) => (
              <li key={document.id}>
                <a href={`/api/v1/evidence/${document.id}`} download={document.fileName}>
                  {t("download", { name: document.caption ?? document.fileName })}
                </a>{" "}
                <span className="text-muted">({Math.max(1, Math.round(document.size / 1024))} KB)</span>
              </li>
            ))}
          </ul>
        ) : null}
        {controls.evidence}
      </div>

      {controls.steps ? <div className="mt-3 flex flex-wrap items-start gap-2">{controls.steps}</div> : null}

      <div className="mt-3">
        <h4 className="text-sm font-semibold">{t("questions")}</h4>
        {milestone.questions.length === 0 ? (
          <p className="text-sm text-muted">{t("noQuestions")}</p>
        ) : (
          <ul className="mt-1 space-y-2 text-sm">
            {milestone.questions.map((question) => (
              <li key={question.id} className="rounded-md bg-canvas p-2" data-testid="question">
                <p>{question.body}</p>
                <p className="text-xs text-muted">{t("asked", { date: formatDate(question.createdAt, locale) })}</p>
                {question.answer ? (
                  <p className="mt-1 border-l-2 border-brand pl-2">
                    <span className="font-semibold">{t("answer")}: </span>
                    {question.answer}
                  </p>
                ) : (
                  <p className="mt-1">
                    {isLongUnanswered(question) ? (
                      <Badge tone="note">{t("longUnanswered")}</Badge>
                    ) : (
                      <span className="text-muted">{t("unanswered")}</span>
                    )}
                  </p>
                )}
                {!question.answer ? controls.answer?.(question.id) : null}
              </li>
            ))}
          </ul>
        )}
        {controls.ask}
      </div>
    </article>
  );
}
