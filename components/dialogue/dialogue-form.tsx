"use client";
// The form that opens a dialogue: on behalf of one of the person's verified listings, the question
// in both languages, the first statements one per line, an optional dialogue-session event of the
// same owner, and the window in a chosen zone (the server turns it into UTC).
import { useTranslations } from "next-intl";
import { useStateAction } from "@/components/forms/action-form";
import { bindFields } from "@/components/forms/bind-fields";
import { Field, SelectField, TextAreaField } from "@/components/forms/field";
import { FieldPair } from "@/components/forms/field-pair";
import { FormMessage } from "@/components/forms/form-message";
import { IdempotencyKeyField } from "@/components/forms/idempotency-key-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TimeZoneField } from "@/components/forms/time-zone-field";
import { useDraft } from "@/components/forms/use-draft";
import { createDialogueAction } from "@/lib/dialogue/actions";
import { localeOptions } from "@/lib/i18n/localized-text";
import type { LocalizedValues } from "@/lib/forms/localized-fields";

type Option = { value: string; label: string };

export interface DialogueFormValues extends LocalizedValues<"question" | "description"> {
  owner: string;
  statements: string;
  statementsLocale: string;
  eventId: string;
  timeZone: string;
  opensLocal: string;
  closesLocal: string;
}

export function DialogueForm({
  locale,
  owners,
  events,
  values,
}: {
  locale: string;
  owners: Option[];
  /** Dialogue sessions of the person's listings; the server checks the chosen one is the owner's. */
  events: Option[];
  values: DialogueFormValues;
}) {
  const t = useTranslations("dialogueForms.form");
  const [result, action] = useStateAction(createDialogueAction);
  const [draft, remember] = useDraft(values);
  const { input, pair } = bindFields(result, draft);
  return (
    <form action={action} onSubmit={remember} className="mt-6 space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <IdempotencyKeyField />
      <SelectField key={`owner-${draft.owner}`} label={t("owner")} options={owners} {...input("owner")} />
      <FieldPair labels={[t("questionUk"), t("questionEn")]} maxLength={300} {...pair("question")} />
      <FieldPair labels={[t("descriptionUk"), t("descriptionEn")]} rows={3} maxLength={4000} {...pair("description")} />
      <TextAreaField label={t("statements")} hint={t("statementsHelp")} rows={6} {...input("statements")} />
      <SelectField
        key={`lang-${draft.statementsLocale}`}
        label={t("statementsLocale")}
        options={localeOptions}
        {...input("statementsLocale")}
      />
      <SelectField
        key={`event-${draft.eventId}`}
        label={t("event")}
        options={[{ value: "", label: t("noEvent") }, ...events]}
        {...input("eventId")}
      />
      <TimeZoneField label={t("timeZone")} {...input("timeZone")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("opens")} type="datetime-local" {...input("opensLocal")} />
        <Field label={t("closes")} type="datetime-local" {...input("closesLocal")} />
      </div>
      <SubmitButton>{t("submit")}</SubmitButton>
      <FormMessage result={result} />
    </form>
  );
}
