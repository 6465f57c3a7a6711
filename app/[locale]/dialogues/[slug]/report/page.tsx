import { getTranslations } from "next-intl/server";
import { AnalysisView } from "@/components/dialogue/analysis-view";
import { PrintButton } from "@/components/dialogue/print-button";
import { EventOrganiser } from "@/components/event/event-organiser";
import { Localized } from "@/components/i18n/localized";
import { LocalizedParagraphs } from "@/components/i18n/localized-paragraphs";
import { detailMetadata, openDetail, publicRead, type SlugParams } from "@/components/listing/detail-page";
import { getPublishedReport } from "@/lib/dialogue/queries";
import { formatDate } from "@/lib/i18n/dates";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";

const loadReport = publicRead(getPublishedReport);

export const generateMetadata = detailMetadata(loadReport, "notFound.title", async ({ dialogue }, locale) => ({
  title: (await getTranslations({ locale, namespace: "dialogues.report" }))("title", {
    question: pickText(dialogue.question, locale)?.text ?? "",
  }),
}));

/** A dialogue's report: published at close, in both languages, printable. Figures are the ones kept at publication. */
export default async function DialogueReportPage({ params }: { params: SlugParams }) {
  const { locale, item } = await openDetail(params, loadReport);
  const { dialogue, analysis, texts } = item;
  const [t, tr] = await Promise.all([getTranslations("dialogues"), getTranslations("dialogues.report")]);
  const day = (value: Date) => formatDate(value, locale, dialogue.timeZone);
  return (
    <article className="mx-auto max-w-3xl print:max-w-none">
      <p className="flex flex-wrap items-center justify-between gap-3 text-sm print:hidden">
        <Link href={`/dialogues/${dialogue.slug}`}>{t("title")}</Link>
        <PrintButton text={tr("print")} />
      </p>
      <p className="mt-4 text-sm font-semibold uppercase tracking-wide text-muted">{tr("heading")}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">
        <Localized value={dialogue.question} />
      </h1>
      <p className="mt-2 text-muted">
        <EventOrganiser owner={dialogue} /> · {tr("period", { from: day(dialogue.opensAt), to: day(dialogue.closesAt) })} ·{" "}
        {tr("published", { date: day(dialogue.reportPublishedAt!) })}
      </p>
      {dialogue.event && <p className="mt-1 text-sm">{t("session", { title: pickText(dialogue.event.title, locale)?.text ?? "" })}</p>}
      <LocalizedParagraphs value={dialogue.description} className="mt-4 max-w-prose" />

      <section aria-labelledby="participation-heading" className="mt-8 break-inside-avoid">
        <h2 id="participation-heading" className="text-xl font-semibold">
          {tr("participation")}
        </h2>
        <p className="mt-2">
          {tr("participationLine", { participants: analysis.participants, votes: analysis.votes, statements: analysis.statements.length })}
        </p>
      </section>

      <section aria-labelledby="summary-heading" className="mt-8 break-inside-avoid">
        <h2 id="summary-heading" className="text-xl font-semibold">
          {tr("summary")}
        </h2>
        <LocalizedParagraphs value={dialogue.summary} className="mt-2 max-w-prose" />
      </section>

      <section className="mt-8">
        <AnalysisView analysis={analysis} texts={texts} />
      </section>
    </article>
  );
}
