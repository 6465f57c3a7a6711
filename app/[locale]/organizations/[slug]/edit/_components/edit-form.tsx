"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { bindFields } from "@/components/forms/bind-fields";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { CodePicker } from "@/components/forms/code-picker";
import { Field, SelectField } from "@/components/forms/field";
import { FieldPair } from "@/components/forms/field-pair";
import { FormMessage } from "@/components/forms/form-message";
import { FormSection } from "@/components/forms/form-section";
import { SubmitButton } from "@/components/forms/submit-button";
import { keepValuesOnReset } from "@/components/forms/use-draft";
import type { PickerOption } from "@/lib/i18n/option-search";
import { editOrganizationAction } from "@/lib/organization/actions";
import type { LocalizedValues } from "@/lib/forms/localized-fields";

type Option = { value: string; label: string };

interface Values extends LocalizedValues<"name" | "mission" | "description"> {
  website: string;
  email: string;
  languages: string;
  sectors: string[];
  aidTypes: string[];
  operatingCountries: string[];
  operatingOblasts: string[];
  budgetMin: string;
  budgetMax: string;
  budgetCurrency: string;
  /** null: not a foreign municipality, so the field is not offered. */
  population: string | null;
}

export interface OfferOptions {
  aidTypes: Option[];
  countries: Option[];
  oblasts: Option[];
  currencies: Option[];
}

export function EditOrganizationForm({
  organizationId,
  slug,
  values,
  sectors,
  offer,
  languages,
}: {
  organizationId: string;
  slug: string;
  values: Values;
  sectors: Option[];
  offer: OfferOptions;
  languages: PickerOption[];
}) {
  const t = useTranslations("register");
  const te = useTranslations("edit");
  const tForms = useTranslations("forms");
  const [result, action] = useActionState(editOrganizationAction, {});
  const { error, input, group, pair } = bindFields(result, values);
  return (
    <form action={action} onReset={keepValuesOnReset} className="mt-6 space-y-5" noValidate>
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="slug" value={slug} />
      <FieldPair labels={[t("nameUk"), t("nameEn")]} {...pair("name")} />
      <FieldPair labels={[t("missionUk"), t("missionEn")]} rows={3} {...pair("mission")} />
      <FieldPair labels={[te("descriptionUk"), te("descriptionEn")]} rows={6} {...pair("description")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("website")} type="url" {...input("website")} />
        <Field label={t("email")} type="email" {...input("email")} />
      </div>
      <CheckboxGroup legend={t("sectors")} name="sectors" options={sectors} selected={values.sectors} />
      <CodePicker label={t("languages")} options={languages} multiple codesHint="uk, en, de" {...input("languages")} />

      <FormSection id="offer-heading" title={te("offerHeading")} lead={te("offerLead")}>
        {/* Says this form carries the offer: unticked boxes send nothing (lib/organization/schema.ts). */}
        <input type="hidden" name="offer" value="1" />
        <CheckboxGroup legend={te("aidTypes")} options={offer.aidTypes} {...group("aidTypes")} />
        <CheckboxGroup legend={te("operatingCountries")} options={offer.countries} {...group("operatingCountries")} />
        <CheckboxGroup legend={te("operatingOblasts")} options={offer.oblasts} {...group("operatingOblasts")} />
        <fieldset>
          <legend className="font-medium">{te("budget")}</legend>
          <p className="text-sm text-muted">
            {te("budgetHint")} {tForms("hints.money")}
          </p>
          <div className="mt-2 grid gap-4 sm:grid-cols-3">
            <Field label={te("budgetMin")} inputMode="decimal" autoComplete="off" {...input("budgetMin")} />
            <Field label={te("budgetMax")} inputMode="decimal" autoComplete="off" {...input("budgetMax")} />
            <SelectField label={te("budgetCurrency")} options={offer.currencies} {...input("budgetCurrency")} />
          </div>
        </fieldset>
        {values.population !== null ? (
          <Field
            label={te("population")}
            hint={`${te("populationHint")} ${tForms("hints.wholeNumber")}`}
            name="population"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={values.population}
            error={error("population")}
          />
        ) : null}
      </FormSection>

      <SubmitButton>{te("submit")}</SubmitButton>
      <FormMessage result={result} />
    </form>
  );
}
