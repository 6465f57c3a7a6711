"use client";
// The form an official opens a priorities round with: the question in both languages, the two
// phases (ideas, then ranking) as wall-clock times in the chosen zone (the server turns them into
// UTC), and the points each person spreads. Works as a plain form post without JavaScript.
import { useTranslations } from "next-intl";
import { useStateAction } from "@/components/forms/action-form";
import { bindFields } from "@/components/forms/bind-fields";
import { Field } from "@/components/forms/field";
import { FieldPair } from "@/components/forms/field-pair";
import { FormMessage } from "@/components/forms/form-message";
import { IdempotencyKeyField } from "@/components/forms/idempotency-key-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TimeZoneField } from "@/components/forms/time-zone-field";
import { useDraft } from "@/components/forms/use-draft";
import { createRoundAction } from "@/lib/priorities/actions";
import type { LocalizedValues } from "@/lib/forms/localized-fields";

export interface RoundFormValues extends LocalizedValues<"question" | "description"> {
  points: string;
  timeZone: string;
  opensLocal: string;
  ideasCloseLocal: string;
  closesLocal: string;
}

export function RoundForm({
  community,
  locale,
  values,
}: {
  community: { id: string; slug: string };
  locale: string;
  values: RoundFormValues;
}) {
  const t = useTranslations("prioritiesForm");
  const [result, action] = useStateAction(createRoundAction);
  // What was sent becomes the form's values, so a refusal keeps every field as typed.
  const [draft, remember] = useDraft(values);
  const { input, pair } = bindFields(result, draft);
  return (
    <form action={action} onSubmit={remember} className="mt-6 space-y-5" noValidate>
      <input type="hidden" name="communityId" value={community.id} />
      <input type="hidden" name="communitySlug" value={community.slug} />
      <input type="hidden" name="locale" value={locale} />
      <IdempotencyKeyField />
      <FieldPair labels={[t("questionUk"), t("questionEn")]} hint={t("questionHint")} maxLength={300} {...pair("question")} />
      <FieldPair labels={[t("descriptionUk"), t("descriptionEn")]} rows={3} maxLength={4000} {...pair("description")} />
      <Field label={t("points")} hint={t("pointsHint")} inputMode="numeric" autoComplete="off" {...input("points")} />
      <TimeZoneField label={t("timeZone")} {...input("timeZone")} />
      <fieldset className="space-y-4 rounded-lg border border-line p-4">
        <legend className="px-1 text-lg font-semibold">{t("phasesHeading")}</legend>
        <p className="text-sm text-muted">{t("phasesNote")}</p>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label={t("opens")} type="datetime-local" {...input("opensLocal")} />
          <Field label={t("ideasClose")} type="datetime-local" {...input("ideasCloseLocal")} />
          <Field label={t("closes")} type="datetime-local" {...input("closesLocal")} />
        </div>
      </fieldset>
      <SubmitButton>{t("submitRound")}</SubmitButton>
      <FormMessage result={result} />
    </form>
  );
}
