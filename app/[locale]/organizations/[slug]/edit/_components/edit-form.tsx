"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { fieldError } from "@/components/forms/action-result";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { Field, SelectField, useErrorText } from "@/components/forms/field";
import { FieldPair } from "@/components/forms/field-pair";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { editOrganizationAction } from "@/lib/organization/actions";

type Option = { value: string; label: string };

interface Values {
  nameUk: string;
  nameEn: string;
  missionUk: string;
  missionEn: string;
  descriptionUk: string;
  descriptionEn: string;
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
}: {
  organizationId: string;
  slug: string;
  values: Values;
  sectors: Option[];
  offer: OfferOptions;
}) {
  const t = useTranslations("register");
  const te = useTranslations("edit");
  const errorText = useErrorText();
  const [result, action] = useActionState(editOrganizationAction, {});
  const e = (field: string) => fieldError(result, field);
  // Field translates its own error keys; a checkbox group shows the text it is given.
  const groupError = (field: string) => errorText(e(field));
  return (
    <form action={action} className="mt-6 space-y-5" noValidate>
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="slug" value={slug} />
      <FieldPair name="name" labels={[t("nameUk"), t("nameEn")]} values={[values.nameUk, values.nameEn]} error={e} />
      <FieldPair
        name="mission"
        labels={[t("missionUk"), t("missionEn")]}
        values={[values.missionUk, values.missionEn]}
        error={e}
        rows={3}
      />
      <FieldPair
        name="description"
        labels={[te("descriptionUk"), te("descriptionEn")]}
        values={[values.descriptionUk, values.descriptionEn]}
        error={e}
        rows={6}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("website")} name="website" type="url" defaultValue={values.website} error={e("website")} />
        <Field label={t("email")} name="email" type="email" defaultValue={values.email} error={e("email")} />
      </div>
      <CheckboxGroup legend={t("sectors")} name="sectors" options={sectors} selected={values.sectors} />
      <Field label={t("languages")} name="languages" defaultValue={values.languages} error={e("languages")} />

      <section aria-labelledby="offer-heading" className="space-y-5 border-t border-line pt-5">
        <div>
          <h2 id="offer-heading" className="text-xl font-bold">
            {te("offerHeading")}
          </h2>
          <p className="mt-1 text-muted">{te("offerLead")}</p>
        </div>
        {/* Says this form carries the offer: unticked boxes send nothing (lib/organization/schema.ts). */}
        <input type="hidden" name="offer" value="1" />
        <CheckboxGroup
          legend={te("aidTypes")}
          name="aidTypes"
          options={offer.aidTypes}
          selected={values.aidTypes}
          error={groupError("aidTypes")}
        />
        <CheckboxGroup
          legend={te("operatingCountries")}
          name="operatingCountries"
          options={offer.countries}
          selected={values.operatingCountries}
          error={groupError("operatingCountries")}
        />
        <CheckboxGroup
          legend={te("operatingOblasts")}
          name="operatingOblasts"
          options={offer.oblasts}
          selected={values.operatingOblasts}
          error={groupError("operatingOblasts")}
        />
        <fieldset>
          <legend className="font-medium">{te("budget")}</legend>
          <p className="text-sm text-muted">{te("budgetHint")}</p>
          <div className="mt-2 grid gap-4 sm:grid-cols-3">
            <Field
              label={te("budgetMin")}
              name="budgetMin"
              inputMode="decimal"
              autoComplete="off"
              defaultValue={values.budgetMin}
              error={e("budgetMin")}
            />
            <Field
              label={te("budgetMax")}
              name="budgetMax"
              inputMode="decimal"
              autoComplete="off"
              defaultValue={values.budgetMax}
              error={e("budgetMax")}
            />
            <SelectField
              label={te("budgetCurrency")}
              name="budgetCurrency"
              defaultValue={values.budgetCurrency}
              options={offer.currencies}
              error={e("budgetCurrency")}
            />
          </div>
        </fieldset>
        {values.population !== null ? (
          <Field
            label={te("population")}
            hint={te("populationHint")}
            name="population"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={values.population}
            error={e("population")}
          />
        ) : null}
      </section>

      <SubmitButton>{te("submit")}</SubmitButton>
      <FormMessage result={result} />
    </form>
  );
}
