// A round's results: each idea's points as a bar (plain HTML, with the numbers written out for
// everyone, not only for those who see the bars), and the breakdown by position only for groups
// large enough to show (lib/priorities/privacy.ts). Server component.
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { MIN_GROUP_SIZE } from "@/lib/priorities/privacy";
import type { RoundResults } from "@/lib/priorities/results";

export interface ResultIdea {
  id: string;
  title: string;
  lang: string;
}

export async function PriorityResults({
  results,
  actions,
}: {
  results: RoundResults<ResultIdea>;
  /** What an official may do with an idea (turn it into a need), by idea id. */
  actions?: ReadonlyMap<string, ReactNode>;
}) {
  const [t, tPosition] = await Promise.all([getTranslations("priorities"), getTranslations("prioritiesForm.groups")]);
  if (results.ballots === 0) return <p className="mt-2">{t("noBallots")}</p>;
  const width = (points: number) => `${results.top > 0 ? Math.round((100 * points) / results.top) : 0}%`;
  return (
    <div className="mt-2 space-y-6">
      <p className="text-sm text-muted">{t("ballots", { count: results.ballots })}</p>
      <ol className="space-y-3">
        {results.ideas.map(({ idea, total }, rank) => (
          <li key={idea.id} className="min-w-0">
            <p className="flex flex-wrap items-baseline justify-between gap-x-3">
              <span lang={idea.lang} className="min-w-0 font-medium [overflow-wrap:anywhere]">
                <span className="text-muted">{rank + 1}. </span>
                {idea.title}
              </span>
              <span className="font-semibold whitespace-nowrap">{t("points", { count: total })}</span>
            </p>
            {/* The bar repeats the number beside it: hidden from screen readers, which read the number. */}
            <div aria-hidden="true" className="mt-1 h-3 w-full rounded-full bg-line">
              <div className="h-3 rounded-full bg-brand" style={{ width: width(total) }} />
            </div>
            {actions?.get(idea.id) ? <div className="mt-1 text-sm">{actions.get(idea.id)}</div> : null}
          </li>
        ))}
      </ol>
      <section aria-labelledby="breakdown-heading">
        <h3 id="breakdown-heading" className="text-lg font-semibold">
          {t("breakdown")}
        </h3>
        <p className="text-sm text-muted">{t("breakdownRule", { min: MIN_GROUP_SIZE })}</p>
        {results.positions.length === 0 ? (
          <p className="mt-2">{t("breakdownNone")}</p>
        ) : (
          // Focusable: a keyboard can scroll it sideways on a phone (axe: scrollable-region-focusable).
          <div className="mt-2 overflow-x-auto" tabIndex={0} role="group" aria-labelledby="breakdown-heading">
            <table className="w-full min-w-0 border-collapse text-sm">
              <caption className="sr-only">{t("breakdownCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className="border-b border-line p-2 text-left">
                    {t("idea")}
                  </th>
                  {results.positions.map(({ position, ballots }) => (
                    <th key={position} scope="col" className="border-b border-line p-2 text-right">
                      {tPosition(position)}
                      <span className="block font-normal text-muted">{t("ballots", { count: ballots })}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {results.ideas.map(({ idea, byPosition }) => (
                  <tr key={idea.id}>
                    <th scope="row" lang={idea.lang} className="border-b border-line p-2 text-left font-normal [overflow-wrap:anywhere]">
                      {idea.title}
                    </th>
                    {results.positions.map(({ position }) => (
                      <td key={position} className="border-b border-line p-2 text-right tabular-nums">
                        {byPosition[position] ?? 0}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {results.hiddenBallots > 0 ? (
          <p className="mt-2 text-sm text-muted">{t("hiddenBallots", { count: results.hiddenBallots })}</p>
        ) : null}
      </section>
    </div>
  );
}
