// The read API's page: what each endpoint serves, its parameters and a URL to try, generated
// from the same registry as the routes and the OpenAPI document (lib/api/reference.ts).
import type { Messages } from "next-intl";
import { getTranslations } from "next-intl/server";
import { openPage, titleMetadata } from "@/components/layout/page";
import { Table } from "@/components/stats/table";
import { OPENAPI_PATH } from "@/lib/api/endpoints";
import { apiReference, type ParameterRow } from "@/lib/api/reference";
import { MAX_LIMIT } from "@/lib/api/schemas";
import { budgets } from "@/lib/http/rate-limit";
import { Link } from "@/lib/i18n/navigation";
import { absoluteUrl } from "@/lib/site/origin";

type Props = { params: Promise<{ locale: string }> };
// Every free-form parameter has its line in apiDocs.meaning (lib/api/reference.test.ts checks).
type MeaningKey = keyof Messages["apiDocs"]["meaning"];

export const generateMetadata = titleMetadata("apiDocs.title");

const Url = ({ path }: { path: string }) => (
  <a href={absoluteUrl(path)} className="inline-block py-2 font-mono break-all">
    {absoluteUrl(path)}
  </a>
);

export default async function ApiPage({ params }: Props) {
  await openPage(params);
  const t = await getTranslations("apiDocs");
  const typeOf = (parameter: ParameterRow) =>
    parameter.min !== undefined && parameter.max !== undefined
      ? t("range", { min: parameter.min, max: parameter.max })
      : t(`types.${parameter.type}`);
  return (
    <div className="max-w-5xl">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-lg text-muted">{t("lead")}</p>
      <p className="mt-4">
        {t("openapi")} <Url path={OPENAPI_PATH} />
      </p>
      <h2 className="mt-8 text-2xl font-semibold">{t("conventionsHeading")}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>{t("paging", { max: MAX_LIMIT })}</li>
        <li>{t("filters")}</li>
        <li>{t("caching")}</li>
        <li>{t("limits", { count: budgets.api.address.points })}</li>
        <li>{t.rich("dictionary", { link: (chunks) => <Link href="/data">{chunks}</Link> })}</li>
      </ul>
      {apiReference().map((entry) => (
        <section key={entry.name} aria-labelledby={`api-${entry.name}`} className="mt-10">
          <h2 id={`api-${entry.name}`} className="text-2xl font-semibold">
            {t(`collections.${entry.name}`)}
          </h2>
          <dl className="mt-2 grid gap-x-4 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{t("listEndpoint")}</dt>
            <dd className="font-mono break-all">GET {entry.list}</dd>
            <dt className="font-semibold">{t("itemEndpoint")}</dt>
            <dd className="font-mono break-all">GET {entry.item}</dd>
            {entry.downloads.length > 0 && (
              <>
                <dt className="font-semibold">{t("downloads")}</dt>
                <dd className="font-mono break-all">{entry.downloads.join(" · ")}</dd>
              </>
            )}
            <dt className="font-semibold">{t("example")}</dt>
            <dd>
              <Url path={entry.example} />
            </dd>
          </dl>
          <Table
            caption={t("parametersOf", { name: entry.list })}
            columns={[{ label: t("parameter") }, { label: t("type") }, { label: t("values") }]}
            rows={entry.parameters.map((parameter) => ({
              key: parameter.name,
              cells: [
                <code key="name">{parameter.name}</code>,
                typeOf(parameter),
                <span key="values" className="font-mono text-xs break-words">
                  {parameter.values.length ? parameter.values.join(", ") : t(`meaning.${parameter.name as MeaningKey}`)}
                </span>,
              ],
            }))}
          />
        </section>
      ))}
    </div>
  );
}
