import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportForm, StatementDecision } from "@/components/dialogue/facilitation-forms";
import { StatementForm } from "@/components/dialogue/statement-form";
import { Localized } from "@/components/i18n/localized";
import { openSignedInPage } from "@/components/layout/page";
import { can } from "@/lib/auth/policy";
import { getDialogueForFacilitators } from "@/lib/dialogue/queries";
import { asLocalizedText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dialogues"))("facilitate"), robots: { index: false } };
}

/** The facilitators' page: what waits for a decision, what is published, and the report. */
export default async function FacilitatePage({ params }: Props) {
  const { slug } = await params;
  const { locale, viewer } = await openSignedInPage(params, `/dialogues/${slug}/facilitate`);
  const dialogue = await getDialogueForFacilitators(slug);
  // Someone who may not facilitate sees the same 404 as for a dialogue that does not exist.
  if (!dialogue || !can(viewer, "update", "Dialogue", { organizationId: dialogue.organizationId, communityId: dialogue.communityId }))
    notFound();
  const t = await getTranslations("dialogues");
  const tf = await getTranslations("dialogues.facilitation");
  const pending = dialogue.statements.filter((s) => s.status === "PENDING");
  const published = dialogue.statements.filter((s) => s.status === "PUBLISHED");
  const summary = asLocalizedText(dialogue.summary);
  const open = !dialogue.reportPublishedAt && dialogue.closesAt > new Date();
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href={`/dialogues/${dialogue.slug}`}>{tf("back")}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">
        {t("facilitate")}: <Localized value={dialogue.question} />
      </h1>
      {dialogue.status !== "PUBLISHED" && <p className="mt-3 rounded-md border border-note-line bg-note-soft p-3">{tf("notPublic")}</p>}

      <section aria-labelledby="pending-heading" className="mt-8">
        <h2 id="pending-heading" className="text-xl font-semibold">
          {tf("pending")} ({pending.length})
        </h2>
        {pending.length === 0 ? (
          <p className="mt-2 text-muted">{tf("pendingEmpty")}</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {pending.map((statement) => (
              <li key={statement.id} className="rounded-lg border border-line bg-surface p-3" data-testid="pending-statement">
                <p lang={statement.locale} className="font-medium">
                  {statement.text}
                </p>
                <StatementDecision statementId={statement.id} pending />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="published-heading" className="mt-8">
        <h2 id="published-heading" className="text-xl font-semibold">
          {tf("published")} ({published.length})
        </h2>
        <ul className="mt-3 space-y-3">
          {published.map((statement) => (
            <li key={statement.id} className="rounded-lg border border-line bg-surface p-3">
              <p lang={statement.locale}>{statement.text}</p>
              <p className="text-sm text-muted">
                {statement.byFacilitator ? tf("fromFacilitator") : tf("fromParticipant")} ·{" "}
                {tf("answers", { count: statement._count.votes })}
              </p>
              <StatementDecision statementId={statement.id} pending={false} />
            </li>
          ))}
        </ul>
      </section>

      {open && dialogue.status === "PUBLISHED" && (
        <section className="mt-8 rounded-lg border border-line bg-surface p-4">
          <StatementForm dialogueId={dialogue.id} locale={locale} title={tf("addTitle")} help={t("addHelp")} />
        </section>
      )}

      {dialogue.status === "PUBLISHED" && dialogue.opensAt <= new Date() && (
        <section aria-labelledby="report-heading" className="mt-8 rounded-lg border border-line bg-surface p-4">
          <h2 id="report-heading" className="text-xl font-semibold">
            {tf("reportTitle")}
          </h2>
          <ReportForm
            dialogueId={dialogue.id}
            slug={dialogue.slug}
            published={Boolean(dialogue.reportPublishedAt)}
            values={{ summaryUk: summary.uk ?? "", summaryEn: summary.en ?? "" }}
          />
          {dialogue.reportPublishedAt && (
            <p className="mt-3">
              <Link href={`/dialogues/${dialogue.slug}/report`} className="font-semibold">
                {t("readReport")}
              </Link>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
