"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { fieldError, refusalReason } from "@/components/forms/action-result";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { CodePicker } from "@/components/forms/code-picker";
import { Field, SelectField } from "@/components/forms/field";
import { FieldPair } from "@/components/forms/field-pair";
import { FormMessage } from "@/components/forms/form-message";
import { IdempotencyKeyField } from "@/components/forms/idempotency-key-field";
import { PlaceFields } from "@/components/forms/place-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { keepValuesOnReset } from "@/components/forms/use-draft";
import type { PickerOption } from "@/lib/i18n/option-search";
import { registerOrganizationAction } from "@/lib/organization/actions";

type Option = { value: string; label: string };

export function RegisterOrganizationForm({
  locale,
  kinds,
  sectors,
  precisions,
  countries,
  languages,
}: {
  locale: string;
  kinds: Option[];
  sectors: Option[];
  precisions: Option[];
  countries: PickerOption[];
  languages: PickerOption[];
}) {
  const t = useTranslations("register");
  const tForms = useTranslations("forms");
  const [result, action] = useActionState(registerOrganizationAction, {});
  const e = (field: string) => fieldError(result, field);
  const unknownPlace = refusalReason(result) === "UNKNOWN_PLACE";
  return (
    <form action={action} onReset={keepValuesOnReset} className="mt-6 space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <IdempotencyKeyField />
      <SelectField label={t("kind")} name="kind" options={kinds} placeholder={tForms("choose")} error={e("kind")} />
      <FieldPair name="name" labels={[t("nameUk"), t("nameEn")]} error={e} />
      <FieldPair name="mission" labels={[t("missionUk"), t("missionEn")]} error={e} rows={3} />
      <PlaceFields
        countries={countries}
        country={{ label: t("country"), name: "country", error: e("country") }}
        city={{ label: t("city"), name: "city", error: e("city") }}
        pin={{ error: e("lat") ?? e("lng") }}
      />
      <SelectField label={t("precision")} name="precision" defaultValue="CITY" options={precisions} error={e("precision")} />
      {unknownPlace ? (
        <p role="alert" className="text-danger">
          {t("unknownCity")}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("website")} name="website" type="url" placeholder="https://" error={e("website")} />
        <Field label={t("email")} name="email" type="email" error={e("email")} />
      </div>
      <CheckboxGroup legend={t("sectors")} name="sectors" options={sectors} />
      <CodePicker
        label={t("languages")}
        name="languages"
        options={languages}
        multiple
        defaultValue="uk"
        codesHint="uk, en, de"
        error={e("languages")}
      />
      <Field label={t("position")} name="position" error={e("position")} />
      <SubmitButton>{t("submit")}</SubmitButton>
      {unknownPlace ? null : <FormMessage result={result} />}
    </form>
  );
}
