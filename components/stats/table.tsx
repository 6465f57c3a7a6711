// A plain table of figures: a header row, then one row per item whose first cell names it (a
// row header). The observatory's charts and the data dictionary show their numbers and codes in it.
import type { ReactNode } from "react";

export interface TableColumn {
  label: string;
  /** Figures: right-aligned, digits of equal width. */
  numeric?: boolean;
}

const cellClass = (column: TableColumn | undefined) => `py-1 pr-4 align-top ${column?.numeric ? "text-right tabular-nums" : ""}`;

export function Table({
  caption,
  columns,
  rows,
}: {
  caption?: string;
  columns: TableColumn[];
  rows: { key: string; cells: ReactNode[] }[];
}) {
  return (
    <div className="overflow-x-auto">
      <table className="mt-2 w-full text-left text-sm">
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={cellClass(column)}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, cells: [first, ...rest] }) => (
            <tr key={key} className="border-t border-line">
              <th scope="row" className={`${cellClass(columns[0])} font-normal`}>
                {first}
              </th>
              {rest.map((cell, index) => (
                <td key={columns[index + 1]?.label ?? index} className={cellClass(columns[index + 1])}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
