"use client";
// One statement and three answers. Each button posts the same form with its own value, so it works
// without JavaScript; with it, the page refreshes to the next statement. The card is keyed by the
// statement, so a new one mounts: focus moves to its text, where a keyboard or screen-reader user
// expects to go on (the button they pressed is gone).
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useStateAction } from "@/components/forms/action-form";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { answerAction } from "@/lib/dialogue/actions";

/** Whether a card has been shown in this page's life: the first one does not take focus. */
let shownBefore = false;

export function AnswerCard({ dialogueId, statement }: { dialogueId: string; statement: { id: string; text: string; locale: string } }) {
  const t = useTranslations("dialogueForms");
  const [result, action] = useStateAction(answerAction);
  const text = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (shownBefore) text.current?.focus();
    shownBefore = true;
  }, []);
  return (
    <form action={action} className="rounded-lg border-2 border-brand bg-surface p-4 shadow-sm">
      <input type="hidden" name="dialogueId" value={dialogueId} />
      <input type="hidden" name="statementId" value={statement.id} />
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{t("statementLabel")}</p>
      <p ref={text} tabIndex={-1} lang={statement.locale} className="mt-2 text-xl font-medium outline-none" data-testid="statement-text">
        {statement.text}
      </p>
      <div className="mt-4 grid grid-cols-1 gap-2 sm:grid-cols-3">
        <SubmitButton name="answer" value="agree">
          {t("agree")}
        </SubmitButton>
        <SubmitButton name="answer" value="disagree" variant="secondary">
          {t("disagree")}
        </SubmitButton>
        <SubmitButton name="answer" value="pass" variant="secondary">
          {t("pass")}
        </SubmitButton>
      </div>
      <FormMessage result={result} />
    </form>
  );
}
