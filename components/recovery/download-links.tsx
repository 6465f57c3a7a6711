// The recovery pages' open data: the same rows as CSV and JSON, under the page's filters.
import { useTranslations } from "next-intl";

export function DownloadLinks({ query, community }: { query: Record<string, string[]>; community?: string }) {
  const t = useTranslations("recovery");
  const params = new URLSearchParams();
  for (const [name, values] of Object.entries(query)) for (const value of values) params.append(name, value);
  if (community) params.set("community", community);
  const search = params.size > 0 ? `?${params}` : "";
  return (
    <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      <a href={`/api/v1/recovery.csv${search}`} download>
        {t("downloadCsv")}
      </a>
      <a href={`/api/v1/recovery${search}`}>{t("apiJson")}</a>
    </p>
  );
}
