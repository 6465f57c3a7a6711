"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { fieldError, refusalReason } from "@/components/forms/action-result";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { Field, SelectField } from "@/components/forms/field";
import { FieldPair } from "@/components/forms/field-pair";
import { FormMessage } from "@/components/forms/form-message";
import { IdempotencyKeyField } from "@/components/forms/idempotency-key-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { registerOrganizationAction } from "@/lib/organization/actions";

type Option = { value: string; label: string };

export function RegisterOrganizationForm({
  locale,
  kinds,
  sectors,
  precisions,
}: {
  locale: string;
  kinds: Option[];
  sectors: Option[];
  precisions: Option[];
}) {
  const t = useTranslations("register");
  const [result, action] = useActionState(registerOrganizationAction, {});
  const e = (field: string) => fieldError(result, field);
  const unknownPlace = refusalReason(result) === "UNKNOWN_PLACE";
  return (
    <form action={action} className="mt-6 space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <IdempotencyKeyField />
      <SelectField label={t("kind")} name="kind" options={kinds} error={e("kind")} />
      <FieldPair name="name" labels={[t("nameUk"), t("nameEn")]} error={e} />
      <FieldPair name="mission" labels={[t("missionUk"), t("missionEn")]} error={e} rows={3} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("country")} name="country" maxLength={2} autoComplete="country" error={e("country")} />
        <Field label={t("city")} name="city" autoComplete="address-level2" error={e("city")} />
      </div>
      <SelectField label={t("precision")} name="precision" defaultValue="CITY" options={precisions} error={e("precision")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("lat")} name="lat" inputMode="decimal" hint={t("coordinatesHint")} error={e("lat")} />
        <Field label={t("lng")} name="lng" inputMode="decimal" error={e("lng")} />
      </div>
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
      <Field label={t("languages")} name="languages" defaultValue="uk" error={e("languages")} />
      <Field label={t("position")} name="position" error={e("position")} />
      <SubmitButton>{t("submit")}</SubmitButton>
      {unknownPlace ? null : <FormMessage result={result} />}
    </form>
  );
}
