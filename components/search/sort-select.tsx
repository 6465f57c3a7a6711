import type { SortOrder } from "@/lib/search/sort-order";

/** The sort order of a directory search; "relevance" only makes sense with a text query. */
export function SortSelect({
  value,
  hasQuery,
  labels,
}: {
  value: SortOrder;
  hasQuery: boolean;
  labels: Record<SortOrder | "label", string>;
}) {
  const orders: SortOrder[] = hasQuery ? ["relevance", "name", "updated"] : ["name", "updated"];
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="font-medium">{labels.label}</span>
      <select name="sort" defaultValue={value} className="min-h-11 rounded-md border border-line bg-surface px-2">
        {orders.map((order) => (
          <option key={order} value={order}>
            {labels[order]}
          </option>
        ))}
      </select>
    </label>
  );
}
