"use client";
// The forms of a recovery plan (issue 18): a milestone, money or goods, a step, evidence, a
// question and its answer, an exchange rate. Each posts to its server action, keeps what was
// typed when refused (emptied after a success), and says per field what to correct.
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { fieldError, type ActionResultLike } from "@/components/forms/action-result";
import { useStateAction, type StateAction } from "@/components/forms/action-form";
import { Field, SelectField, TextAreaField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { IdempotencyKeyField } from "@/components/forms/idempotency-key-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { keepValuesOnReset } from "@/components/forms/use-draft";
import {
  addEvidenceAction,
  addMilestoneAction,
  answerQuestionAction,
  askQuestionAction,
  hideQuestionAction,
  moveMilestoneAction,
  recordTransactionAction,
  setExchangeRateAction,
} from "@/lib/recovery/actions";

type Option = { value: string; label: string };

/** A form bound to one action; `body` gets the last result to show field errors. */
function PlanForm({
  action,
  once = false,
  className = "mt-3 space-y-4",
  body,
  encType,
}: {
  action: StateAction;
  once?: boolean;
  className?: string;
  body: (result: ActionResultLike) => ReactNode;
  encType?: "multipart/form-data";
}) {
  const [result, formAction] = useStateAction(action);
  // React empties a form after its action. After a refusal that would lose what was typed, so
  // the values stay; after a success the form is emptied for the next entry (an amount left in
  // place invites recording it twice).
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (result?.data?.ok && form.current) emptyVisibleFields(form.current);
  }, [result]);
  return (
    <form ref={form} action={formAction} className={className} onReset={keepValuesOnReset} noValidate encType={encType}>
      {once ? <IdempotencyKeyField renewAfter={result?.data?.ok ? result : undefined} /> : null}
      {body(result)}
      <FormMessage result={result} />
    </form>
  );
}

/**
 * Puts the fields a person sees back to their first values. Not form.reset(): that would also
 * empty the hidden idempotency key the form has just renewed (./idempotency-key-field.tsx).
 */
function emptyVisibleFields(form: HTMLFormElement): void {
  for (const element of Array.from(form.elements)) {
    // Hidden fields, and a box whose state React holds (data-keep), stay as they are.
    if (element instanceof HTMLElement && element.dataset.keep !== undefined) continue;
    if (element instanceof HTMLInputElement && element.type !== "hidden") {
      if (element.type === "checkbox" || element.type === "radio") element.checked = element.defaultChecked;
      else element.value = element.defaultValue;
    } else if (element instanceof HTMLTextAreaElement) element.value = element.defaultValue;
    else if (element instanceof HTMLSelectElement)
      for (const option of Array.from(element.options)) option.selected = option.defaultSelected;
  }
}

/** A disclosure around a form: plans are read far more than written, so forms stay folded. */
function Folded({ summary, children, testId }: { summary: string; children: ReactNode; testId?: string }) {
  return (
    <details className="mt-3 rounded-md border border-line bg-canvas p-3" data-testid={testId}>
      <summary className="cursor-pointer font-semibold text-brand">{summary}</summary>
      {children}
    </details>
  );
}

