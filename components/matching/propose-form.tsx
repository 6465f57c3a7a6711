"use client";
// "Propose a partnership" from a match: the form, the needs it addresses (the matched ones
// ticked), a message. Inside a <details>, so a long matches list stays short.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { fieldError } from "@/components/forms/action-result";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { SelectField, TextAreaField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { IdempotencyKeyField } from "@/components/forms/idempotency-key-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { Link } from "@/lib/i18n/navigation";
import { proposePartnershipAction } from "@/lib/partnership/actions";

type Option = { value: string; label: string };

export function ProposeForm({
  organizationId,
  communityId,
  name,
  forms,
  needs,
  matchedNeedIds,
}: {
  organizationId: string;
  communityId: string;
  name: string;
  forms: Option[];
  needs: Option[];
  matchedNeedIds: string[];
}) {
  const t = useTranslations("matching");
  const tSent = useTranslations("account");
  const [result, action] = useActionState(proposePartnershipAction, {});
  return (
    <details className="mt-3 rounded-md border border-line p-3">
      <summary className="min-h-10 cursor-pointer font-semibold text-brand">{t("propose")}</summary>
      {result?.data?.ok ? (
        // Says what happened and where the proposal now is, not just "Saved."
        <p role="status" aria-live="polite" className="mt-3 text-sm font-medium text-success">
          {tSent("proposalSent", { name })} <Link href={`/partnerships/proposals#${result.data.slug}`}>{tSent("seeProposal")}</Link>
        </p>
      ) : (
        <form action={action} className="mt-3 space-y-4" aria-label={t("proposeTitle", { name })}>
          <input type="hidden" name="organizationId" value={organizationId} />
          <input type="hidden" name="communityId" value={communityId} />
          <IdempotencyKeyField />
          <SelectField label={t("form")} name="form" options={forms} error={fieldError(result, "form")} />
          {needs.length ? <CheckboxGroup legend={t("needs")} name="needIds" options={needs} selected={matchedNeedIds} /> : null}
          <TextAreaField label={t("message")} name="message" rows={3} error={fieldError(result, "message")} />
          <SubmitButton>{t("send")}</SubmitButton>
          <FormMessage result={result} />
        </form>
      )}
    </details>
  );
}
