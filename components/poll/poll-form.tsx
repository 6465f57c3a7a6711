"use client";
// The poll form for organisers: the owner is chosen from the person's verified listings, the
// options are typed one per line in each language, the times in the chosen zone (the server
// turns them into UTC). Works as a plain form post without JavaScript. In edit mode, once
// anyone has voted, the ballot (options, audience, anonymity) is shown but cannot change.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useStateAction } from "@/components/forms/action-form";
import { bindFields } from "@/components/forms/bind-fields";
import { Field, SelectField } from "@/components/forms/field";
import { FieldPair } from "@/components/forms/field-pair";
import { FormMessage } from "@/components/forms/form-message";
import { IdempotencyKeyField } from "@/components/forms/idempotency-key-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TimeZoneField } from "@/components/forms/time-zone-field";
import { useDraft } from "@/components/forms/use-draft";
import { createPollAction, updatePollAction } from "@/lib/poll/actions";
import type { LocalizedValues } from "@/lib/forms/localized-fields";

type Option = { value: string; label: string };

export interface PollFormValues extends LocalizedValues<"question" | "description"> {
  owner: string;
  optionsUk: string;
  optionsEn: string;
  allowNominations: boolean;
  audience: "SIGNED_IN" | "MEMBERS";
  isAnonymous: boolean;
  resultsVisibility: "ALWAYS" | "AFTER_CLOSE";
  timeZone: string;
  opensLocal: string;
  closesLocal: string;
}

// A disabled control posts nothing: a fixed value travels in a hidden input instead.
function Checkbox({
  name,
  label,
  hint,
  checked,
  fixed = false,
}: {
  name: string;
  label: string;
  hint: string;
  checked: boolean;
  fixed?: boolean;
}) {
  return (
    <label className="flex items-start gap-2">
      {fixed && checked ? <input type="hidden" name={name} value="on" /> : null}
      <input type="checkbox" name={fixed ? undefined : name} defaultChecked={checked} disabled={fixed} className="mt-1 h-5 w-5 shrink-0" />
      <span>
        <span className="font-medium">{label}</span>
        <span className="block text-sm text-muted">{hint}</span>
      </span>
    </label>
  );
}

function Radios({
  legend,
  name,
  options,
  checked,
  fixed = false,
}: {
  legend: string;
  name: string;
  options: Option[];
  checked: string;
  fixed?: boolean;
}) {
  return (
    // A control inside a disabled fieldset is not sent, hidden ones too: the fixed value travels
    // beside the fieldset, not in it.
    <>
      {fixed ? <input type="hidden" name={name} value={checked} /> : null}
      <fieldset disabled={fixed}>
        <legend className="font-medium">{legend}</legend>
        <div className="mt-1 space-y-1">
          {options.map((option) => (
            <label key={option.value} className="flex min-h-9 items-center gap-2">
              <input
                type="radio"
                name={name}
                value={option.value}
                defaultChecked={checked === option.value}
                className="h-5 w-5 accent-brand"
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-lg border border-line p-4">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
}

export function PollForm({
  locale,
  owners = [],
  values,
  edit,
}: {
  locale: string;
  owners?: Option[];
  values: PollFormValues;
  /** Editing an existing poll; `votesCast` fixes its ballot. */
  edit?: { pollId: string; slug: string; votesCast: boolean };
}) {
  const t = useTranslations("pollForm");
  const [result, action] = useStateAction(edit ? updatePollAction : createPollAction);
  const fixed = edit?.votesCast ?? false;
  const [draft, remember] = useDraft(values, (sent): PollFormValues => ({
    ...sent,
    // A radio group the form did not send (its fieldset disabled) reads as its first choice.
    audience: sent.audience === "MEMBERS" ? "MEMBERS" : "SIGNED_IN",
    resultsVisibility: sent.resultsVisibility === "AFTER_CLOSE" ? "AFTER_CLOSE" : "ALWAYS",
  }));
  const { input, pair } = bindFields(result, draft);
  return (
    <form action={action} onSubmit={remember} className="mt-6 space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {edit ? (
        <>
          <input type="hidden" name="pollId" value={edit.pollId} />
          <input type="hidden" name="slug" value={edit.slug} />
        </>
      ) : (
        <>
          <IdempotencyKeyField />
          {/* React updates no select's defaultValue after mounting: the key remounts it with the draft. */}
          <SelectField key={`owner-${draft.owner}`} label={t("owner")} options={owners} {...input("owner")} />
        </>
      )}
      <FieldPair labels={[t("questionUk"), t("questionEn")]} hint={t("questionHint")} maxLength={300} {...pair("question")} />
      <FieldPair labels={[t("descriptionUk"), t("descriptionEn")]} rows={3} maxLength={4000} {...pair("description")} />

      <Group legend={t("optionsHeading")}>
        <p className="text-sm">{t("optionsNote")}</p>
        {fixed ? <p className="rounded-md border border-note-line bg-note-soft p-2 text-sm">{t("votesCast")}</p> : null}
        <FieldPair labels={[t("optionsUk"), t("optionsEn")]} rows={6} grid hint={t("optionsHint")} readOnly={fixed} {...pair("options")} />
        <Checkbox name="allowNominations" label={t("allowNominations")} hint={t("allowNominationsHint")} checked={draft.allowNominations} />
      </Group>

      <Radios
        legend={t("audience")}
        name="audience"
        checked={draft.audience}
        fixed={fixed}
        options={[
          { value: "SIGNED_IN", label: t("audienceSIGNED_IN") },
          { value: "MEMBERS", label: t("audienceMEMBERS") },
        ]}
      />
      <Checkbox name="isAnonymous" label={t("isAnonymous")} hint={t("isAnonymousHint")} checked={draft.isAnonymous} fixed={fixed} />
      <Radios
        legend={t("resultsVisibility")}
        name="resultsVisibility"
        checked={draft.resultsVisibility}
        options={[
          { value: "ALWAYS", label: t("resultsALWAYS") },
          { value: "AFTER_CLOSE", label: t("resultsAFTER_CLOSE") },
        ]}
      />

      <TimeZoneField label={t("timeZone")} {...input("timeZone")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("opens")} hint={t("timesHint")} type="datetime-local" {...input("opensLocal")} />
        <Field label={t("closes")} type="datetime-local" {...input("closesLocal")} />
      </div>
      <SubmitButton>{edit ? t("save") : t("submit")}</SubmitButton>
      <FormMessage result={result} />
    </form>
  );
}