export function MilestoneForm({ partnershipId, needs }: { partnershipId: string; needs: Option[] }) {
  const t = useTranslations("recoveryForm");
  return (
    <Folded summary={t("addMilestone")} testId="add-milestone">
      <PlanForm
        action={addMilestoneAction}
        once
        body={(result) => (
          <>
            <input type="hidden" name="partnershipId" value={partnershipId} />
            <Field label={t("milestoneTitleUk")} name="titleUk" lang="uk" error={fieldError(result, "titleUk")} />
            <Field label={t("milestoneTitleEn")} name="titleEn" lang="en" error={fieldError(result, "titleEn")} />
            <Field label={t("plannedDate")} name="plannedDate" type="date" error={fieldError(result, "plannedDate")} />
            {needs.length > 0 ? (
              <fieldset>
                <legend className="font-medium">{t("needsField")}</legend>
                {needs.map((need) => (
                  <label key={need.value} className="mt-1 flex min-h-9 items-center gap-2">
                    <input type="checkbox" name="needIds" value={need.value} className="h-5 w-5" />
                    <span>{need.label}</span>
                  </label>
                ))}
              </fieldset>
            ) : null}
            <Field
              label={t("registryField")}
              hint={t("registryHint")}
              name="registryProjectId"
              error={fieldError(result, "registryProjectId")}
            />
            <Field label={t("tenderField")} hint={t("tenderHint")} name="tenderId" error={fieldError(result, "tenderId")} />
            <SubmitButton>{t("saveMilestone")}</SubmitButton>
          </>
        )}
      />
    </Folded>
  );
}

export function TransactionForm({
  partnershipId,
  milestoneId,
  sides,
  flows,
  currencies,
  today,
}: {
  partnershipId: string;
  milestoneId?: string;
  sides: Option[];
  flows: Option[];
  currencies: string[];
  today: string;
}) {
  const t = useTranslations("recoveryForm");
  const [inKind, setInKind] = useState(false);
  return (
    <Folded summary={t("recordMoney")} testId="record-money">
      <PlanForm
        action={recordTransactionAction}
        once
        body={(result) => (
          <>
            <input type="hidden" name="partnershipId" value={partnershipId} />
            {milestoneId ? <input type="hidden" name="milestoneId" value={milestoneId} /> : null}
            <SelectField label={t("flowField")} name="flow" options={flows} placeholder="—" error={fieldError(result, "flow")} />
            <SelectField
              label={t("providerField")}
              name="providerSide"
              options={sides}
              placeholder="—"
              error={fieldError(result, "providerSide")}
            />
            <label className="flex min-h-9 items-center gap-2">
              <input
                type="checkbox"
                name="inKind"
                className="h-5 w-5"
                checked={inKind}
                data-keep
                onChange={(e) => setInKind(e.target.checked)}
              />
              <span>{t("inKindField")}</span>
            </label>
            {inKind ? (
              <div className="grid gap-4 sm:grid-cols-[8rem_1fr]">
                <Field
                  label={t("quantityField")}
                  name="quantity"
                  inputMode="numeric"
                  defaultValue="1"
                  error={fieldError(result, "quantity")}
                />
                <Field label={t("itemField")} name="item" error={fieldError(result, "item")} />
              </div>
            ) : null}
            <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
              <Field
                label={t("amountField")}
                hint={t("amountHint")}
                name="amount"
                inputMode="decimal"
                error={fieldError(result, "amount")}
              />
              <SelectField
                label={t("currencyField")}
                name="currency"
                defaultValue="EUR"
                options={currencies.map((c) => ({ value: c, label: c }))}
                error={fieldError(result, "currency")}
              />
            </div>
            <Field label={t("dateField")} name="date" type="date" defaultValue={today} error={fieldError(result, "date")} />
            <Field label={t("noteField")} name="note" error={fieldError(result, "note")} />
            <SubmitButton>{t("saveTransaction")}</SubmitButton>
          </>
        )}
      />
    </Folded>
  );
}

/** One step of a milestone's life as a button (a cancel asks why). */
export function StepForm({ milestoneId, step }: { milestoneId: string; step: "start" | "deliver" | "confirm" | "cancel" }) {
  const t = useTranslations("recoveryForm");
  const form = (
    <PlanForm
      action={moveMilestoneAction}
      className={step === "cancel" ? "mt-3 space-y-3" : "inline-flex flex-col"}
      body={(result) => (
        <>
          <input type="hidden" name="milestoneId" value={milestoneId} />
          <input type="hidden" name="step" value={step} />
          {step === "cancel" ? <Field label={t("cancelReason")} name="reason" error={fieldError(result, "reason")} /> : null}
          <SubmitButton variant={step === "cancel" ? "danger" : step === "confirm" ? "primary" : "secondary"}>
            {t(`steps.${step}`)}
          </SubmitButton>
        </>
      )}
    />
  );
  return step === "cancel" ? <Folded summary={t("steps.cancel")}>{form}</Folded> : form;
}

