// The HTTP side of the open-data downloads: content types, a dated attachment name, open CORS
// (anyone may script against public data) and a short shared cache.
import { cellLabels } from "./dictionary";
import { csvPieces, geojsonPieces, spreadsheetCsvPieces, textStream } from "./formats";
import type { ExportRecord } from "./records";

export type ExportFormat = "csv" | "geojson";

const contentTypes: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  geojson: "application/geo+json",
};

/** e.g. `organizations-2026-11-22.csv` (UTC date of the download). */
export function exportFileName(dataset: string, format: ExportFormat, now = new Date()): string {
  return `${dataset}-${now.toISOString().slice(0, 10)}.${format}`;
}

export function exportHeaders(dataset: string, format: ExportFormat, now = new Date()): HeadersInit {
  return {
    "Content-Type": contentTypes[format],
    "Content-Disposition": `attachment; filename="${exportFileName(dataset, format, now)}"`,
    "Access-Control-Allow-Origin": "*",
    "Cache-Control": "public, max-age=300",
  };
}

/**
 * A streamed download of `chunks` in `format`; `columns` is the CSV header (and order).
 * `spreadsheet`: the CSV for people opening it in Excel (lib/export/formats.ts), in that language.
 */
export function exportResponse(
  dataset: string,
  format: ExportFormat,
  columns: readonly string[],
  chunks: AsyncIterable<ExportRecord[]>,
  spreadsheet?: { locale: "uk" | "en" },
): Response {
  const pieces =
    format === "geojson"
      ? geojsonPieces(chunks)
      : spreadsheet
        ? spreadsheetCsvPieces(chunks, columns, cellLabels(columns, spreadsheet.locale), spreadsheet.locale === "uk" ? ";" : ",")
        : csvPieces(chunks, columns);
  const name = spreadsheet ? `${dataset}-excel-${spreadsheet.locale}` : dataset;
  return new Response(textStream(pieces), { headers: exportHeaders(name, format) });
}
