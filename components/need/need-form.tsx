"use client";
// The need form: a new need (create) or an existing one (edit), where the official also moves
// it along (open → in progress → met) and may name the partnership that met it.
import { useTranslations } from "next-intl";
import { refusalReason } from "@/components/forms/action-result";
import { useStateAction } from "@/components/forms/action-form";
import { bindFields } from "@/components/forms/bind-fields";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { Field, SelectField } from "@/components/forms/field";
import { FieldPair } from "@/components/forms/field-pair";
import { FormMessage } from "@/components/forms/form-message";
import { IdempotencyKeyField } from "@/components/forms/idempotency-key-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useDraft } from "@/components/forms/use-draft";
import { createNeedAction, updateNeedAction } from "@/lib/need/actions";
import { localizedValues, type LocalizedValues } from "@/lib/forms/localized-fields";

type Option = { value: string; label: string };

export interface NeedFormValues extends LocalizedValues<"title" | "description"> {
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
  ...localizedValues("title", null),
  ...localizedValues("description", null),
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
  priorityIdeaId,
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
  /** A new need made from a residents' priority (lib/priorities): the idea it comes from. */
  priorityIdeaId?: string;
}) {
  const t = useTranslations("need");
  const tForms = useTranslations("forms");
  const [result, action] = useStateAction(editing ? updateNeedAction : createNeedAction);
  // What was sent becomes the form's values, so a refusal keeps every field as typed or chosen.
  const [draft, remember] = useDraft(values);
  const { error, input, group, pair } = bindFields(result, draft);
  const partnershipRefused = refusalReason(result) === "PARTNERSHIP_NOT_ELIGIBLE";
  return (
    <form action={action} onSubmit={remember} className="mt-6 space-y-5" noValidate>
      <input type="hidden" name="communityId" value={communityId} />
      <input type="hidden" name="communitySlug" value={communitySlug} />
      <input type="hidden" name="locale" value={locale} />
      {editing ? <input type="hidden" name="needId" value={editing.needId} /> : <IdempotencyKeyField />}
      {priorityIdeaId && !editing ? <input type="hidden" name="priorityIdeaId" value={priorityIdeaId} /> : null}
      <FieldPair labels={[t("titleUk"), t("titleEn")]} {...pair("title")} />
      <FieldPair labels={[t("descriptionUk"), t("descriptionEn")]} rows={3} {...pair("description")} />
      {/* Required, so asked: the list starts at "Choose…", never at the first sector. */}
      <SelectField label={t("sector")} options={sectors} placeholder={tForms("choose")} {...input("sector")} />
      <CheckboxGroup legend={t("aidTypes")} options={aidTypes} {...group("aidTypes")} />
      {/* Text, not type="number": people write "~60 000" or "60,000 €" (lib/money/typed-amount.ts). */}
      <Field label={t("cost")} hint={tForms("hints.money")} inputMode="decimal" autoComplete="off" {...input("cost")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("currency")} options={currencies} {...input("currency")} />
        {/* Optional with a stated default (medium, shown): lib/need/schema.ts. */}
        <SelectField label={t("urgency")} options={urgencies} {...input("urgency")} />
      </div>
      <Field label={t("deadline")} type="date" {...input("deadline")} />
      {editing ? (
        <fieldset className="space-y-4 rounded-lg border border-line p-4">
          <SelectField label={t("needStatus")} options={editing.statuses} {...input("needStatus")} />
          {editing.partnerships.length > 0 ? (
            <div>
              <SelectField
                label={t("metBy")}
                options={[{ value: "", label: t("metByNone") }, ...editing.partnerships]}
                {...input("metByPartnershipId")}
                error={error("metByPartnershipId") ?? (partnershipRefused ? "invalid" : undefined)}
              />
              <p className="mt-1 text-sm text-muted">{t("metByHint")}</p>
            </div>
          ) : (
            <p className="text-sm text-muted">{t("metByEmpty")}</p>
          )}
        </fieldset>
      ) : null}
      <SubmitButton>{editing ? t("save") : t("submit")}</SubmitButton>
      <FormMessage
        result={result}
        reasons={{
          PARTNERSHIP_NOT_ELIGIBLE: t("metByInvalid"),
          IDEA_ALREADY_NEED: t("ideaAlreadyNeed"),
          IDEA_NOT_READY: t("ideaNotReady"),
        }}
      />
    </form>
  );
}