const MAX_BYTES = 10 * 1024 * 1024;

export function EvidenceForm({ milestoneId }: { milestoneId: string }) {
  const t = useTranslations("recoveryForm");
  const [tooLarge, setTooLarge] = useState(false);
  return (
    <Folded summary={t("addEvidence")} testId="add-evidence">
      <PlanForm
        action={addEvidenceAction}
        once
        encType="multipart/form-data"
        body={(result) => (
          <>
            <input type="hidden" name="milestoneId" value={milestoneId} />
            <Field
              label={t("fileField")}
              hint={t("fileHint")}
              name="file"
              type="file"
              accept="image/jpeg,image/png,image/webp,application/pdf"
              // Said before sending: a file over the limit never leaves the browser.
              onChange={(e) => setTooLarge((e.target.files?.[0]?.size ?? 0) > MAX_BYTES)}
              error={tooLarge ? "fileTooLarge" : fieldError(result, "file")}
            />
            <Field label={t("captionField")} name="caption" error={fieldError(result, "caption")} />
            <SubmitButton disabled={tooLarge}>{t("upload")}</SubmitButton>
          </>
        )}
      />
    </Folded>
  );
}

export function QuestionForm({ milestoneId }: { milestoneId: string }) {
  const t = useTranslations("recoveryForm");
  return (
    <Folded summary={t("askLabel")} testId="ask-question">
      <PlanForm
        action={askQuestionAction}
        once
        body={(result) => (
          <>
            <input type="hidden" name="milestoneId" value={milestoneId} />
            <TextAreaField label={t("askLabel")} hint={t("askHint")} name="body" error={fieldError(result, "body")} />
            <SubmitButton>{t("ask")}</SubmitButton>
          </>
        )}
      />
    </Folded>
  );
}

export function AnswerForm({ questionId }: { questionId: string }) {
  const t = useTranslations("recoveryForm");
  return (
    <PlanForm
      action={answerQuestionAction}
      className="mt-2 space-y-2"
      body={(result) => (
        <>
          <input type="hidden" name="questionId" value={questionId} />
          <TextAreaField label={t("answerLabel")} name="answer" error={fieldError(result, "answer")} />
          <SubmitButton variant="secondary">{t("sendAnswer")}</SubmitButton>
        </>
      )}
    />
  );
}

export function HideQuestionForm({ questionId }: { questionId: string }) {
  const t = useTranslations("recoveryForm");
  return (
    <PlanForm
      action={hideQuestionAction}
      className="mt-2 inline-flex flex-col"
      body={() => (
        <>
          <input type="hidden" name="questionId" value={questionId} />
          <SubmitButton variant="secondary">{t("hideQuestion")}</SubmitButton>
        </>
      )}
    />
  );
}

export function ExchangeRateForm({ currencies, today }: { currencies: string[]; today: string }) {
  const t = useTranslations("recoveryForm.rates");
  return (
    <PlanForm
      action={setExchangeRateAction}
      className="mt-4 grid items-end gap-4 sm:grid-cols-[8rem_12rem_12rem_auto]"
      body={(result) => (
        <>
          <SelectField
            label={t("currency")}
            name="currency"
            options={currencies.filter((c) => c !== "EUR").map((c) => ({ value: c, label: c }))}
          />
          <Field label={t("validFrom")} name="validFrom" type="date" defaultValue={today} error={fieldError(result, "validFrom")} />
          <Field label={t("eurPerUnit")} name="eurPerUnit" inputMode="decimal" error={fieldError(result, "eurPerUnit")} />
          <SubmitButton>{t("save")}</SubmitButton>
        </>
      )}
    />
  );
}
