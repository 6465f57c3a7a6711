"use client";
// A participant's (or a facilitator's) own statement. The form stays for another one, with a
// fresh idempotency key after each success; the message says it waits for a facilitator.
import { useTranslations } from "next-intl";
import { useStateAction } from "@/components/forms/action-form";
import { bindFields } from "@/components/forms/bind-fields";
import { TextAreaField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { IdempotencyKeyField } from "@/components/forms/idempotency-key-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useDraft } from "@/components/forms/use-draft";
import { addStatementAction } from "@/lib/dialogue/actions";
import { STATEMENT_MAX } from "@/lib/dialogue/schema";

export function StatementForm({ dialogueId, locale, title, help }: { dialogueId: string; locale: string; title: string; help: string }) {
  const t = useTranslations("dialogueForms");
  const tf = useTranslations("forms.done");
  const [result, action] = useStateAction(addStatementAction);
  const [draft, remember] = useDraft({ text: "" });
  const ok = result?.data?.ok === true;
  const { input } = bindFields(result, { text: ok ? "" : draft.text });
  const published = (result?.data as { published?: boolean } | undefined)?.published;
  return (
    <form action={action} onSubmit={remember} className="space-y-3">
      <h2 className="text-xl font-semibold">{title}</h2>
      <p className="text-sm text-muted">{help}</p>
      <input type="hidden" name="dialogueId" value={dialogueId} />
      <input type="hidden" name="locale" value={locale} />
      <IdempotencyKeyField renewAfter={result?.data?.ok ? result : undefined} />
      {/* Each answer remounts the field: empty after a success, as sent after a refusal. */}
      <TextAreaField key={JSON.stringify(result ?? null)} label={t("addLabel")} rows={3} maxLength={STATEMENT_MAX} {...input("text")} />
      <SubmitButton variant="secondary">{t("addSubmit")}</SubmitButton>
      <FormMessage result={result} successText={published ? tf("statementPublished") : tf("statementSent")} />
    </form>
  );
}
