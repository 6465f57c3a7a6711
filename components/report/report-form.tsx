"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { fieldError } from "@/components/forms/action-result";
import { TextAreaField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { IdempotencyKeyField } from "@/components/forms/idempotency-key-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { reportListingAction } from "@/lib/report/actions";

export function ReportForm({
  targetType,
  targetId,
  reasons,
}: {
  targetType: string;
  targetId: string;
  reasons: { value: string; label: string }[];
}) {
  const t = useTranslations("report");
  const te = useTranslations("forms.errors");
  const [result, action] = useActionState(reportListingAction, {});
  if (result?.data?.ok) return <FormMessage result={result} />;
  const reasonError = fieldError(result, "reason");
  return (
    <form action={action} className="mt-6 space-y-5" noValidate>
      <input type="hidden" name="targetType" value={targetType} />
      <input type="hidden" name="targetId" value={targetId} />
      <IdempotencyKeyField />
      <fieldset aria-invalid={reasonError ? true : undefined} aria-describedby={reasonError ? "reason-error" : undefined}>
        <legend className="font-medium">{t("reason")}</legend>
        {reasons.map((reason) => (
          <label key={reason.value} className="mt-1 flex min-h-9 items-center gap-2">
            <input type="radio" name="reason" value={reason.value} required className="h-5 w-5" />
            <span>{reason.label}</span>
          </label>
        ))}
        {reasonError ? (
          <p id="reason-error" className="mt-1 text-sm text-danger">
            {te("required")}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField label={t("details")} name="details" error={fieldError(result, "details")} />
      <SubmitButton>{t("submit")}</SubmitButton>
      <FormMessage result={result} />
    </form>
  );
}
