// What a dialogue's answers show: opinion groups, the statements that unite and divide them, and
// agreement by where people stand. Used live on an open dialogue's page and, from the analysis
// kept at publication, in the report. Everything shown is counts of groups of five or more
// (lib/dialogue/analysis.ts); no person's answers appear.
import { useTranslations } from "next-intl";
import type { DialogueAnalysis, StatementTally } from "@/lib/dialogue/analysis";
import type { StatementTexts } from "@/lib/dialogue/queries";

const share = (tally: StatementTally | undefined) => {
  const answered = tally ? tally.agree + tally.disagree + tally.pass : 0;
  return answered ? Math.round((tally!.agree / answered) * 100) : 0;
};

/** A horizontal bar of agreement, with the number in words beside it. */
function AgreeBar({ percent, label }: { percent: number; label: string }) {
  return (
    <span className="flex items-center gap-2 text-sm">
      <span aria-hidden="true" className="h-2.5 w-24 shrink-0 overflow-hidden rounded-full bg-line sm:w-32">
        <span className="block h-full bg-brand" style={{ width: `${percent}%` }} />
      </span>
      <span>{label}</span>
    </span>
  );
}

function StatementList({
  ids,
  analysis,
  texts,
  heading,
  help,
  headingId,
}: {
  ids: string[];
  analysis: DialogueAnalysis;
  texts: StatementTexts;
  heading: string;
  help?: string;
  headingId: string;
}) {
  const t = useTranslations("dialogues");
  const byId = new Map(analysis.statements.map((s) => [s.statementId, s]));
  return (
    <section aria-labelledby={headingId} className="mt-6 break-inside-avoid">
      <h3 id={headingId} className="text-lg font-semibold">
        {heading}
      </h3>
      {help && <p className="text-sm text-muted">{help}</p>}
      {ids.length === 0 ? (
        <p className="mt-2 text-muted">{t("noneYet")}</p>
      ) : (
        <ol className="mt-2 space-y-3">
          {ids.map((id) => {
            const result = byId.get(id);
            const text = texts[id];
            return (
              <li key={id} className="rounded-md border border-line bg-surface p-3">
                <p lang={text?.locale} className="font-medium">
                  {text?.text ?? "—"}
                </p>
                {result && (
                  <>
                    <p className="mt-1 text-sm text-muted">
                      {t("countsLine", { agree: result.agree, disagree: result.disagree, pass: result.pass })}
                    </p>
                    {analysis.groups.length > 1 && (
                      <ul className="mt-2 space-y-1" aria-label={t("byGroup")}>
                        {analysis.groups.map((group) => {
                          const percent = share(group.statements.find((s) => s.statementId === id));
                          return (
                            <li key={group.id} className="flex flex-wrap items-center gap-x-3">
                              <span className="w-20 text-sm font-semibold">{t("groupName", { label: group.label })}</span>
                              <AgreeBar percent={percent} label={t("agreeShare", { percent })} />
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

export function AnalysisView({ analysis, texts }: { analysis: DialogueAnalysis; texts: StatementTexts }) {
  const t = useTranslations("dialogues");
  const tp = useTranslations("voicePosition");
  const enough = analysis.groups.length > 0;
  return (
    <div>
      <section aria-labelledby="groups-heading" className="break-inside-avoid">
        <h3 id="groups-heading" className="text-lg font-semibold">
          {t("groupsTitle")}
        </h3>
        <p className="text-sm text-muted">{t("groupsHelp")}</p>
        {enough ? (
          <ul className="mt-2 flex flex-wrap gap-3">
            {analysis.groups.map((group) => (
              <li key={group.id} className="rounded-md border border-line bg-surface px-3 py-2">
                <span className="font-semibold">{t("groupName", { label: group.label })}</span>{" "}
                <span className="text-muted">{t("groupSize", { count: group.size })}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">{t("resultsFew")}</p>
        )}
      </section>
      <StatementList
        headingId="consensus-heading"
        ids={analysis.consensus}
        analysis={analysis}
        texts={texts}
        heading={t("consensusTitle")}
        help={t("consensusHelp")}
      />
      {analysis.consensusAgainst.length > 0 && (
        <StatementList
          headingId="against-heading"
          ids={analysis.consensusAgainst}
          analysis={analysis}
          texts={texts}
          heading={t("consensusAgainstTitle")}
        />
      )}
      {analysis.groups.length > 1 && (
        <StatementList
          headingId="divisive-heading"
          ids={analysis.divisive}
          analysis={analysis}
          texts={texts}
          heading={t("divisiveTitle")}
          help={t("divisiveHelp")}
        />
      )}
      {analysis.positions && analysis.positions.shown.length > 0 && (
        <section aria-labelledby="positions-heading" className="mt-6 break-inside-avoid">
          <h3 id="positions-heading" className="text-lg font-semibold">
            {t("byPosition")}
          </h3>
          <p className="text-sm text-muted">{t("positionHelp")}</p>
          {/* Scrolls sideways on a phone: focusable, so a keyboard can scroll it too (axe: scrollable-region-focusable). */}
          <div className="mt-2 overflow-x-auto" tabIndex={0} role="group" aria-labelledby="positions-heading">
            <table className="w-full text-left text-sm">
              <thead>
                <tr>
                  <th scope="col" className="py-1 pr-3">
                    {t("statementLabel")}
                  </th>
                  {analysis.positions.shown.map((p) => (
                    <th key={p.position} scope="col" className="py-1 pr-3">
                      {tp(p.position)} <span className="font-normal text-muted">({p.size})</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...analysis.consensus, ...analysis.divisive].map((id) => (
                  <tr key={id} className="border-t border-line">
                    <th scope="row" lang={texts[id]?.locale} className="py-1 pr-3 font-normal">
                      {texts[id]?.text}
                    </th>
                    {analysis.positions!.shown.map((p) => (
                      <td key={p.position} className="py-1 pr-3">
                        {t("agreeShare", { percent: share(p.statements.find((s) => s.statementId === id)) })}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {analysis.positions.othersNotShown > 0 && (
            <p className="mt-2 text-sm text-muted">{t("othersNotShown", { count: analysis.positions.othersNotShown })}</p>
          )}
        </section>
      )}
      <p className="mt-6 text-xs text-muted">{t("report.method")}</p>
    </div>
  );
}
