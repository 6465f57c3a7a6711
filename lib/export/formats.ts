// The download formats, written piece by piece so an export of 100,000 listings never sits in
// memory as one string: CSV (csv-stringify, header row, no BOM: for programs), the same for
// spreadsheets (BOM, words instead of codes), and a GeoJSON FeatureCollection
// written feature by feature. Pure: the chunks of records come from lib/export/queries.ts.
import { stringify } from "csv-stringify/sync";
import type { ExportRecord, ExportValue } from "./records";

/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe (OWASP "CSV injection"): names are typed by the public, the file is opened in Excel.
 */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvCell(value: ExportValue): string | number {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return value;
  if (Array.isArray(value)) return defuseFormula(value.join(";"));
  return defuseFormula(value);
}

/** Any rows of cells (the exports' records, the observatory's counts), in `columns` order. */
export async function* csvPieces(chunks: AsyncIterable<Record<string, ExportValue>[]>, columns: readonly string[]): AsyncGenerator<string> {
  // The header is written even when nothing matches: an empty result is still a valid file.
  yield stringify([[...columns]]);
  for await (const chunk of chunks) {
    if (chunk.length > 0) yield stringify(chunk.map((record) => columns.map((column) => csvCell(record[column] ?? null))));
  }
}

/** Per column, the words for its codes in one language ("CIVIL_SOCIETY" → "Civil-society organisation"). */
export type CellLabels = Partial<Record<string, (code: string) => string>>;

/**
 * The same rows for people who open the file in a spreadsheet ("CSV for Excel"): a byte-order
 * mark, so Excel reads UTF-8 (Cyrillic is garbled without it); codes replaced by their words in
 * the reader's language; lists joined by "; "; and the list separator Excel expects in that
 * language's regional settings (";" where the decimal mark is a comma, as in Ukrainian).
 */
export async function* spreadsheetCsvPieces(
  chunks: AsyncIterable<Record<string, ExportValue>[]>,
  columns: readonly string[],
  labels: CellLabels,
  delimiter: "," | ";",
): AsyncGenerator<string> {
  const cell = (column: string, value: ExportValue): string | number => {
    const word = labels[column];
    if (!word || value === null) return csvCell(value);
    return defuseFormula(Array.isArray(value) ? value.map(word).join("; ") : word(String(value)));
  };
  yield "\ufeff" + stringify([[...columns]], { delimiter });
  for await (const chunk of chunks) {
    if (chunk.length > 0)
      yield stringify(
        chunk.map((record) => columns.map((column) => cell(column, record[column] ?? null))),
        { delimiter },
      );
  }
}

/** RFC 7946 Feature: coordinates are [longitude, latitude]; every other column is a property. */
export function toFeature(record: ExportRecord) {
  const { latitude, longitude, ...properties } = record;
  return {
    type: "Feature" as const,
    id: typeof record.slug === "string" ? record.slug : undefined,
    geometry: { type: "Point" as const, coordinates: [longitude, latitude] },
    properties,
  };
}

export async function* geojsonPieces(chunks: AsyncIterable<ExportRecord[]>): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const chunk of chunks) {
    for (const record of chunk) {
      yield `${first ? "\n" : ",\n"}${JSON.stringify(toFeature(record))}`;
      first = false;
    }
  }
  yield "\n]}\n";
}

/**
 * A byte stream of text pieces, pulled on demand (the client's pace drives the database reads)
 * and coalesced to ~64 KB so the response is not 100,000 tiny writes. Cancelling the download
 * stops the generator, and with it further chunk queries.
 */
export function textStream(pieces: AsyncIterable<string>, flushAt = 64 * 1024): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pieces[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let buffer = "";
      while (buffer.length < flushAt) {
        const next = await iterator.next();
        if (next.done) {
          if (buffer) controller.enqueue(encoder.encode(buffer));
          controller.close();
          return;
        }
        buffer += next.value;
      }
      controller.enqueue(encoder.encode(buffer));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}
