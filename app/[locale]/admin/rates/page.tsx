// /{locale}/admin/rates — the exchange rates moderators keep for the recovery pages' EUR
// equivalents (issue 18): each currency's euros per unit from a date on, and a form to add one.
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/listing/profile-layout";
import { openSignedInPage, titleMetadata } from "@/components/layout/page";
import { ExchangeRateForm } from "@/components/recovery/plan-forms";
import { can } from "@/lib/auth/policy";
import { formatDate } from "@/lib/i18n/dates";
import { exchangeRateRows } from "@/lib/recovery/queries";
import { currencyCodes } from "@/lib/recovery/schema";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("recovery.rates.title", { index: false });

export default async function RatesPage({ params }: Props) {
  const { locale, viewer } = await openSignedInPage(params, "/admin/rates");
  if (!can(viewer, "update", "ExchangeRate")) notFound();
  const [rows, t, tAdmin, tForm] = await Promise.all([
    exchangeRateRows(),
    getTranslations("recovery.rates"),
    getTranslations("admin"),
    getTranslations("recoveryForm.rates"),
  ]);
  return (
    <div>
      <BackLink href="/admin">{tAdmin("title")}</BackLink>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("lead")}</p>
      <ExchangeRateForm currencies={currencyCodes} today={new Date().toISOString().slice(0, 10)} />
      {rows.length === 0 ? (
        <p className="mt-6 text-muted">{t("empty")}</p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="min-w-[20rem] border-collapse text-sm">
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="py-1 pr-4">
                  {tForm("currency")}
                </th>
                <th scope="col" className="py-1 pr-4">
                  {tForm("validFrom")}
                </th>
                <th scope="col" className="py-1">
                  {tForm("eurPerUnit")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-line">
                  <td className="py-1 pr-4 font-medium">{row.currency}</td>
                  <td className="py-1 pr-4">{formatDate(row.validFrom, locale, "UTC")}</td>
                  <td className="py-1 tabular-nums">{row.eurPerUnit.toString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
