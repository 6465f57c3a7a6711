"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { fieldError } from "@/components/forms/action-result";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { Field, TextAreaField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { editOrganizationAction } from "@/lib/organization/actions";

interface Values {
  nameUk: string; nameEn: string; missionUk: string; missionEn: string; descriptionUk: string; descriptionEn: string;
  website: string; email: string; languages: string; sectors: string[];
}

export function EditOrganizationForm({ organizationId, slug, values, sectors }: { organizationId: string; slug: string; values: Values; sectors: { value: string; label: string }[] }) {
  const t = useTranslations("register");
  const te = useTranslations("edit");
  const [result, action] = useActionState(editOrganizationAction, {});
  const e = (field: string) => fieldError(result, field);
  return (
    <form action={action} className="mt-6 space-y-5" noValidate>
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="slug" value={slug} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("nameUk")} name="nameUk" lang="uk" defaultValue={values.nameUk} error={e("nameUk")} />
        <Field label={t("nameEn")} name="nameEn" lang="en" defaultValue={values.nameEn} error={e("nameEn")} />
      </div>
      <TextAreaField label={t("missionUk")} name="missionUk" lang="uk" rows={3} defaultValue={values.missionUk} error={e("missionUk")} />
      <TextAreaField label={t("missionEn")} name="missionEn" lang="en" rows={3} defaultValue={values.missionEn} error={e("missionEn")} />
      <TextAreaField label={te("descriptionUk")} name="descriptionUk" lang="uk" rows={6} defaultValue={values.descriptionUk} error={e("descriptionUk")} />
      <TextAreaField label={te("descriptionEn")} name="descriptionEn" lang="en" rows={6} defaultValue={values.descriptionEn} error={e("descriptionEn")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("website")} name="website" type="url" defaultValue={values.website} error={e("website")} />
        <Field label={t("email")} name="email" type="email" defaultValue={values.email} error={e("email")} />
      </div>
      <CheckboxGroup legend={t("sectors")} name="sectors" options={sectors} selected={values.sectors} />
      <Field label={t("languages")} name="languages" defaultValue={values.languages} error={e("languages")} />
      <SubmitButton>{te("submit")}</SubmitButton>
      <FormMessage result={result} />
    </form>
  );
}
