"use client";
// One decision on one queue item: optional reason, and the buttons the item allows. Each button
// submits its own `decision`; the result (including "another moderator decided this") is
// announced under the form.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { StateAction } from "@/components/forms/action-form";
import { fieldError, type ActionResultLike } from "@/components/forms/action-result";
import { FormMessage } from "@/components/forms/form-message";
import { loose } from "@/components/i18n/loose-translator";

const button = "inline-flex min-h-10 items-center rounded-md px-3 text-sm font-semibold";
const styles = {
  approve: "bg-brand text-white hover:bg-brand-strong",
  reject: "bg-danger text-white",
  archive: "border border-line bg-surface",
  resolve: "bg-brand text-white",
  dismiss: "border border-line bg-surface",
  revoke: "bg-danger text-white",
  block: "bg-danger text-white",
  unblock: "border border-line bg-surface",
} as const;

export function DecisionForm({
  action,
  hidden,
  decisions,
  decisionField = "decision",
  label,
  extra,
  formId,
  reasonRequired = false,
}: {
  action: StateAction;
  hidden: Record<string, string>;
  decisions: (keyof typeof styles)[];
  decisionField?: string;
  label: string;
  extra?: React.ReactNode;
  formId?: string;
  /** Every decision of this form needs a reason (revoking, blocking): the browser asks too. */
  reasonRequired?: boolean;
}) {
  const t = useTranslations("admin");
  const te = loose(useTranslations("forms.errors"));
  const [result, formAction] = useActionState(action, {} as ActionResultLike);
  const reasonError = fieldError(result, "reason");
  const decided = result?.data?.ok;
  return (
    <form id={formId} action={formAction} className="mt-2 space-y-2" aria-label={label}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={`${name}-${value}`} type="hidden" name={name} value={value} />
      ))}
      {decided ? null : (
        <>
          <label className="block text-sm">
            <span className="font-medium">{t(reasonRequired ? "reasonRequired" : "reason")}</span>
            <input
              name="reason"
              required={reasonRequired}
              className="mt-1 block w-full rounded-md border border-line px-2 py-1.5"
              aria-invalid={reasonError ? true : undefined}
            />
          </label>
          {reasonError ? <p className="text-sm text-danger">{te(reasonError)}</p> : null}
          {extra}
          <div className="flex flex-wrap gap-2">
            {decisions.map((decision) => (
              <button key={decision} type="submit" name={decisionField} value={decision} className={`${button} ${styles[decision]}`}>
                {t(decision)}
              </button>
            ))}
          </div>
        </>
      )}
      <FormMessage result={result} />
    </form>
  );
}
