import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { loose } from "@/components/i18n/loose-translator";
import { TargetType } from "@/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";
import { mergeOrganizationsAction, resolveReportAction } from "@/lib/moderation/actions";
import { listOpenReports } from "@/lib/moderation/queries";
import { DecisionForm } from "./decision-form";
import { getQueueText, QueueItem, QueueList, Submitted } from "./queue-item";
import { nameText } from "./value-text";

/** Open reports, resolved or dismissed (optionally hiding the listing); a reported duplicate organisation can be merged. */
export async function ReportsQueue({ locale }: { locale: Locale }) {
  const [reports, { tAdmin, types }, tReasons] = await Promise.all([listOpenReports(), getQueueText(), getTranslations("report.reasons")]);
  const reportReasons = loose(tReasons);
  return (
    <QueueList count={reports.length}>
      {reports.map((report) => (
        <QueueItem
          key={report.id}
          kind={types(report.targetType)}
          title={report.target ? <Link href={report.target.path}>{nameText(report.target.name, locale)}</Link> : report.targetId}
        >
          <p>{tAdmin("reportedFor", { reason: reportReasons(report.reason) })}</p>
          {report.details ? <p className="mt-1 whitespace-pre-wrap text-sm">{report.details}</p> : null}
          <Submitted by={report.reporter?.name ?? report.reporter?.email ?? "—"} at={report.createdAt} />
          <DecisionForm
            action={resolveReportAction}
            hidden={{ reportId: report.id }}
            decisionField="outcome"
            decisions={["resolve", "dismiss"]}
            label={report.target ? nameText(report.target.name, locale) : types(report.targetType)}
            extra={
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="hideListing" className="h-5 w-5" />
                {tAdmin("hideListing")}
              </label>
            }
          />
          {report.targetType === TargetType.ORGANIZATION && report.reason === "DUPLICATE" ? (
            <details className="mt-3">
              <summary className="min-h-10 cursor-pointer font-medium">{tAdmin("mergeTitle")}</summary>
              <ActionForm action={mergeOrganizationsAction} className="mt-2 space-y-2">
                <input type="hidden" name="duplicateId" value={report.targetId} />
                <input type="hidden" name="reportId" value={report.id} />
                <label className="block text-sm font-medium">
                  {tAdmin("mergeInto")}
                  <input name="intoSlug" required className="mt-1 block w-full rounded-md border border-line px-2 py-1.5 font-mono" />
                </label>
                <label className="block text-sm font-medium">
                  {tAdmin("reason")}
                  <input name="reason" required className="mt-1 block w-full rounded-md border border-line px-2 py-1.5" />
                </label>
                <SubmitButton variant="secondary">{tAdmin("merge")}</SubmitButton>
              </ActionForm>
            </details>
          ) : null}
        </QueueItem>
      ))}
    </QueueList>
  );
}
