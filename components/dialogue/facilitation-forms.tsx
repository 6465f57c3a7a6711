"use client";
// The facilitators' controls: a word on each statement, and the report's summary.
import { useTranslations } from "next-intl";
import { ActionForm, useStateAction } from "@/components/forms/action-form";
import { bindFields } from "@/components/forms/bind-fields";
import { FieldPair } from "@/components/forms/field-pair";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useDraft } from "@/components/forms/use-draft";
import { decideStatementAction, publishReportAction } from "@/lib/dialogue/actions";

/** Approve or reject a waiting statement, or hide a published one. */
export function StatementDecision({ statementId, pending }: { statementId: string; pending: boolean }) {
  const t = useTranslations("dialogueForms.facilitation");
  return (
    <ActionForm action={decideStatementAction} className="mt-2 flex flex-wrap items-center gap-2">
      <input type="hidden" name="statementId" value={statementId} />
      {pending ? (
        <>
          <SubmitButton name="decision" value="approve">
            {t("approve")}
          </SubmitButton>
          <SubmitButton name="decision" value="reject" variant="secondary">
            {t("reject")}
          </SubmitButton>
        </>
      ) : (
        <SubmitButton name="decision" value="hide" variant="secondary">
          {t("hide")}
        </SubmitButton>
      )}
    </ActionForm>
  );
}

/** Closes the dialogue and publishes the report, or corrects the summary of a published one. */
export function ReportForm({
  dialogueId,
  slug,
  published,
  values,
}: {
  dialogueId: string;
  slug: string;
  published: boolean;
  values: { summaryUk: string; summaryEn: string };
}) {
  const t = useTranslations("dialogueForms.facilitation");
  const [result, action] = useStateAction(publishReportAction);
  const [draft, remember] = useDraft(values);
  const { pair } = bindFields(result, draft);
  return (
    <form action={action} onSubmit={remember} className="space-y-3" noValidate>
      <input type="hidden" name="dialogueId" value={dialogueId} />
      <input type="hidden" name="slug" value={slug} />
      <p className="text-sm text-muted">{published ? t("reportUpdateHelp") : t("reportHelp")}</p>
      <FieldPair labels={[t("summaryUk"), t("summaryEn")]} rows={6} maxLength={6000} {...pair("summary")} />
      <SubmitButton>{published ? t("update") : t("publish")}</SubmitButton>
      <FormMessage result={result} />
    </form>
  );
}
