"use client";
// The need form: a new need (create) or an existing one (edit), where the official also moves
// it along (open → in progress → met) and may name the partnership that met it.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { fieldError, type ActionResultLike } from "@/components/forms/action-result";
import type { StateAction } from "@/components/forms/action-form";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { Field, SelectField, TextAreaField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { IdempotencyKeyField } from "@/components/forms/idempotency-key-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { loose } from "@/components/i18n/loose-translator";
import { createNeedAction, updateNeedAction } from "@/lib/need/actions";

type Option = { value: string; label: string };

export interface NeedFormValues {
  titleUk: string;
  titleEn: string;
  descriptionUk: string;
  descriptionEn: string;
  sector: string;
  aidTypes: string[];
  cost: string;
  currency: string;
  urgency: string;
  deadline: string;
  needStatus: string;
  metByPartnershipId: string;
}

const blank: NeedFormValues = {
  titleUk: "",
  titleEn: "",
  descriptionUk: "",
  descriptionEn: "",
  sector: "",
  aidTypes: [],
  cost: "",
  currency: "EUR",
  urgency: "MEDIUM",
  deadline: "",
  needStatus: "OPEN",
  metByPartnershipId: "",
};

/** Only in edit mode: the need, its statuses and the partnerships that could have met it. */
export interface NeedEditing {
  needId: string;
  statuses: Option[];
  partnerships: Option[];
}

export function NeedForm({
  communityId,
  communitySlug,
  locale,
  sectors,
  aidTypes,
  urgencies,
  currencies,
  values = blank,
  editing,
}: {
  communityId: string;
  communitySlug: string;
  locale: string;
  sectors: Option[];
  aidTypes: Option[];
  urgencies: Option[];
  currencies: Option[];
  values?: NeedFormValues;
  editing?: NeedEditing;
}) {
  const t = useTranslations("need");
  // Both actions answer in the shape the form reads; one hook serves either mode.
  const chosen: StateAction = editing ? updateNeedAction : createNeedAction;
  const [result, action] = useActionState(chosen, {} as ActionResultLike);
  const errors = loose(useTranslations("forms.errors"));
  const e = (field: string) => fieldError(result, field);
  // A checkbox group shows its message as given: translate the key here.
  const groupError = (field: string) => {
    const key = e(field);
    return key ? (errors.has(key) ? errors(key) : errors("invalid")) : undefined;
  };
  const partnershipRefused = result?.data && !result.data.ok && result.data.reason === "PARTNERSHIP_NOT_ELIGIBLE";
  return (
    <form action={action} className="mt-6 space-y-5" noValidate>
      <input type="hidden" name="communityId" value={communityId} />
      <input type="hidden" name="communitySlug" value={communitySlug} />
      <input type="hidden" name="locale" value={locale} />
      {editing ? <input type="hidden" name="needId" value={editing.needId} /> : <IdempotencyKeyField />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("titleUk")} name="titleUk" lang="uk" defaultValue={values.titleUk} error={e("titleUk")} />
        <Field label={t("titleEn")} name="titleEn" lang="en" defaultValue={values.titleEn} error={e("titleEn")} />
      </div>
      <TextAreaField
        label={t("descriptionUk")}
        name="descriptionUk"
        lang="uk"
        rows={3}
        defaultValue={values.descriptionUk}
        error={e("descriptionUk")}
      />
      <TextAreaField
        label={t("descriptionEn")}
        name="descriptionEn"
        lang="en"
        rows={3}
        defaultValue={values.descriptionEn}
        error={e("descriptionEn")}
      />
      <SelectField label={t("sector")} name="sector" options={sectors} defaultValue={values.sector || undefined} error={e("sector")} />
      <CheckboxGroup legend={t("aidTypes")} name="aidTypes" options={aidTypes} selected={values.aidTypes} error={groupError("aidTypes")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("cost")} name="cost" inputMode="decimal" defaultValue={values.cost} error={e("cost")} />
        <SelectField label={t("currency")} name="currency" defaultValue={values.currency} options={currencies} error={e("currency")} />
        <SelectField label={t("urgency")} name="urgency" defaultValue={values.urgency} options={urgencies} error={e("urgency")} />
      </div>
      <Field label={t("deadline")} name="deadline" type="date" defaultValue={values.deadline} error={e("deadline")} />
      {editing ? (
        <fieldset className="space-y-4 rounded-lg border border-line p-4">
          <SelectField
            label={t("needStatus")}
            name="needStatus"
            defaultValue={values.needStatus}
            options={editing.statuses}
            error={e("needStatus")}
          />
          {editing.partnerships.length > 0 ? (
            <div>
              <SelectField
                label={t("metBy")}
                name="metByPartnershipId"
                defaultValue={values.metByPartnershipId}
                options={[{ value: "", label: t("metByNone") }, ...editing.partnerships]}
                error={e("metByPartnershipId") ?? (partnershipRefused ? "invalid" : undefined)}
              />
              <p className="mt-1 text-sm text-muted">{t("metByHint")}</p>
            </div>
          ) : (
            <p className="text-sm text-muted">{t("metByEmpty")}</p>
          )}
        </fieldset>
      ) : null}
      <SubmitButton>{editing ? t("save") : t("submit")}</SubmitButton>
      {partnershipRefused ? (
        <p role="status" aria-live="polite" className="min-h-6 text-sm font-medium text-danger">
          {t("metByInvalid")}
        </p>
      ) : (
        <FormMessage result={result} />
      )}
    </form>
  );
}
