"use client";
// Proposing a candidate (members) and letting one onto the ballot (the poll's organiser).
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { approveNominationAction, nominateAction } from "@/lib/poll/actions";

export function NominateForm({ pollId }: { pollId: string }) {
  const t = useTranslations("polls");
  return (
    <ActionForm action={nominateAction} once className="mt-3 space-y-3">
      <input type="hidden" name="pollId" value={pollId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("nominateUk")} name="labelUk" lang="uk" maxLength={120} />
        <Field label={t("nominateEn")} name="labelEn" lang="en" maxLength={120} />
      </div>
      <SubmitButton variant="secondary">{t("nominate")}</SubmitButton>
    </ActionForm>
  );
}

export function ApproveNominationForm({ optionId, label }: { optionId: string; label: string }) {
  const t = useTranslations("polls");
  return (
    <ActionForm action={approveNominationAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="optionId" value={optionId} />
      <span className="flex-1">{label}</span>
      <SubmitButton variant="secondary" aria-label={`${t("approve")}: ${label}`}>
        {t("approve")}
      </SubmitButton>
    </ActionForm>
  );
}
