// A horizontal bar chart drawn on the server as SVG, with the same numbers as a table and a CSV
// link. The scale is plain arithmetic (bar = count / largest × width, from zero): one division
// does not justify a scale library. Each bar links to the directory filtered to its group; a
// group of fewer than 5 has no bar and says "fewer than 5" (lib/stats/charts.ts says why).
import { useId } from "react";
import { Table } from "./table";

export interface BarRow {
  key: string;
  label: string;
  /** null: fewer than 5 (suppressed). */
  count: number | null;
  /** A second figure shown in the table (approximate cost), already formatted. */
  extra?: string | null;
  href: string | null;
}

export interface BarChartText {
  fewerThan5: string;
  group: string;
  count: string;
  extra?: string;
  table: string;
  csv: string;
  empty: string;
}

const WIDTH = 400;
const ROW = 38;
const LABEL_Y = 13;
const BAR_Y = 18;
const BAR_HEIGHT = 14;
/** Room right of the longest bar for its number. */
const NUMBER_ROOM = 64;

export function BarChart({
  title,
  rows,
  text,
  csvHref,
  formatNumber,
}: {
  title: string;
  rows: BarRow[];
  text: BarChartText;
  csvHref: string;
  formatNumber: (value: number) => string;
}) {
  const titleId = useId();
  const largest = Math.max(1, ...rows.map((row) => row.count ?? 0));
  const barWidth = (count: number) => Math.max(2, (count / largest) * (WIDTH - NUMBER_ROOM));
  const shown = (row: BarRow) => (row.count === null ? text.fewerThan5 : formatNumber(row.count));
  return (
    <figure className="min-w-0 rounded-lg border border-line bg-surface p-4" aria-labelledby={titleId}>
      <figcaption id={titleId} className="text-lg font-semibold">
        {title}
      </figcaption>
      {rows.length === 0 ? (
        <p className="mt-2 text-muted">{text.empty}</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${WIDTH} ${rows.length * ROW}`} className="mt-3 w-full max-w-2xl" aria-labelledby={titleId} role="group">
            {rows.map((row, index) => {
              const y = index * ROW;
              const bar = (
                <g>
                  <text x={0} y={y + LABEL_Y} className="fill-ink text-[12px]">
                    {row.label}
                  </text>
                  {row.count !== null && (
                    <rect x={0} y={y + BAR_Y} width={barWidth(row.count)} height={BAR_HEIGHT} rx={2} className="fill-brand" />
                  )}
                  <text x={row.count === null ? 0 : barWidth(row.count) + 6} y={y + BAR_Y + 11} className="fill-muted text-[11px]">
                    {` ${shown(row)}`}
                  </text>
                </g>
              );
              return row.href ? (
                // Named by its own text ("Germany 34"): an aria-label that differs from what is
                // shown fails WCAG 2.5.3 (label in name) for people who speak to their browser.
                <a key={row.key} href={row.href} className="focus:outline-2">
                  {bar}
                </a>
              ) : (
                <g key={row.key} role="img" aria-label={`${row.label}: ${shown(row)}`}>
                  {bar}
                </g>
              );
            })}
          </svg>
          <details className="mt-3">
            <summary className="min-h-11 cursor-pointer py-2 font-medium">{text.table}</summary>
            <Table
              caption={title}
              columns={[
                { label: text.group },
                { label: text.count, numeric: true },
                ...(text.extra ? [{ label: text.extra, numeric: true }] : []),
              ]}
              rows={rows.map((row) => ({
                key: row.key,
                cells: [
                  row.href ? <a href={row.href}>{row.label}</a> : row.label,
                  shown(row),
                  ...(text.extra ? [row.count === null ? text.fewerThan5 : (row.extra ?? "")] : []),
                ],
              }))}
            />
          </details>
        </>
      )}
      <p className="mt-2 text-sm">
        <a href={csvHref} type="text/csv" className="inline-block py-2 font-medium">
          {text.csv}
        </a>
      </p>
    </figure>
  );
}
