"use client";
// The official's two buttons under a waiting idea: let it onto the ballot, or not.
import { useTranslations } from "next-intl";
import { useStateAction } from "@/components/forms/action-form";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { decideIdeaAction } from "@/lib/priorities/actions";

export function IdeaDecision({ ideaId, title }: { ideaId: string; title: string }) {
  const t = useTranslations("prioritiesForm");
  const [result, action] = useStateAction(decideIdeaAction);
  return (
    <form action={action} className="mt-2 flex flex-wrap items-center gap-2">
      <input type="hidden" name="ideaId" value={ideaId} />
      {/* The idea's title in each button's name: a screen reader's list of buttons says which idea. */}
      <SubmitButton name="decision" value="approve" aria-label={t("approveIdea", { title })}>
        {t("approve")}
      </SubmitButton>
      <SubmitButton name="decision" value="reject" variant="secondary" aria-label={t("rejectIdea", { title })}>
        {t("reject")}
      </SubmitButton>
      <FormMessage
        result={result}
        successText={t("decided")}
        reasons={{ IDEAS_CLOSED: t("reasons.DECIDE_CLOSED"), ALREADY_DECIDED: t("reasons.ALREADY_DECIDED") }}
      />
    </form>
  );
}
