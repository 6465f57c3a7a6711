import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { openPage, titleMetadata } from "@/components/layout/page";
import { Table } from "@/components/stats/table";
import { CODEBOOK_API, dataDictionary, type CodeListId, type ColumnName, type DatasetId } from "@/lib/export/dictionary";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("data.title");

export default async function DataDictionaryPage({ params }: Props) {
  await openPage(params);
  const t = await getTranslations("data");
  // The dictionary's descriptions are these messages (lib/export/dictionary.ts), so the page
  // reads them in its own language; the API serves the Ukrainian and English ones.
  const describe = (key: `datasets.${DatasetId}` | `columns.${ColumnName}` | `codeLists.${CodeListId}`) => t(key);
  const { datasets, codeLists } = dataDictionary();
  const headers = (...keys: ("column" | "type" | "description" | "code" | "labelUk" | "labelEn")[]) =>
    keys.map((key) => ({ label: t(key) }));
  /** Both tables: one row per column or code, named by it in monospace. */
  const codeRows = <Item,>(items: Item[], code: (item: Item) => string, cells: (item: Item) => ReactNode[]) =>
    items.map((item) => ({ key: code(item), cells: [<code key="code">{code(item)}</code>, ...cells(item)] }));
  return (
    <div className="max-w-5xl">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-lg text-muted">
        {t.rich("lead", {
          json: (chunks: ReactNode) => (
            <a href={CODEBOOK_API} type="application/json">
              {chunks}
            </a>
          ),
        })}
      </p>
      <h2 className="mt-10 text-2xl font-semibold">{t("datasetsHeading")}</h2>
      {datasets.map((dataset) => (
        <section key={dataset.id} aria-labelledby={`dataset-${dataset.id}`} className="mt-6">
          <h3 id={`dataset-${dataset.id}`} className="text-xl font-semibold">
            {describe(`datasets.${dataset.id}`)}
          </h3>
          <p className="mt-1 flex flex-wrap gap-x-3 text-sm">
            <span>{t("downloads")}</span>
            {dataset.downloads.map((href) => (
              <a key={href} href={href} className="inline-block py-2 font-mono">
                {href}
              </a>
            ))}
          </p>
          <Table
            columns={headers("column", "type", "description")}
            rows={codeRows(
              dataset.columns,
              ({ name }) => name,
              (column) => [
                t(`types.${column.type}`),
                <>
                  {describe(`columns.${column.name as ColumnName}`)}
                  {column.codes && (
                    <>
                      {" "}
                      <a href={`#codes-${column.codes}`}>{t("codesOf")}</a>
                    </>
                  )}
                </>,
              ],
            )}
          />
        </section>
      ))}
      <h2 className="mt-10 text-2xl font-semibold">{t("codeListsHeading")}</h2>
      {codeLists.map((list) => (
        <section key={list.id} id={`codes-${list.id}`} aria-labelledby={`codes-${list.id}-heading`} className="mt-6 scroll-mt-20">
          <h3 id={`codes-${list.id}-heading`} className="text-xl font-semibold">
            {describe(`codeLists.${list.id}`)}
          </h3>
          {list.codes.length === 0 ? (
            <p className="mt-1 text-sm text-muted">{t("openStandard")}</p>
          ) : (
            <Table
              columns={headers("code", "labelUk", "labelEn")}
              rows={codeRows(
                list.codes,
                ({ code }) => code,
                ({ label }) => [
                  <span key="uk" lang="uk">
                    {label.uk}
                  </span>,
                  <span key="en" lang="en">
                    {label.en}
                  </span>,
                ],
              )}
            />
          )}
        </section>
      ))}
    </div>
  );
}
