"use client";
// One radio group and a button. Works without JavaScript (a plain form post to the server
// action); the result line says whether the vote counted.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { IdempotencyKeyField } from "@/components/forms/idempotency-key-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { castVoteAction } from "@/lib/poll/actions";

/**
 * Stays mounted after voting (the page passes `voted`), so the thank-you line survives the
 * page's refresh that brings the new results.
 */
export function VoteForm({
  pollId,
  options,
  voted,
}: {
  pollId: string;
  options: { id: string; label: string; lang?: string }[];
  voted: boolean;
}) {
  const t = useTranslations("polls");
  const [result, action] = useActionState(castVoteAction, {});
  const done = result?.data?.ok === true;
  if (voted && !done && !result?.data) return <p className="mt-2">{t("alreadyVoted")}</p>;
  return (
    <form action={action} className="mt-3 space-y-3">
      <input type="hidden" name="pollId" value={pollId} />
      <IdempotencyKeyField />
      <fieldset disabled={done}>
        <legend className="font-semibold">{t("chooseOne")}</legend>
        <ul className="mt-2 space-y-1">
          {options.map((option) => (
            <li key={option.id}>
              <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-line bg-surface px-3 hover:border-brand">
                <input type="radio" name="optionId" value={option.id} required className="size-5 accent-brand" />
                <span lang={option.lang}>{option.label}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {!done && <SubmitButton>{t("vote")}</SubmitButton>}
      <FormMessage result={result} />
    </form>
  );
}
