import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";

type Query = Record<string, string[]>;
/** The lists with downloads (lib/api/endpoints.ts `downloads`). */
type Dataset = "organizations" | "communities" | "events" | "needs";

/** The download URL of the list's current filters, e.g. /api/v1/organizations.csv?country=DE&locale=en. */
export function exportHref(dataset: Dataset, format: "csv" | "geojson" | "json", query: Query, locale: string): string {
  const params = new URLSearchParams();
  for (const [key, values] of Object.entries(query)) for (const value of values) params.append(key, value);
  params.set("locale", locale); // names sort as on the page
  return `/api/v1/${dataset}${format === "json" ? "" : `.${format}`}?${params}`;
}

/**
 * "Download these results: CSV · GeoJSON · JSON", carrying the page's filters. Plain anchors:
 * the files are not pages of the localised app, and they work without JavaScript.
 */
export async function DownloadLinks({ dataset, query, locale }: { dataset: Dataset; query: Query; locale: string }) {
  const t = await getTranslations("search");
  const link = (format: "csv" | "geojson" | "json", type: string) =>
    function FormatLink(chunks: ReactNode) {
      return (
        <a href={exportHref(dataset, format, query, locale)} type={type} className="inline-block py-2 font-medium">
          {chunks}
        </a>
      );
    };
  return (
    <p className="mt-6 text-sm text-muted">
      {t.rich("download", {
        csv: link("csv", "text/csv"),
        geojson: link("geojson", "application/geo+json"),
        json: link("json", "application/json"),
      })}
      {" · "}
      {/* The same rows for spreadsheets: a byte-order mark, and words instead of codes. */}
      <a href={`${exportHref(dataset, "csv", query, locale)}&excel=1`} type="text/csv" className="inline-block py-2 font-medium">
        {t("downloadExcel")}
      </a>
      {" · "}
      <a href={`/${locale}/data`} className="inline-block py-2 font-medium">
        {t("dictionary")}
      </a>
    </p>
  );
}
