import { useLocale, useTranslations } from "next-intl";
import { useAppFormatter } from "@/components/i18n/format";
import { pickText } from "@/lib/i18n/localized-text";
import type { OptionResult } from "@/lib/poll/state";

/**
 * Results as a horizontal bar chart that is also a real table: each row is an option with its
 * count and share, so screen readers read the numbers and sighted readers see the bars. The
 * bars are decoration (aria-hidden); the numbers are the content.
 */
export function PollResults({ options, total }: { options: readonly OptionResult[]; total: number }) {
  const t = useTranslations("polls");
  const locale = useLocale();
  const format = useAppFormatter();
  const leader = Math.max(...options.map((option) => option.votes), 0);
  return (
    <table className="mt-3 w-full border-collapse text-left">
      <caption className="sr-only">{t("results")}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{t("option")}</th>
          <th scope="col">{t("voteCount")}</th>
          <th scope="col">{t("share")}</th>
        </tr>
      </thead>
      <tbody>
        {options.map((option) => {
          const label = pickText(option.label, locale);
          return (
            <tr key={option.id} className="border-t border-line first:border-t-0">
              <th scope="row" className="py-2 pr-3 align-top font-medium">
                <span lang={label && label.lang !== locale ? label.lang : undefined}>{label?.text}</span>
                <span aria-hidden="true" className="mt-1 block h-3 rounded-sm bg-brand-soft">
                  <span
                    className={`block h-3 rounded-sm ${option.votes === leader && leader > 0 ? "bg-brand" : "bg-brand/60"}`}
                    style={{ width: `${option.percent}%` }}
                  />
                </span>
              </th>
              <td className="py-2 pr-3 text-right align-top tabular-nums whitespace-nowrap">{t("votes", { count: option.votes })}</td>
              <td className="py-2 text-right align-top tabular-nums whitespace-nowrap">
                {format.number(total ? option.votes / total : 0, { style: "percent", maximumFractionDigits: 1 })}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
