"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { fieldError } from "@/components/forms/action-result";
import { Field, TextAreaField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { IdempotencyKeyField } from "@/components/forms/idempotency-key-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { claimListingAction } from "@/lib/membership/actions";

export function ClaimForm({ targetType, targetId }: { targetType: "ORGANIZATION" | "COMMUNITY"; targetId: string }) {
  const t = useTranslations("claim");
  const [result, action] = useActionState(claimListingAction, {});
  const e = (field: string) => fieldError(result, field);
  if (result?.data?.ok) return <FormMessage result={result} />;
  return (
    <form action={action} className="mt-6 space-y-5" noValidate>
      <input type="hidden" name="targetType" value={targetType} />
      <input type="hidden" name="targetId" value={targetId} />
      <IdempotencyKeyField />
      <Field label={t("position")} hint={t("positionHint")} name="title" required error={e("title")} />
      <Field label={t("evidenceEmail")} hint={t("evidenceEmailHint")} name="evidenceEmail" type="email" error={e("evidenceEmail")} />
      <Field label={t("evidenceUrl")} hint={t("evidenceUrlHint")} name="evidenceUrl" type="url" error={e("evidenceUrl")} />
      <TextAreaField label={t("note")} name="evidenceNote" error={e("evidenceNote")} />
      <SubmitButton>{t("submit")}</SubmitButton>
      <FormMessage result={result} />
    </form>
  );
}
