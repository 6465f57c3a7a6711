"use client";
// The ballot of a priorities round: a number box per approved idea, a running count of the
// points left, and the person's position, asked once. Works as a plain form post without
// JavaScript (the server checks the sum); with it, the count follows the typing and the button
// waits while the points are over the budget.
// Once it counted, the boxes go: a ballot is cast once and cannot change.
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useStateAction } from "@/components/forms/action-form";
import { fieldError, refusalReason } from "@/components/forms/action-result";
import { FormMessage } from "@/components/forms/form-message";
import { IdempotencyKeyField } from "@/components/forms/idempotency-key-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { keepValuesOnReset } from "@/components/forms/use-draft";
import { rankPrioritiesAction } from "@/lib/priorities/actions";

export interface BallotIdea {
  id: string;
  title: string;
  lang: string;
}

type Option = { value: string; label: string };

/** What a box holds as points: empty is 0; anything but digits is not a number of points. */
const read = (text: string) => (/^\s*\d{1,6}\s*$/.test(text) ? Number(text) : text.trim() === "" ? 0 : NaN);

export function RankingForm({
  roundId,
  budget,
  ideas,
  positions,
  voted,
}: {
  roundId: string;
  budget: number;
  ideas: BallotIdea[];
  positions: Option[];
  voted: boolean;
}) {
  const t = useTranslations("prioritiesForm");
  const id = useId();
  const [result, action] = useStateAction(rankPrioritiesAction);
  const [typed, setTyped] = useState<Record<string, string>>({});
  if (result?.data?.ok)
    return (
      <p role="status" className="mt-3 font-semibold text-success">
        {t("ranked")}
      </p>
    );
  if (voted || refusalReason(result) === "ALREADY_RANKED")
    return (
      <p role="status" className="mt-3 font-semibold">
        {t("alreadyRanked")}
      </p>
    );

  const values = ideas.map((idea) => read(typed[idea.id] ?? ""));
  const malformed = values.some((value) => Number.isNaN(value));
  const used = values.reduce((sum, value) => sum + (Number.isNaN(value) ? 0 : value), 0);
  const left = budget - used;
  const pointsError = fieldError(result, "points");
  const positionError = fieldError(result, "position");
  return (
    <form action={action} onReset={keepValuesOnReset} className="mt-3 space-y-4" noValidate>
      <input type="hidden" name="roundId" value={roundId} />
      <IdempotencyKeyField />
      <fieldset aria-describedby={`${id}-left`}>
        <legend className="font-semibold">{t("spreadPoints", { points: budget })}</legend>
        <p className="text-sm text-muted">{t("spreadHint")}</p>
        <ul className="mt-2 space-y-2">
          {ideas.map((idea) => (
            <li key={idea.id} className="flex items-center gap-3 rounded-md border border-line bg-surface p-2">
              <input type="hidden" name="ideaId" value={idea.id} />
              <label htmlFor={`${id}-${idea.id}`} lang={idea.lang} className="min-w-0 flex-1 [overflow-wrap:anywhere]">
                {idea.title}
              </label>
              <input
                id={`${id}-${idea.id}`}
                name="points"
                type="number"
                inputMode="numeric"
                min={0}
                max={budget}
                step={1}
                value={typed[idea.id] ?? ""}
                placeholder="0"
                onChange={(event) => setTyped((current) => ({ ...current, [idea.id]: event.target.value }))}
                className="w-20 shrink-0 rounded-md border border-line bg-surface px-2 py-2 text-right text-base"
              />
            </li>
          ))}
        </ul>
        <p id={`${id}-left`} aria-live="polite" className={`mt-2 font-medium ${left < 0 || malformed ? "text-danger" : ""}`}>
          {malformed ? t("wholePoints") : left < 0 ? t("overBudget", { over: -left }) : t("pointsLeft", { left, points: budget })}
        </p>
        {pointsError ? <p className="text-sm text-danger">{pointsError === "noPoints" ? t("errors.noPoints") : t("wholePoints")}</p> : null}
      </fieldset>
      <fieldset aria-describedby={`${id}-position-hint`}>
        <legend className="font-semibold">{t("position")}</legend>
        <p id={`${id}-position-hint`} className="text-sm text-muted">
          {t("positionHint")}
        </p>
        <div className="mt-1 space-y-1">
          {positions.map((option) => (
            <label key={option.value} className="flex min-h-11 items-center gap-3">
              <input type="radio" name="position" value={option.value} required className="size-5 shrink-0 accent-brand" />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
        {positionError ? <p className="text-sm text-danger">{t("errors.position")}</p> : null}
      </fieldset>
      <SubmitButton disabled={left < 0 || malformed}>{t("rank")}</SubmitButton>
      <FormMessage
        result={result}
        reasons={{
          NOT_OPEN: t("reasons.RANKING_NOT_OPEN"),
          CLOSED: t("reasons.CLOSED"),
          NOT_ELIGIBLE: t("reasons.NOT_ELIGIBLE"),
          NO_POINTS: t("errors.noPoints"),
          TOO_MANY_POINTS: t("overBudget", { over: Math.max(0, -left) }),
          INVALID_IDEA: t("reasons.INVALID_IDEA"),
        }}
      />
    </form>
  );
}
