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
 * page's refresh that brings the new results; the choices are not shown again.
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
  // One vote per person, not changeable (lib/poll/mutations.ts): once it counted, the empty
  // choices go and the results below are what is left to see.
  if (done) return <AfterVote text={t("voted")} resultsText={t("seeResults")} />;
  if (voted || (result?.data && !result.data.ok && result.data.reason === "ALREADY_VOTED")) {
    return <AfterVote text={t("alreadyVoted")} resultsText={t("seeResults")} />;
  }
  return (
    <form action={action} className="mt-3 space-y-3">
      <input type="hidden" name="pollId" value={pollId} />
      <IdempotencyKeyField />
      <fieldset>
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
      <SubmitButton>{t("vote")}</SubmitButton>
      <FormMessage result={result} />
    </form>
  );
}

/** What replaces the ballot once the person has voted: that it counted, and where the results are. */
function AfterVote({ text, resultsText }: { text: string; resultsText: string }) {
  return (
    <p role="status" className="mt-2">
      {text} <a href="#results-heading">{resultsText}</a>
    </p>
  );
}
