"use client";
// A person puts an idea forward: a short title, optional details and sector, in the language they
// write (asked, so the page can mark it for screen readers and translators). It waits for the
// community's officials; the form says so and clears for another one.
import { useTranslations } from "next-intl";
import { useStateAction } from "@/components/forms/action-form";
import { fieldError } from "@/components/forms/action-result";
import { Field, SelectField, TextAreaField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { IdempotencyKeyField } from "@/components/forms/idempotency-key-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { submitIdeaAction } from "@/lib/priorities/actions";
import { localeOptions } from "@/lib/i18n/localized-text";

type Option = { value: string; label: string };

export function IdeaForm({ roundId, locale, sectors }: { roundId: string; locale: string; sectors: Option[] }) {
  const t = useTranslations("prioritiesForm");
  const [result, action] = useStateAction(submitIdeaAction);
  const error = (name: string) => fieldError(result, name);
  return (
    <form action={action} className="mt-3 space-y-4" noValidate>
      <input type="hidden" name="roundId" value={roundId} />
      <IdempotencyKeyField renewAfter={result?.data?.ok ? result : undefined} />
      <Field label={t("ideaTitle")} hint={t("ideaTitleHint")} name="title" maxLength={120} required error={error("title")} />
      <TextAreaField label={t("ideaDetails")} name="details" rows={3} maxLength={1000} error={error("details")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("ideaSector")} name="sector" options={sectors} placeholder={t("noSector")} error={error("sector")} />
        <SelectField label={t("ideaLanguage")} name="lang" defaultValue={locale} options={localeOptions} error={error("lang")} />
      </div>
      <SubmitButton>{t("submitIdea")}</SubmitButton>
      <FormMessage
        result={result}
        successText={t("ideaSubmitted")}
        reasons={{
          NOT_OPEN: t("reasons.NOT_OPEN"),
          IDEAS_CLOSED: t("reasons.IDEAS_CLOSED"),
          NOT_ELIGIBLE: t("reasons.NOT_ELIGIBLE"),
          TOO_MANY_WAITING: t("reasons.TOO_MANY_WAITING"),
        }}
      />
    </form>
  );
}
