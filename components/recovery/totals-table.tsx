// The money of a plan or a page in one table: pledged, paid out and spent, per currency, with a
// euro equivalent labelled as an estimate from the moderators' dated rates.
import { useLocale, useTranslations } from "next-intl";
import { useVocabulary } from "@/components/i18n/vocabulary";
import { formatDate } from "@/lib/i18n/dates";
import { FLOWS, type RecoveryTotals } from "@/lib/recovery/totals";
import { Money } from "./money";

export function TotalsTable({ totals, caption }: { totals: RecoveryTotals; caption?: string }) {
  const t = useTranslations("recovery");
  const label = useVocabulary();
  const locale = useLocale();
  if (totals.transactions === 0) return <p className="text-muted">{t("nothingRecorded")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[18rem] border-collapse text-sm" data-testid="recovery-totals">
        <caption className="mb-2 text-left font-semibold">{caption ?? t("totalsCaption")}</caption>
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="py-1 pr-3">
              {t("flowColumn")}
            </th>
            <th scope="col" className="py-1 pr-3">
              {t("amountColumn")}
            </th>
            <th scope="col" className="py-1">
              {t("eurColumn")}
            </th>
          </tr>
        </thead>
        <tbody>
          {FLOWS.map((flow) => {
            const total = totals.flows[flow];
            return (
              <tr key={flow} className="border-b border-line align-top" data-flow={flow}>
                <th scope="row" className="py-1 pr-3 text-left font-medium">
                  {label("aidFlow", flow)}
                </th>
                <td className="py-1 pr-3">
                  {total.byCurrency.length === 0
                    ? "—"
                    : total.byCurrency.map((c, i) => (
                        <span key={c.currency} data-currency={c.currency} data-minor={c.minor.toString()}>
                          {i > 0 ? " + " : null}
                          <Money minor={c.minor} currency={c.currency} />
                        </span>
                      ))}
                </td>
                <td className="py-1" data-eur-minor={total.eurMinor?.toString() ?? ""}>
                  {total.byCurrency.length === 0 ? (
                    "—"
                  ) : total.eurMinor === null ? (
                    t("noEquivalent")
                  ) : (
                    <>
                      ≈ <Money minor={total.eurMinor} currency="EUR" />
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-muted">
        {totals.ratesAsOf ? t("eurNote", { date: formatDate(totals.ratesAsOf, locale, "UTC") }) : t("eurNoteNoRates")}
      </p>
    </div>
  );
}
