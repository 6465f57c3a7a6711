"use client";
// The community profile form for its officials: texts in both languages, cooperation, contacts
// and partner preferences. A plain form bound to a server action: it works without JavaScript.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { bindFields } from "@/components/forms/bind-fields";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { CodePicker } from "@/components/forms/code-picker";
import { Field } from "@/components/forms/field";
import { FieldPair } from "@/components/forms/field-pair";
import { FormMessage } from "@/components/forms/form-message";
import { FormSection } from "@/components/forms/form-section";
import { SubmitButton } from "@/components/forms/submit-button";
import { keepValuesOnReset } from "@/components/forms/use-draft";
import { updateCommunityAction } from "@/lib/community/actions";
import type { PickerOption } from "@/lib/i18n/option-search";
import type { LocalizedValues } from "@/lib/forms/localized-fields";

type Option = { value: string; label: string };

export interface CommunityFormValues extends LocalizedValues<
  "description" | "challenges" | "assetIndustry" | "assetHeritage" | "assetInfrastructure" | "offer"
> {
  cooperationGoals: string[];
  languages: string;
  email: string;
  phone: string;
  website: string;
  preferredCountries: string;
  preferredKinds: string[];
  preferredPopulationMin: string;
  preferredPopulationMax: string;
}

export function CommunityForm({
  communityId,
  slug,
  values,
  goals,
  kinds,
  countries,
  languages,
}: {
  communityId: string;
  slug: string;
  values: CommunityFormValues;
  goals: Option[];
  kinds: Option[];
  countries: PickerOption[];
  languages: PickerOption[];
}) {
  const t = useTranslations("communityForm");
  const tForms = useTranslations("forms");
  const [result, action] = useActionState(updateCommunityAction, {});
  const { input, group, pair } = bindFields(result, values);
  /** One text in both languages: a textarea each, the Ukrainian first. */
  const texts = (field: Parameters<typeof pair>[0], rows: number) => (
    <FieldPair labels={[t(`${field}Uk`), t(`${field}En`)]} rows={rows} {...pair(field)} />
  );
  return (
    <form action={action} onReset={keepValuesOnReset} className="mt-8 space-y-8" noValidate>
      <input type="hidden" name="communityId" value={communityId} />
      <input type="hidden" name="slug" value={slug} />

      <FormSection id="about-heading" title={t("aboutHeading")}>
        {texts("description", 6)}
        {texts("challenges", 4)}
      </FormSection>

      <FormSection id="assets-heading" title={t("assetsHeading")}>
        {texts("assetIndustry", 3)}
        {texts("assetHeritage", 3)}
        {texts("assetInfrastructure", 3)}
      </FormSection>

      <FormSection id="cooperation-heading" title={t("cooperationHeading")}>
        {texts("offer", 4)}
        <CheckboxGroup legend={t("cooperationGoals")} options={goals} {...group("cooperationGoals")} />
        <CodePicker label={t("languages")} options={languages} multiple codesHint="uk, en, pl" {...input("languages")} />
      </FormSection>

      <FormSection id="contacts-heading" title={t("contactsHeading")} lead={t("contactsHint")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("email")} type="email" autoComplete="email" {...input("email")} />
          <Field label={t("phone")} hint={t("phoneHint")} type="tel" autoComplete="tel" {...input("phone")} />
        </div>
        <Field label={t("website")} type="url" placeholder="https://" {...input("website")} />
      </FormSection>

      <FormSection id="preferences-heading" title={t("preferencesHeading")} lead={t("preferencesLead")}>
        <CodePicker label={t("preferredCountries")} options={countries} multiple codesHint="DE, PL, AT" {...input("preferredCountries")} />
        <CheckboxGroup legend={t("preferredKinds")} options={kinds} {...group("preferredKinds")} />
        <div>
          <p className="text-sm text-muted">
            {t("populationHint")} {tForms("hints.wholeNumber")}
          </p>
          <div className="mt-2 grid gap-4 sm:grid-cols-2">
            <Field label={t("populationMin")} inputMode="numeric" autoComplete="off" {...input("preferredPopulationMin")} />
            <Field label={t("populationMax")} inputMode="numeric" autoComplete="off" {...input("preferredPopulationMax")} />
          </div>
        </div>
      </FormSection>

      <SubmitButton>{t("submit")}</SubmitButton>
      <FormMessage result={result} />
    </form>
  );
}
