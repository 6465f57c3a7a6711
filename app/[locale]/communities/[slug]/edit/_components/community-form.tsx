"use client";
// The community profile form for its officials: texts in both languages, cooperation, contacts
// and partner preferences. A plain form bound to a server action: it works without JavaScript.
import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { fieldError } from "@/components/forms/action-result";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { Field, useErrorText } from "@/components/forms/field";
import { FieldPair } from "@/components/forms/field-pair";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { updateCommunityAction } from "@/lib/community/actions";

type Option = { value: string; label: string };

export interface CommunityFormValues {
  descriptionUk: string;
  descriptionEn: string;
  challengesUk: string;
  challengesEn: string;
  assetIndustryUk: string;
  assetIndustryEn: string;
  assetHeritageUk: string;
  assetHeritageEn: string;
  assetInfrastructureUk: string;
  assetInfrastructureEn: string;
  offerUk: string;
  offerEn: string;
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

function Section({ id, title, lead, children }: { id: string; title: string; lead?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-5 border-t border-line pt-5">
      <div>
        <h2 id={id} className="text-xl font-bold">
          {title}
        </h2>
        {lead ? <p className="mt-1 text-muted">{lead}</p> : null}
      </div>
      {children}
    </section>
  );
}

export function CommunityForm({
  communityId,
  slug,
  values,
  goals,
  kinds,
}: {
  communityId: string;
  slug: string;
  values: CommunityFormValues;
  goals: Option[];
  kinds: Option[];
}) {
  const t = useTranslations("communityForm");
  const errorText = useErrorText();
  const [result, action] = useActionState(updateCommunityAction, {});
  const e = (field: string) => fieldError(result, field);
  // A checkbox group shows its message as given: translate the key here.
  const groupError = (field: string) => errorText(e(field));
  /** One text in both languages: a textarea each, the Ukrainian first. */
  const pair = (
    field: "description" | "challenges" | "assetIndustry" | "assetHeritage" | "assetInfrastructure" | "offer",
    rows: number,
  ) => (
    <FieldPair
      name={field}
      labels={[t(`${field}Uk`), t(`${field}En`)]}
      values={[values[`${field}Uk`], values[`${field}En`]]}
      error={e}
      rows={rows}
    />
  );
  return (
    <form action={action} className="mt-8 space-y-8" noValidate>
      <input type="hidden" name="communityId" value={communityId} />
      <input type="hidden" name="slug" value={slug} />

      <Section id="about-heading" title={t("aboutHeading")}>
        {pair("description", 6)}
        {pair("challenges", 4)}
      </Section>

      <Section id="assets-heading" title={t("assetsHeading")}>
        {pair("assetIndustry", 3)}
        {pair("assetHeritage", 3)}
        {pair("assetInfrastructure", 3)}
      </Section>

      <Section id="cooperation-heading" title={t("cooperationHeading")}>
        {pair("offer", 4)}
        <CheckboxGroup
          legend={t("cooperationGoals")}
          name="cooperationGoals"
          options={goals}
          selected={values.cooperationGoals}
          error={groupError("cooperationGoals")}
        />
        <Field
          label={t("languages")}
          hint={t("languagesHint")}
          name="languages"
          autoComplete="off"
          defaultValue={values.languages}
          error={e("languages")}
        />
      </Section>

      <Section id="contacts-heading" title={t("contactsHeading")} lead={t("contactsHint")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("email")} name="email" type="email" autoComplete="email" defaultValue={values.email} error={e("email")} />
          <Field
            label={t("phone")}
            hint={t("phoneHint")}
            name="phone"
            type="tel"
            autoComplete="tel"
            defaultValue={values.phone}
            error={e("phone")}
          />
        </div>
        <Field label={t("website")} name="website" type="url" placeholder="https://" defaultValue={values.website} error={e("website")} />
      </Section>

      <Section id="preferences-heading" title={t("preferencesHeading")} lead={t("preferencesLead")}>
        <Field
          label={t("preferredCountries")}
          hint={t("preferredCountriesHint")}
          name="preferredCountries"
          autoComplete="off"
          defaultValue={values.preferredCountries}
          error={e("preferredCountries")}
        />
        <CheckboxGroup
          legend={t("preferredKinds")}
          name="preferredKinds"
          options={kinds}
          selected={values.preferredKinds}
          error={groupError("preferredKinds")}
        />
        <div>
          <p className="text-sm text-muted">{t("populationHint")}</p>
          <div className="mt-2 grid gap-4 sm:grid-cols-2">
            <Field
              label={t("populationMin")}
              name="preferredPopulationMin"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={values.preferredPopulationMin}
              error={e("preferredPopulationMin")}
            />
            <Field
              label={t("populationMax")}
              name="preferredPopulationMax"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={values.preferredPopulationMax}
              error={e("preferredPopulationMax")}
            />
          </div>
        </div>
      </Section>

      <SubmitButton>{t("submit")}</SubmitButton>
      <FormMessage result={result} />
    </form>
  );
}
