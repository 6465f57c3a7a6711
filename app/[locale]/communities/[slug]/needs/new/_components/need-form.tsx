"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { fieldError } from "@/components/forms/action-result";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { Field, SelectField, TextAreaField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { createNeedAction } from "@/lib/need/actions";

type Option = { value: string; label: string };

export function NeedForm({ communityId, communitySlug, locale, sectors, aidTypes, urgencies, currencies }: {
  communityId: string; communitySlug: string; locale: string; sectors: Option[]; aidTypes: Option[]; urgencies: Option[]; currencies: Option[];
}) {
  const t = useTranslations("need");
  const [result, action] = useActionState(createNeedAction, {});
  const e = (field: string) => fieldError(result, field);
  return (
    <form action={action} className="mt-6 space-y-5" noValidate>
      <input type="hidden" name="communityId" value={communityId} />
      <input type="hidden" name="communitySlug" value={communitySlug} />
      <input type="hidden" name="locale" value={locale} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("titleUk")} name="titleUk" lang="uk" error={e("titleUk")} />
        <Field label={t("titleEn")} name="titleEn" lang="en" error={e("titleEn")} />
      </div>
      <TextAreaField label={t("descriptionUk")} name="descriptionUk" lang="uk" rows={3} error={e("descriptionUk")} />
      <TextAreaField label={t("descriptionEn")} name="descriptionEn" lang="en" rows={3} error={e("descriptionEn")} />
      <SelectField label={t("sector")} name="sector" options={sectors} error={e("sector")} />
      <CheckboxGroup legend={t("aidTypes")} name="aidTypes" options={aidTypes} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("cost")} name="cost" inputMode="decimal" error={e("cost")} />
        <SelectField label={t("currency")} name="currency" defaultValue="EUR" options={currencies} error={e("currency")} />
        <SelectField label={t("urgency")} name="urgency" defaultValue="MEDIUM" options={urgencies} error={e("urgency")} />
      </div>
      <Field label={t("deadline")} name="deadline" type="date" error={e("deadline")} />
      <SubmitButton>{t("submit")}</SubmitButton>
      <FormMessage result={result} />
    </form>
  );
}
