// Reading a moderator's import file, shared by every bulk import (lib/organization/import.ts,
// lib/community/import.ts): CSV or JSON as records of text cells, the refusal of cells a
// spreadsheet would run, and the file's hash that ties a confirm to its preview. Pure: no database.
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { parse } from "csv-parse";

/** A row number as a spreadsheet shows it (the CSV header is row 1), or the item's number in a JSON list. */
export interface RowError {
  row: number;
  /** The file's column ("name_en"), or "" for the row or the file as a whole. */
  column: string;
  /** A key under forms.errors or adminImport.errors in messages/*.json. */
  message: string;
}

export type ImportFormat = "csv" | "json";
export type Cells = Record<string, string>;

/** What a spreadsheet would run as a formula (the characters lib/export/formats.ts defuses). */
const FORMULA = /^[=+\-@\t\r]/;

export function formatOf(fileName: string, type = ""): ImportFormat {
  return /\.(geo)?json$/i.test(fileName) || /json/.test(type) ? "json" : "csv";
}

/**
 * A text cell, trimmed, or a "formula" error. A cell a spreadsheet would run (=, +, -, @) is
 * refused: our exports never write one (they prefix an apostrophe), so the file was edited in a
 * spreadsheet or made to attack one. The export's apostrophe is taken off again.
 */
export function textCell(cells: Cells, column: string): { value: string; error?: Omit<RowError, "row"> } {
  const value = (cells[column] ?? "").trim();
  if (FORMULA.test(value)) return { value, error: { column, message: "formula" } };
  return { value: value.startsWith("'") && FORMULA.test(value.slice(1)) ? value.slice(1) : value };
}

/** The records of a CSV byte stream, parsed as they arrive. */
export async function* csvRecords(bytes: ReadableStream<Uint8Array>): AsyncGenerator<Cells> {
  const parser = Readable.fromWeb(bytes as NodeReadableStream<Uint8Array>).pipe(
    parse({ columns: (header: string[]) => header.map((h) => h.trim()), bom: true, skip_empty_lines: true }),
  );
  for await (const record of parser) yield record as Cells;
}

const cellText = (value: unknown): string =>
  value === null || value === undefined ? "" : Array.isArray(value) ? value.map(cellText).join(";") : String(value);

/** The records of a JSON file: a list of objects with the CSV's columns, or a GeoJSON export. */
export function* jsonRecords(text: string): Generator<Cells> {
  const parsed = JSON.parse(text) as unknown;
  const features = (parsed as { features?: unknown })?.features;
  const items = Array.isArray(parsed) ? parsed : Array.isArray(features) ? features : null;
  if (!items) throw new SyntaxError("not a list");
  for (const item of items as Record<string, unknown>[]) {
    const geometry = item?.geometry as { coordinates?: [number, number] } | undefined;
    const source =
      (geometry ? { ...(item.properties as object), longitude: geometry.coordinates?.[0], latitude: geometry.coordinates?.[1] } : item) ??
      {};
    yield Object.fromEntries(Object.entries(source).map(([key, value]) => [key, cellText(value)]));
  }
}

export interface ParsedFile<Row> {
  /** sha256 of the bytes: the confirm must send the file the preview showed. */
  hash: string;
  total: number;
  rows: Row[];
  errors: RowError[];
}

export interface RowReader<Row> {
  /** The columns the first record lacks, each reported once for the whole file. */
  missingColumns: (cells: Cells) => string[];
  validate: (cells: Cells, row: number) => { ok: true; value: Row } | { ok: false; errors: RowError[] };
}

/** Reads and validates a whole file; a file that cannot be read at all is one error at row 0. */
export async function parseImportFile<Row>(file: Blob, format: ImportFormat, reader: RowReader<Row>): Promise<ParsedFile<Row>> {
  // The upload is in memory already (a server action's FormData): hashing it whole costs no more.
  const hash = createHash("sha256")
    .update(new Uint8Array(await file.arrayBuffer()))
    .digest("hex");
  const result: ParsedFile<Row> = { hash, total: 0, rows: [], errors: [] };
  const firstRow = format === "csv" ? 2 : 1;
  try {
    const records = format === "csv" ? csvRecords(file.stream()) : jsonRecords(await file.text());
    for await (const cells of records) {
      const row = firstRow + result.total++;
      const missing = result.total === 1 ? reader.missingColumns(cells) : [];
      if (missing.length > 0) {
        result.errors.push(...missing.map((column) => ({ row: 0, column, message: "missingColumn" })));
        break;
      }
      const checked = reader.validate(cells, row);
      if (checked.ok) result.rows.push(checked.value);
      else result.errors.push(...checked.errors);
    }
  } catch (error) {
    // csv-parse says on which line the file stopped making sense (quotes left open, cells missing).
    const line = (error as { lines?: unknown }).lines;
    result.errors.push({ row: typeof line === "number" ? line : 0, column: "", message: "unreadable" });
  }
  return result;
}

/** A schema's issues as row errors, one per column, after the cells' own errors. */
export function issueErrors(
  row: number,
  cellErrors: Omit<RowError, "row">[],
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  columnOfField: Record<string, string>,
): RowError[] {
  const all: RowError[] = cellErrors.map((error) => ({ row, ...error }));
  for (const issue of issues) {
    const column = columnOfField[String(issue.path[0] ?? "")] ?? "";
    if (!all.some((error) => error.column === column)) all.push({ row, column, message: issue.message });
  }
  return all;
}

/** What the page shows: counts, and the first errors and duplicates (a file of 50,000 bad rows is not sent back whole). */
export interface ImportReport<D = never> {
  hash: string;
  total: number;
  valid: number;
  fresh: number;
  unchanged: number;
  errorCount: number;
  errors: RowError[];
  duplicateCount: number;
  duplicates: D[];
}

export const REPORT_LIMIT = 200;

export function importReport<D = never>(
  parsed: ParsedFile<unknown>,
  classified: { fresh: unknown[]; unchanged: number; duplicates?: D[] },
  extraErrors: RowError[] = [],
): ImportReport<D> {
  const errors = extraErrors.length > 0 ? [...parsed.errors, ...extraErrors].sort((a, b) => a.row - b.row) : parsed.errors;
  const duplicates = classified.duplicates ?? [];
  return {
    hash: parsed.hash,
    total: parsed.total,
    valid: parsed.rows.length - extraErrors.length,
    fresh: classified.fresh.length,
    unchanged: classified.unchanged,
    errorCount: errors.length,
    errors: errors.slice(0, REPORT_LIMIT),
    duplicateCount: duplicates.length,
    duplicates: duplicates.slice(0, REPORT_LIMIT),
  };
}
